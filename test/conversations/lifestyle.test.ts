import { useDatabase } from '../helpers/database';
import { Conversation } from '../helpers/conversation';
import { testSkill } from '../helpers/skill';
import { TIPS_HOW_IT_WORKS, tipPage } from '../helpers/tipsTranscript';
import { thenOnWithTraining, throughTheStartblok, turn } from '../helpers/transcript';

const database = useDatabase();

const INTRO = `Tips voor elke dag. ${TIPS_HOW_IT_WORKS}`;

const DRINK = 'Drink anderhalf tot twee liter per dag, verspreid over de dag.';
const PEE =
  'Meestal plas je vier tot zes keer per dag. Ga je vaker dan acht keer per dag, of meer dan één keer per nacht, laat dat dan nakijken door je huisarts of een bekkenfysiotherapeut.';
const FIBRE = 'Eet genoeg vezels, dan blijft je ontlasting soepel en regelmatig.';
const WEIGHT = 'Let op je gewicht: overgewicht drukt extra op je bekkenbodem.';
const URGENCY = 'Heb je vaak plotse aandrang? Dan kan minder koffie, alcohol en pittig eten helpen.';
const LIFTING = 'Adem uit als je tilt, bukt of hoest, en hou je adem niet vast.';
const SQUEEZE = 'Span je bekkenbodem kort aan vlak voordat je hoest, niest, springt of tilt. Zo vang je de druk op.';
const MEMORY =
  'Zo vergeet je je oefeningen niet: koppel ze aan vaste momenten, zoals na elk wc-bezoek of bij de koffie. Een sticker op je spiegel of je horloge om je andere pols helpt ook.';
const DONE = 'Dat waren de tips voor elke dag.';

let users = 0;
async function opened(startblok?: string): Promise<Conversation> {
  const c = new Conversation(testSkill(database().store).skill, `amzn1.ask.account.lifestyle-${++users}`);
  await c.user(startblok ? `vraag bekkenbodem coach om mijn startblok op ${startblok} te zetten` : 'open bekkenbodem coach');
  return c;
}

describe('daily habits, as a list', () => {
  it('"leefstijltips" gives a few at a time, "alles" the rest, then offers to determine the startblok', async () => {
    const c = await opened();
    await turn(c, 'leefstijltips', tipPage(`${INTRO} ${DRINK} ${PEE}`));
    await turn(c, 'nog een tip', tipPage(`${FIBRE} ${WEIGHT} ${URGENCY}`));
    await turn(c, 'alles', {
      A: `${LIFTING} ${SQUEEZE} ${MEMORY} ${DONE} Zullen we samen je startblok bepalen?`,
      R: 'Zeg ja, dan bepalen we samen je startblok. Of zeg: mijn startblok is vier seconden zes keer. Wat wil je?',
      end: false,
    });
    const measure = await c.user('ja');
    expect(measure.text).toMatch(/^Eerst zoeken we samen de goede spieren\./);
  });

  it('with a startblok, ends with "Zal ik je startblok met je doen?", and "ja" starts the training', async () => {
    const c = await opened('vier seconden zes keer');
    await c.user('tips voor elke dag');
    await c.user('volgende');
    await c.user('volgende');
    await turn(c, 'volgende', {
      A: `${MEMORY} ${DONE} Zal ik je startblok met je doen?`,
      R: 'Zeg ja om te beginnen, of nee als je iets anders wilt. Zullen we beginnen?',
      end: false,
    });
    const training = await c.user('ja');
    expect(training.text).toMatch(/^We doen je startblok: 4 seconden vasthouden, 6 keer\./);
  });
});

describe('a specific question gets the specific answer', () => {
  it.each([
    ['hoeveel moet ik drinken', DRINK],
    ['hoe vaak moet ik plassen', PEE],
    ['tips over vezels', FIBRE],
    ['advies over afvallen', WEIGHT],
    ['wat doe ik bij plotse aandrang', URGENCY],
    ['hoe moet ik tillen', LIFTING],
    ['wat moet ik doen bij niezen', SQUEEZE],
    ['hoe kan ik mijn oefeningen onthouden', MEMORY],
  ])('"%s"', async (question, answer) => {
    const c = await opened();
    await turn(c, question, {
      A: `${answer} Wil je nog meer tips voor elke dag?`,
      R: 'Zeg ja voor meer tips voor elke dag, of nee als je genoeg weet. Wil je meer tips?',
      end: false,
    });
  });

  it('and "ja" to more tips starts the list', async () => {
    const c = await opened();
    await c.user('hoeveel moet ik drinken');
    await turn(c, 'ja', tipPage(`${INTRO} ${DRINK} ${PEE}`));
  });
});

describe('asked in passing, during the training', () => {
  it('the answer, then on to the quick contractions, not the offer of more tips', async () => {
    const c = await opened('vier seconden zes keer');
    await throughTheStartblok(c);
    await turn(c, 'hoeveel moet ik drinken', thenOnWithTraining(DRINK));
    expect((await c.user('ja')).text).toMatch(/^Nu de snelle kneepjes/);
  });
});
