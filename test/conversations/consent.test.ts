import { CONSENT_VERSION } from '../../lambda/domain/consent';
import { translatorFor } from '../../lambda/speech/translator';
import type { TextKey } from '../../lambda/speech/translator';
import { Conversation } from '../helpers/conversation';
import { itemsOf, useDatabase } from '../helpers/database';
import { testSkill } from '../helpers/skill';
import { quickRounds, startblokRounds, turn } from '../helpers/transcript';

/**
 * Consent by voice (issue 22): nothing personal is stored before a "ja" to the current text; "nee"
 * gives the whole coaching with nothing stored; users stored before consent existed are asked
 * once; "stop met bewaren" withdraws and erases. These conversations run with the consent
 * question on, as in production (testSkill's askConsent).
 */
const database = useDatabase();
const t = translatorFor('nl-NL');
const say = (...keys: TextKey[]) => keys.map((k) => t(k)).join(' ');
const TODAY = '2026-11-23';

let users = 0;
function newUser(): Conversation {
  return new Conversation(testSkill(database().store, { askConsent: true }).skill, `amzn1.ask.account.consent-${++users}`);
}

/** Everything the table holds for this account, by sort key. */
/** An erasure marker holds its keys, the erasure time and its expiry: no data (persistence/dynamoUserStore.ts). */
const isMarker = (item: Record<string, unknown>) => Object.keys(item).sort().join() === 'deletedAt,expiresAt,pk,sk';

async function stored(c: Conversation) {
  return Object.fromEntries([...(await itemsOf(database(), c.who.userId))].filter(([, item]) => !isMarker(item)));
}

/** A profile from before consent existed: a startblok and a day of training, no consent record. */
async function storedBeforeConsent(c: Conversation): Promise<void> {
  const user = { userId: c.who.userId };
  const profile = (await database().store.load(user, TODAY)).profile;
  await database().store.updateProfile(user, profile, (p) => ({
    ...p,
    welcomedOn: '2026-10-01',
    startblok: { holdSeconds: 4, repetitions: 6, setOn: '2026-11-20' },
    startblokHistory: [{ holdSeconds: 4, repetitions: 6, setOn: '2026-11-20' }],
  }));
  await database().store.addToDay(user, {
    id: 'old-1',
    date: '2026-11-20',
    sessions: 1,
    repetitions: 6,
    quickSets: 1,
    lift: 0,
    sphincter: 0,
    relaxation: 0,
    layers: 0,
  });
}

describe('consent by voice', () => {
  it('asks once on the first visit; "ja" stores the consent with its date and text version', async () => {
    const c = newUser();
    await turn(c, 'open bekkenbodem coach', {
      A: say('launch.welcome', 'launch.disclaimer', 'consent.question'),
      R: t('consent.questionReprompt'),
      end: false,
    });
    expect(await stored(c)).toEqual({});
    await turn(c, 'ja', {
      A: say('consent.given', 'launch.offerMeasure'),
      R: t('launch.offerMeasureReprompt'),
      end: false,
    });
    expect((await stored(c)).PROFILE).toMatchObject({ consent: { givenOn: TODAY, version: CONSENT_VERSION }, welcomedOn: TODAY });

    // The next visit does not ask again.
    const next = await c.user('open bekkenbodem coach');
    expect(next.text).not.toContain(t('consent.question'));
    expect(next.text).not.toContain(t('consent.questionExisting'));
  });

  it('"wat bewaar je precies" at the question: what a "ja" keeps, the question again, and "ja" then counts', async () => {
    const c = newUser();
    await c.user('open bekkenbodem coach');
    await turn(c, 'wat bewaar je precies', { A: t('consent.whatWouldBeKept'), R: t('consent.questionReprompt'), end: false });
    expect(await stored(c)).toEqual({});
    await turn(c, 'ja', { A: say('consent.given', 'launch.offerMeasure'), R: t('launch.offerMeasureReprompt'), end: false });
    expect((await stored(c)).PROFILE).toMatchObject({ consent: { givenOn: TODAY, version: CONSENT_VERSION } });
  });

  it('"vergeet mij" after a "nee": nothing is kept, so nothing is asked and nothing is written', async () => {
    const c = newUser();
    await c.user('open bekkenbodem coach');
    await c.user('nee');
    await turn(c, 'vergeet mij', { A: say('consent.nothingKept', 'question.idle'), R: t('question.idle'), end: false });
    expect(await stored(c)).toEqual({});
  });

  it('"nee": an exercise stopped halfway leaves no resume point (care\'s stored fields pass the same gate)', async () => {
    const c = newUser();
    await c.user('open bekkenbodem coach');
    await c.user('nee');
    await c.user('mijn startblok is twee seconden twee keer');
    await c.user('ja');
    expect((await c.user('klaar')).text).toContain(startblokRounds(2, 3, 1, 2, 2));
    await c.sessionEnded();
    expect((await database().items()).filter((i) => String(i.pk).includes(c.who.userId))).toEqual([]);
  });

  it('"nee": a pause or a stop promises no place kept for later, for none is kept', async () => {
    const c = newUser();
    await c.user('open bekkenbodem coach');
    await c.user('nee');
    await c.user('mijn startblok is tien seconden twaalf keer');
    await c.user('ja');
    await c.user('klaar');
    await turn(c, 'wacht even', { A: t('pause.pausedHere'), R: t('pause.pausedReprompt'), end: false });
    await c.user('verder');
    await turn(c, 'stop', { A: t('training.stoppedPartway', { repetitions: 8 }), end: true });
    expect((await database().items()).filter((i) => String(i.pk).includes(c.who.userId))).toEqual([]);
  });

  it('"nee": getting ready on the back promises no place kept either, nor does its help', async () => {
    const c = newUser();
    await c.user('open bekkenbodem coach');
    await c.user('nee');
    await c.user('mijn startblok is twee seconden twee keer');
    await c.user('ja');
    await c.user('klaar');
    await c.user('nee');
    expect((await c.user('start mijn training')).text).toMatch(
      /Deze keer liggend, .* Zeg klaar als je goed ligt\. Neem er gerust even de tijd voor\. Ben je zover\?$/,
    );
    await turn(c, 'help', { A: t('help.getReadyHere'), R: t('question.getReady'), end: false });
  });

  it('"nee": progress first says that only this conversation is known', async () => {
    const c = newUser();
    await c.user('open bekkenbodem coach');
    await c.user('nee');
    expect((await c.user('hoe sta ik ervoor')).text).toMatch(
      /^Omdat ik niets van je bewaar, weet ik alleen wat je in dit gesprek hebt gedaan\. Deze week heb je nog niet geoefend\./,
    );
  });

  it('"nee" gives a full training, says nothing is stored, and leaves nothing in the table', async () => {
    const c = newUser();
    await c.user('open bekkenbodem coach');
    await turn(c, 'nee', {
      A: say('consent.refused', 'launch.offerMeasure'),
      R: t('launch.offerMeasureReprompt'),
      end: false,
    });
    await turn(c, 'mijn startblok is twee seconden twee keer', {
      A: 'Je startblok is nu 2 seconden, 2 keer. Zullen we het meteen doen?',
      R: 'Zeg ja om je startblok nu te doen, of stop. Zullen we beginnen?',
      end: false,
    });
    await c.user('ja');
    const training = await c.user('klaar');
    expect(training.text).toContain(startblokRounds(2, 3, 1, 2, 2));
    const quick = await c.user('ja');
    expect(quick.text).toContain(quickRounds(2));
    expect(quick.text).toContain('Dat was je eerste training van vandaag.');
    await c.sessionEnded();
    // The whole table, scanned: nothing of this user, not even the refusal.
    expect((await database().items()).filter((i) => String(i.pk).includes(c.who.userId))).toEqual([]);

    // Nothing was remembered, so the next visit asks again.
    expect((await c.user('open bekkenbodem coach')).text).toContain(t('consent.question'));
  });

  it('asks a user stored before consent existed once at the next launch; "ja" keeps the data and records the consent', async () => {
    const c = newUser();
    await storedBeforeConsent(c);
    await turn(c, 'open bekkenbodem coach', {
      A: `Fijn dat je er weer bent. ${t('consent.questionExisting')}`,
      R: t('consent.questionReprompt'),
      end: false,
    });
    await turn(c, 'ja', {
      A: `${t('consent.given')} ${t('training.offer', { hold: 4, repetitions: 6 })}`,
      R: t('training.offerReprompt'),
      end: false,
    });
    const after = await stored(c);
    expect(after.PROFILE).toMatchObject({
      consent: { givenOn: TODAY, version: CONSENT_VERSION },
      startblok: { holdSeconds: 4, repetitions: 6 },
    });
    expect(after['DAY#2026-11-20']).toBeDefined();
    expect((await c.user('open bekkenbodem coach')).text).not.toContain(t('consent.questionExisting'));
  });

  it('erases what a user stored before consent existed when they say "nee", and still coaches', async () => {
    const c = newUser();
    await storedBeforeConsent(c);
    await c.user('open bekkenbodem coach');
    await turn(c, 'nee', {
      A: `${t('consent.refusedExisting')} ${t('training.offer', { hold: 4, repetitions: 6 })}`,
      R: t('training.offerReprompt'),
      end: false,
    });
    expect(await stored(c)).toEqual({});
  });

  it('"stop met bewaren" asks first, then withdraws the consent and erases everything', async () => {
    const c = newUser();
    await c.user('open bekkenbodem coach');
    await c.user('ja');
    await c.user('mijn startblok is vier seconden zes keer');
    expect(Object.keys(await stored(c))).toEqual(['PROFILE']);
    await turn(c, 'stop met bewaren', { A: t('consent.confirmStop'), R: t('consent.confirmStopReprompt'), end: false });
    await turn(c, 'nee', { A: say('consent.kept'), R: t('no.general'), end: false });
    expect(Object.keys(await stored(c))).toEqual(['PROFILE']);
    await c.user('stop met bewaren');
    await turn(c, 'ja', { A: say('consent.stopped', 'consent.stoppedGoodbye'), end: true });
    expect(await stored(c)).toEqual({});
    expect((await c.user('open bekkenbodem coach')).text).toContain(t('consent.question'));
  });

  it('"weet ik niet" at the consent question: the coaching is whole either way, what a "ja" keeps, and the question again', async () => {
    const c = newUser();
    await c.user('open bekkenbodem coach');
    await turn(c, 'weet ik niet', {
      A: say('consent.unsure', 'consent.whatWouldBeKept'),
      R: t('consent.questionReprompt'),
      end: false,
    });
    expect(await stored(c)).toEqual({});
    await c.user('ja');
    expect(Object.keys(await stored(c))).toEqual(['PROFILE']);
  });

  it('"wacht even" and then "verder" at the consent question ask it again: going on is no "ja"', async () => {
    const c = newUser();
    await c.user('open bekkenbodem coach');
    // No "open me again and we go on": only an exercise is kept for a later launch.
    await turn(c, 'wacht even', { A: t('pause.pausedHere'), R: t('pause.pausedReprompt'), end: false });
    await turn(c, 'verder', { A: t('consent.questionShort'), R: t('consent.questionReprompt'), end: false });
    await turn(c, 'volgende', { A: t('consent.questionShort'), R: t('consent.questionReprompt'), end: false });
    expect(await stored(c)).toEqual({});
    // "Nee" to "Zullen we verdergaan?" is "not yet", no refusal of what was paused.
    await c.user('wacht even');
    await turn(c, 'nee', { A: t('pause.stillPaused'), R: t('pause.pausedReprompt'), end: false });
    await turn(c, 'verder', { A: t('consent.questionShort'), R: t('consent.questionReprompt'), end: false });
    await c.user('ja');
    expect(Object.keys(await stored(c))).toEqual(['PROFILE']);
  });

  it('"volgende" or a pause at "stop met bewaren" erases nothing: only "ja" does', async () => {
    const c = newUser();
    await c.user('open bekkenbodem coach');
    await c.user('ja');
    await c.user('mijn startblok is vier seconden zes keer');
    await c.user('stop met bewaren');
    await turn(c, 'volgende', { A: t('consent.confirmStopShort'), R: t('consent.confirmStopReprompt'), end: false });
    await c.user('wacht even');
    await turn(c, 'ja', { A: t('consent.confirmStopShort'), R: t('consent.confirmStopReprompt'), end: false });
    expect(Object.keys(await stored(c))).toEqual(['PROFILE']);
    await turn(c, 'ja', { A: say('consent.stopped', 'consent.stoppedGoodbye'), end: true });
    expect(await stored(c)).toEqual({});
  });

  it('coaches a one-shot before the first launch without storing, and says how to allow it', async () => {
    const c = newUser();
    await turn(c, 'vraag bekkenbodem coach om mijn startblok op twee seconden drie keer te zetten', {
      A: `${say('launch.disclaimer', 'consent.notYet')} Je startblok is nu 2 seconden, 3 keer. Zullen we het meteen doen?`,
      R: 'Zeg ja om je startblok nu te doen, of stop. Zullen we beginnen?',
      end: false,
    });
    expect(await stored(c)).toEqual({});
  });

  it('answers a request instead of the consent question without a second disclaimer, stores nothing, and asks again next time', async () => {
    const c = newUser();
    await turn(c, 'open bekkenbodem coach', {
      A: say('launch.welcome', 'launch.disclaimer', 'consent.question'),
      R: t('consent.questionReprompt'),
      end: false,
    });
    await turn(c, 'mijn startblok is vier seconden zes keer', {
      A: 'Dan bewaar ik voorlopig niets van je; de volgende keer vraag ik het opnieuw. Je startblok is nu 4 seconden, 6 keer. Zullen we het meteen doen?',
      R: 'Zeg ja om je startblok nu te doen, of stop. Zullen we beginnen?',
      end: false,
    });
    await c.user('stop');
    await c.sessionEnded();
    expect(await stored(c)).toEqual({});
    expect((await c.user('open bekkenbodem coach')).text).toBe(say('launch.welcome', 'launch.disclaimer', 'consent.question'));
  });

  it('says that nothing is kept once per session: a later request there does not say it again', async () => {
    const c = newUser();
    await c.user('open bekkenbodem coach');
    expect((await c.user('mijn startblok is vier seconden zes keer')).text).toMatch(/^Dan bewaar ik voorlopig niets van je;/);
    const later = await c.user('wat is de bekkenbodem');
    expect(later.text).toMatch(/^Je bekkenbodem is een laag spieren/);
    expect(later.text).not.toContain(t('consent.notYet'));
    expect((await c.user('waarom moet ik trainen')).text).not.toContain(t('consent.notYet'));
    // A one-shot, a new session, hears it again.
    await c.sessionEnded();
    expect((await c.user('vraag bekkenbodem coach wat de bekkenbodem is')).text).toContain(t('consent.notYet'));
  });

  it('answers a care remark at the consent question, then asks it again: a question in passing is no "nee"', async () => {
    const c = newUser();
    await c.user('open bekkenbodem coach');
    await turn(c, 'ik ben zwanger', {
      A: say('care.pregnancy', 'care.safetyNetPregnancy', 'consent.questionShort'),
      R: t('consent.questionReprompt'),
      end: false,
    });
    await c.sessionEnded();
    expect(await stored(c)).toEqual({});
    await c.user('open bekkenbodem coach');
    await c.user('wat is een startblok');
    await c.user('ja');
    expect((await stored(c)).PROFILE).toMatchObject({ consent: { version: CONSENT_VERSION } });
  });

  it('answers pain instead of the consent question the same way, before its calm breathing offer', async () => {
    const c = newUser();
    await c.user('open bekkenbodem coach');
    await turn(c, 'het doet pijn', {
      A: say('care.pain.noPain', 'care.pain.ifItReturns', 'consent.notYetAsked', 'care.pain.offerRelaxation'),
      R: t('care.pain.offerRelaxationReprompt'),
      end: false,
    });
  });

  it('keeps the focus (a condition) only with consent', async () => {
    const c = newUser();
    await c.user('open bekkenbodem coach');
    await c.user('nee');
    // Not "Dat onthoud ik": it is kept for this conversation only.
    await turn(c, 'ik heb een gespannen bekkenbodem', {
      A: say('focus.ontspanning', 'focus.sessionOnly', 'exercises.offerRelaxation'),
      R: t('exercises.offerRelaxationReprompt'),
      end: false,
    });
    await c.sessionEnded();
    expect(await stored(c)).toEqual({});
  });
});
