import { CONSENT_VERSION } from '../../lambda/domain/consent';
import { translatorFor } from '../../lambda/speech/translator';
import { SELF_TEST_QUESTIONS } from '../../lambda/speech/adviceTexts';
import { Conversation } from '../helpers/conversation';
import { itemsOf, useDatabase } from '../helpers/database';
import { FakeRemindersApi } from '../../tools/fakeRemindersApi';
import { testSkill } from '../helpers/skill';
import { turn } from '../helpers/transcript';

/** "Wat weet je over mij", discretion and the silent self-test (issue 22), with the consent question on. */
const database = useDatabase();
const t = translatorFor('nl-NL');
const api = new FakeRemindersApi();
beforeAll(() => api.start());
afterAll(() => api.stop());
beforeEach(() => {
  api.seen.length = 0;
});

/** The silent reading: every question with four seconds to count it, then only the total is asked. */
const SILENT_READING = [
  t('discretion.silentIntro'),
  ...SELF_TEST_QUESTIONS.map((key, i) => `${t('selfTest.questionNumber', { number: i + 1 })} ${t(key)} [4 s]`),
  t('discretion.silentAsk'),
].join(' ');

let users = 0;
function newUser(): { c: Conversation; logs: ReturnType<typeof testSkill>['logs'] } {
  const test = testSkill(database().store, { askConsent: true });
  const c = new Conversation(test.skill, `amzn1.ask.account.privacy-voice-${++users}`);
  Object.assign(c.who, { apiEndpoint: api.endpoint, apiAccessToken: 'in-session-token', remindersGranted: true });
  return { c, logs: test.logs };
}

/** A user who said "ja" and set a startblok of 4 s x 6. */
async function consented(c: Conversation): Promise<void> {
  await c.user('open bekkenbodem coach');
  await c.user('ja');
  await c.user('mijn startblok is vier seconden zes keer');
}

/** A consented user with a daily reminder at 8 in the evening. */
async function withEveningReminder(c: Conversation): Promise<void> {
  await consented(c);
  await c.user("herinner me om acht uur 's avonds");
  await c.user('ja');
}

describe('"wat weet je over mij"', () => {
  it('says in two sentences what is kept and sends the full list to the Alexa app', async () => {
    const { c } = newUser();
    await consented(c);
    const reply = await turn(c, 'wat weet je over mij', {
      A: `${t('myData.summary')} ${t('myData.cardAndErase')} ${t('myData.question')}`,
      R: t('myData.question'),
      end: false,
    });
    expect(reply.envelope.response.card).toEqual({
      type: 'Simple',
      title: 'Wat ik over je bewaar',
      content: [
        'Startblok: 4 seconden, 6 keer, ingesteld op 2026-11-23.',
        `Toestemming: gegeven op 2026-11-23, versie ${CONSENT_VERSION}.`,
        t('myData.card.never'),
        t('myData.card.erase'),
      ].join('\n'),
    });
  });

  it('asked at "Zal ik alles wissen?": the answer and the list, then that question again, and "ja" still erases', async () => {
    const { c } = newUser();
    await consented(c);
    await c.user('vergeet mij');
    const reply = await turn(c, 'wat bewaar je van mij', {
      A: `${t('myData.summary')} ${t('myData.cardAndErase')} ${t('question.confirmDelete')}`,
      R: t('privacy.confirmDeleteReprompt'),
      end: false,
    });
    expect((reply.envelope.response.card as { content: string }).content.split('\n')[0]).toMatch(/^Startblok: 4 seconden, 6 keer/);
    await turn(c, 'ja', { A: `${t('privacy.deleted')} ${t('privacy.goodbye')}`, end: true });
    expect((await itemsOf(database(), c.who.userId)).get('PROFILE')?.startblok).toBeUndefined();
  });

  it('says that nothing is kept after a "nee"', async () => {
    const { c } = newUser();
    await c.user('open bekkenbodem coach');
    await c.user('nee');
    const reply = await c.user('welke gegevens bewaar je');
    expect(reply.text).toBe(`${t('myData.nothing')} ${t('myData.nothingWhy')} ${t('myData.question')}`);
    expect((reply.envelope.response.card as { content: string }).content.split('\n')[0]).toBe(t('myData.card.nothing'));
  });
});

describe('"vergeet mij"', () => {
  it('stops the daily reminders too, and says so', async () => {
    const { c } = newUser();
    await withEveningReminder(c);
    await c.user('vergeet mij');
    api.seen.length = 0;
    await turn(c, 'ja', { A: `${t('privacy.deleted')} ${t('privacy.remindersStopped')} ${t('privacy.goodbye')}`, end: true });
    expect(api.seen.filter((r) => r.method === 'DELETE')).toHaveLength(1);
    expect((await itemsOf(database(), c.who.userId)).get('PROFILE')?.startblok).toBeUndefined();
  });
});

describe('discretion', () => {
  it('creates a reminder with the neutral text by default, and the explicit one only on request', async () => {
    const { c } = newUser();
    await withEveningReminder(c);
    const text = (body: unknown) =>
      (body as { alertInfo: { spokenInfo: { content: { text: string }[] } } }).alertInfo.spokenInfo.content[0].text;
    expect(api.seen.filter((r) => r.method === 'POST').map((r) => text(r.body))).toEqual(['Tijd voor je oefeningen.']);

    await turn(c, 'open bekkenbodem coach', {
      A: expect.any(String) as unknown as string,
      R: expect.any(String) as unknown as string,
      end: false,
    });
    await turn(c, 'zeg het gewoon', {
      A: `${t('discretion.plainOn')} ${t('discretion.question')}`,
      R: t('discretion.question'),
      end: false,
    });
    expect((await itemsOf(database(), c.who.userId)).get('PROFILE')).toMatchObject({ discretion: 'plain' });
    api.seen.length = 0;
    await c.user("herinner me om negen uur 's avonds");
    await c.user('ja');
    expect(api.seen.filter((r) => r.method === 'POST').map((r) => text(r.body))).toEqual([t('discretion.reminderExplicit')]);
  });

  it('"discreet" also shortens the spoken opening, with no health words in it', async () => {
    const { c } = newUser();
    await consented(c);
    await turn(c, 'zeg het niet hardop', {
      A: `${t('discretion.discreetOn')} ${t('discretion.question')}`,
      R: t('discretion.question'),
      end: false,
    });
    await turn(c, 'open bekkenbodem coach', { A: t('discretion.welcomeBackShort'), R: t('discretion.welcomeShortReprompt'), end: false });
  });
});

describe('reminders when storing stops', () => {
  it('"stop met bewaren" also stops the daily reminders, as "vergeet mij" does', async () => {
    const { c } = newUser();
    await consented(c);
    await c.user("herinner me om negen uur 's avonds");
    await c.user('ja');
    api.seen.length = 0;
    await c.user('stop met bewaren');
    await turn(c, 'ja', {
      A: `${t('consent.stopped')} ${t('privacy.remindersStopped')} ${t('consent.stoppedGoodbye')}`,
      end: true,
    });
    // The fake API holds every test's reminders: what counts is that none is left.
    expect(api.seen.map((r) => r.method)).toContain('DELETE');
    await turn(c, 'vraag bekkenbodem coach welke herinneringen heb ik', {
      A: `${t('reminders.listNone')} ${t('reminders.goodbye')}`,
      end: true,
    });
  });

  it('"vergeet mij" after a "nee" to storing has nothing to erase, and names the reminders it set without stopping them unasked', async () => {
    const { c } = newUser();
    await c.user('open bekkenbodem coach');
    await c.user('nee');
    await c.user("herinner me om negen uur 's avonds");
    await c.user('ja');
    api.seen.length = 0;
    await turn(c, 'vergeet mij', {
      A: `${t('consent.nothingKept')} ${t('privacy.remindersLeft')} ${t('question.idle')}`,
      R: t('question.idle'),
      end: false,
    });
    expect(api.seen.map((r) => r.method)).toEqual(['GET']);
  });
});

describe('discretion asked for in the middle of something', () => {
  it('"er is iemand bij me, hou het discreet" while getting ready: discretion on, and the set still waits', async () => {
    const { c } = newUser();
    await consented(c);
    await c.user('ja');
    await turn(c, 'er is iemand bij me hou het discreet', {
      A: `${t('discretion.discreetOn')} Ben je zover?`,
      R: 'Ga rustig in de houding zitten, staan of liggen, en zeg klaar als je zover bent. Duurt het wat langer, open me dan straks gewoon opnieuw: dan gaan we verder waar je was. Ben je zover?',
      end: false,
    });
    expect((await itemsOf(database(), c.who.userId)).get('PROFILE')).toMatchObject({ discretion: 'discreet' });
    const set = await c.user('klaar');
    expect([set.text.startsWith('Mooi, we beginnen.'), set.text.endsWith('Mooi, je startblok zit erop. Nu de snelle kneepjes?')]).toEqual([
      true,
      true,
    ]);
  });
});

describe('the silent self-test', () => {
  it('reads every question, takes only the count at the end, and neither stores nor logs it', async () => {
    const { c, logs } = newUser();
    await consented(c);
    const start = await c.user('doe de zelftest');
    expect(start.text).toContain(t('discretion.selfTestHint'));
    await turn(c, 'in stilte', {
      A: SILENT_READING,
      R: t('discretion.silentAskReprompt'),
      end: false,
    });
    await turn(c, 'twee of meer', {
      A: [t('selfTest.seePhysiotherapist'), t('selfTest.notDiagnosis'), t('care.selfTest.alarmOffer')].join(' '),
      R: t('care.selfTest.alarmOfferReprompt'),
      end: false,
    });
    await turn(c, 'nee', { A: t('selfTest.closing'), end: true });
    const profile = (await itemsOf(database(), c.who.userId)).get('PROFILE') ?? {};
    expect(Object.keys(profile)).not.toEqual(expect.arrayContaining(['yes', 'count', 'selfTest']));
    expect(JSON.stringify(logs)).not.toMatch(/twee|"2"|count/);
  });

  it('asks again for a number that cannot be a count of ten questions', async () => {
    const { c } = newUser();
    await consented(c);
    await c.user('doe de zelftest');
    await c.user('in stilte');
    await turn(c, 'twaalf', { A: t('discretion.silentNotACount'), R: t('discretion.silentAskReprompt'), end: false });
  });

  it('takes "geen enkele keer" as a count of nought, the same as "nul"', async () => {
    const said = async (count: string) => {
      const { c } = newUser();
      await consented(c);
      await c.user('doe de zelftest');
      await c.user('in stilte');
      return (await c.user(count)).text;
    };
    const nought = await said('nul');
    expect(nought).not.toContain(t('discretion.silentNotACount'));
    expect(await said('geen enkele keer')).toBe(nought);
    expect(await said('nee hoor geen enkele keer')).toBe(nought);
  });

  it('with one "ja", says when to see a bekkenfysiotherapeut, since the count cannot tell whether it was pain', async () => {
    const { c } = newUser();
    await consented(c);
    await c.user('doe de zelftest');
    await c.user('in stilte');
    await turn(c, 'één', {
      A: [t('selfTest.keepTraining'), t('discretion.silentNote'), t('selfTest.notDiagnosis'), t('care.selfTest.alarmOffer')].join(' '),
      R: t('care.selfTest.alarmOfferReprompt'),
      end: false,
    });
  });
});
