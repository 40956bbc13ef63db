import type { RequestEnvelope } from 'ask-sdk-model';
import { createDynamoClient, documentClient } from '../../lambda/persistence/client';
import { DynamoUserStore } from '../../lambda/persistence/dynamoUserStore';
import { freePort } from '../../tools/dynamoLocal';
import { alexaLimitProblems } from '../helpers/alexaLimits';
import { itemsOf, useDatabase } from '../helpers/database';
import { Conversation } from '../helpers/conversation';
import { SwitchableStore } from '../helpers/flakyStore';
import { caller, intentRequest, launchRequest } from '../helpers/requests';
import { testSkill } from '../helpers/skill';
import { turn } from '../helpers/transcript';

const database = useDatabase();

const GENERAL_ERROR = 'Sorry, er ging iets mis aan mijn kant. Probeer het nog eens, of zeg: start mijn training. Wat wil je doen?';

describe('malformed requests', () => {
  const who = () => caller('amzn1.ask.account.malformed');

  it.each<[string, () => RequestEnvelope]>([
    ['no session', () => ({ ...launchRequest(who()), session: undefined })],
    [
      'no user at all',
      () => {
        const envelope = launchRequest(who());
        return {
          ...envelope,
          session: undefined,
          context: { System: { ...envelope.context.System, user: undefined } },
        } as unknown as RequestEnvelope;
      },
    ],
    ['an unknown locale', () => launchRequest({ ...who(), locale: 'fr-FR' })],
    ['no locale', () => launchRequest({ ...who(), locale: undefined })],
    ['an intent the model does not have', () => intentRequest(who(), 'MakeCoffeeIntent')],
    ['a garbage slot', () => intentRequest(who(), 'SetStartblokIntent', { seconds: 'banaan', repetitions: '?' })],
    ['an absurd slot', () => intentRequest(who(), 'SetStartblokIntent', { seconds: '99999999999', repetitions: '-4' })],
    ['a huge slot', () => intentRequest(who(), 'NumberAnswerIntent', { number: '7'.repeat(100_000) })],
    [
      'garbage session attributes',
      () => ({
        ...intentRequest(who(), 'AMAZON.YesIntent'),
        session: {
          ...intentRequest(who(), 'AMAZON.YesIntent').session!,
          attributes: { dialog: { step: 'training', setIndex: -1 }, unsaved: 'x', user: 3 },
        },
      }),
    ],
    ['no request body', () => ({ ...launchRequest(who()), request: undefined }) as unknown as RequestEnvelope],
    [
      'an unknown request type',
      () =>
        ({
          ...launchRequest(who()),
          request: { type: 'Alexa.Made.Up.Request', requestId: 'x', timestamp: 'x' },
        }) as unknown as RequestEnvelope,
    ],
  ])('%s: a valid Dutch answer, no exception', async (_, build) => {
    const { skill } = testSkill(database().store);
    const envelope = await skill.invoke(build());
    expect(await alexaLimitProblems(envelope)).toEqual([]);
    const ssml = (envelope.response.outputSpeech as { ssml?: string } | undefined)?.ssml ?? '';
    expect(ssml).toMatch(/^<speak>.*[a-zë]+.*<\/speak>$/);
    expect(ssml).not.toMatch(/\b(the|error|undefined|null)\b/i);
  });

  it('answers a request with no body with the general Dutch error', async () => {
    const envelope = await testSkill(database().store).skill.invoke({
      ...launchRequest(caller('x')),
      request: undefined,
    } as unknown as RequestEnvelope);
    expect(envelope.response.outputSpeech).toEqual({ type: 'SSML', ssml: `<speak><s>${GENERAL_ERROR}</s></speak>` });
    expect(envelope.response.shouldEndSession).toBe(false);
  });

  it('refuses a request for another skill when SKILL_ID is set', async () => {
    const { skill } = testSkill(database().store, { skillId: 'amzn1.ask.skill.ours' });
    await expect(skill.invoke(launchRequest({ ...caller('x'), applicationId: 'amzn1.ask.skill.other' }))).rejects.toThrow(
      'CustomSkill ID verification failed!',
    );
    const ours = await skill.invoke(launchRequest({ ...caller('x'), applicationId: 'amzn1.ask.skill.ours' }));
    expect(ours.response.shouldEndSession).toBe(false);
  });

  it('logs request types and intent names only, never what was said', async () => {
    const test = testSkill(database().store);
    const c = new Conversation(test.skill, 'amzn1.ask.account.logged');
    await c.user('vraag bekkenbodem coach om mijn startblok op zeven seconden negen keer te zetten');
    await c.user('elf');
    const logged = JSON.stringify(test.logs);
    expect(logged).not.toMatch(/7|9|11|zeven|negen|elf|logged/);
    for (const line of test.logs)
      expect(Object.keys(line).every((k) => ['event', 'requestType', 'intent', 'step', 'handler', 'error'].includes(k))).toBe(true);
  });
});

describe('a database that is down', () => {
  it('still coaches when DynamoDB cannot be reached at all, within the client timeouts', async () => {
    const deadPort = await freePort();
    const client = createDynamoClient({ endpoint: `http://127.0.0.1:${deadPort}` });
    const store = new DynamoUserStore(documentClient(client), 'nowhere');
    const c = new Conversation(testSkill(store).skill, 'amzn1.ask.account.offline');
    await turn(c, 'open bekkenbodem coach', {
      A: 'Ik kan je gegevens nu even niet ophalen. Zeg je startblok, bijvoorbeeld: mijn startblok is vier seconden zes keer, dan oefenen we toch. Wat is je startblok?',
      R: 'Hoeveel seconden kun je vasthouden, en hoe vaak? Zeg bijvoorbeeld: vier seconden zes keer. Wat is je startblok?',
      end: false,
    });
    await turn(c, 'drie seconden twee keer', {
      A: 'Je startblok is 3 seconden, 2 keer, maar ik kon het nu niet opslaan. Ik onthoud het zolang we praten. Zullen we het meteen doen?',
      R: 'Zeg ja om je startblok nu te doen, of stop. Zullen we beginnen?',
      end: false,
    });
    const training = await c.user('ja');
    expect(training.text).toMatch(/^We doen je startblok: 3 seconden vasthouden, 2 keer\./);
    client.destroy();
  });

  it('keeps a completed training that could not be saved, and saves it once the database is back', async () => {
    const store = new SwitchableStore(database().store);
    const c = new Conversation(testSkill(store).skill, 'amzn1.ask.account.flaky');
    await c.user('vraag bekkenbodem coach om mijn startblok op twee seconden twee keer te zetten');
    store.down = true;
    await c.user('ja');
    const startblok = await c.user('klaar');
    expect(startblok.text).toMatch(/Nu de snelle kneepjes\?$/);
    await turn(c, 'ja', {
      A: expect.stringMatching(
        /Goed gedaan, je training is klaar! Alleen kon ik hem net niet opslaan\. Zal ik het nog eens proberen\?$/,
      ) as unknown as string,
      R: 'Zeg ja, dan probeer ik je training opnieuw op te slaan. Zal ik het proberen?',
      end: false,
    });
    await turn(c, 'ja', {
      A: 'Opslaan lukt nog steeds niet. Zal ik het zo nog een keer proberen?',
      R: 'Zeg ja, dan probeer ik het opnieuw, of nee om te stoppen. Zal ik het proberen?',
      end: false,
    });
    store.down = false;
    await turn(c, 'ja', { A: 'Gelukt, je training is opgeslagen. Tot de volgende keer!', end: true });
    const day = (await itemsOf(database(), 'amzn1.ask.account.flaky')).get('DAY#2026-11-23');
    expect(day).toMatchObject({ sessions: 1, repetitions: 2, quickSets: 1 });
  });
});
