import { useDatabase } from '../helpers/database';
import { Conversation } from '../helpers/conversation';
import { testSkill } from '../helpers/skill';
import { turn } from '../helpers/transcript';

const database = useDatabase();

const HOW_TO =
  'Dat kan met een routine in de Alexa-app. Die laat je starten als je zegt: start mijn bekkenbodemtraining, of op een vaste tijd. ' +
  'Kies als actie: bekkenbodem coach openen. De stappen staan nu ook in je Alexa-app.';

describe('routines: starting the training without the skill name', () => {
  it.each([
    'vraag bekkenbodem coach hoe kan ik de training automatisch laten starten',
    'vraag bekkenbodem coach kan ik een routine maken',
    'vraag bekkenbodem coach hoe ik een routine maak',
  ])('%s: the steps by voice and as a card, then the offer to train', async (said) => {
    const c = new Conversation(testSkill(database().store).skill, `amzn1.ask.account.routine-${said.length}`);
    await database().store.updateProfile({ userId: c.who.userId }, { version: 0 }, (p) => ({
      ...p,
      welcomedOn: '2026-11-01',
      startblok: { holdSeconds: 4, repetitions: 6, setOn: '2026-11-20' },
    }));
    const reply = await turn(c, said, {
      A: `${HOW_TO} Zal ik je startblok met je doen?`,
      R: 'Zeg ja om te beginnen, of nee als je iets anders wilt. Zullen we beginnen?',
      end: false,
    });
    expect(reply.envelope.response.card).toEqual({
      type: 'Simple',
      title: 'Je training starten met een routine',
      content: expect.stringContaining(
        '3. Kies wanneer hij start: als je zegt "start mijn bekkenbodemtraining", of op een tijd van de dag.',
      ),
    });
  });

  it('start zonder bekkenbodem coach te zeggen, in an open session, without a startblok: the offer is to determine it', async () => {
    const c = new Conversation(testSkill(database().store).skill, 'amzn1.ask.account.routine-new');
    await c.user('open bekkenbodem coach');
    await turn(c, 'start zonder bekkenbodem coach te zeggen', {
      A: `${HOW_TO} Zullen we samen je startblok bepalen?`,
      R: 'Zeg ja, dan bepalen we samen je startblok. Of zeg: mijn startblok is vier seconden zes keer. Wat wil je?',
      end: false,
    });
  });
});
