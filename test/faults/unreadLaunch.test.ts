import { CONSENT_VERSION } from '../../lambda/domain/consent';
import { HeldHandoffs } from '../../lambda/persistence/handoff';
import { translatorFor } from '../../lambda/speech/translator';
import { Conversation } from '../helpers/conversation';
import { itemsOf, useDatabase } from '../helpers/database';
import { SwitchableStore } from '../helpers/flakyStore';
import { MONDAY_MORNING, testSkill } from '../helpers/skill';
import { afterLastPause, turn } from '../helpers/transcript';

/**
 * The read at the start of a session fails (issue 21: nothing a user did is lost). The skill
 * cannot know the user's consent then, so their work waits in the session instead of being
 * dropped: written once a later turn's read shows the consent, or handed off with the
 * condition that the consumer writes it only for a user who consented. What was kept is not
 * overwritten by bookkeeping the session computed without it.
 */
const database = useDatabase();
const t = translatorFor('nl-NL');
const TODAY = 'DAY#2026-11-23';
let users = 0;

async function consentedUser(): Promise<string> {
  const userId = `amzn1.ask.account.unread-${++users}`;
  await database().store.updateProfile({ userId }, { version: 0 }, (p) => ({
    ...p,
    welcomedOn: '2026-11-01',
    consent: { givenOn: '2026-11-01', version: CONSENT_VERSION },
    startblok: { holdSeconds: 4, repetitions: 6, setOn: '2026-11-01' },
    startblokHistory: [{ holdSeconds: 4, repetitions: 6, setOn: '2026-11-01' }],
    lastTrainedOn: '2026-11-20',
    trainingDays: 12,
  }));
  return userId;
}

function skillOn(store: SwitchableStore) {
  const handoff = new HeldHandoffs();
  const { skill } = testSkill(store, { askConsent: true, deps: { handoff, sleep: async () => undefined } });
  return { skill, handoff };
}

/** A session whose launch finds the database down; the user trains through the startblok set. */
async function unreadSession(userId: string) {
  const store = new SwitchableStore(database().store);
  const { skill, handoff } = skillOn(store);
  const c = new Conversation(skill, userId);
  store.down = true;
  await trainWhileUnread(c);
  return { store, handoff, c };
}

/** What a consented user's profile holds after this session's training: their kept data with it. */
const PROFILE_AFTER = {
  welcomedOn: '2026-11-01',
  consent: { givenOn: '2026-11-01', version: CONSENT_VERSION },
  startblok: { holdSeconds: 2, repetitions: 2, setOn: '2026-11-23' },
  startblokHistory: [
    { holdSeconds: 4, repetitions: 6, setOn: '2026-11-01' },
    { holdSeconds: 2, repetitions: 2, setOn: '2026-11-23' },
  ],
  lastTrainedOn: '2026-11-23',
  trainingDays: 13,
};

/** Launch with the database down, a startblok of 2 s 2 times said, the startblok set played. */
async function trainWhileUnread(c: Conversation): Promise<void> {
  await turn(c, 'open bekkenbodem coach', {
    A: t('error.storageDown'),
    R: 'Hoeveel seconden kun je vasthouden, en hoe vaak? Zeg bijvoorbeeld: vier seconden zes keer. Wat is je startblok?',
    end: false,
  });
  expect((await c.user('mijn startblok is twee seconden twee keer')).text).toBe(
    'Je startblok is nu 2 seconden, 2 keer. Zullen we het meteen doen?',
  );
  await c.user('ja');
  expect(afterLastPause(await c.user('klaar'))).toBe('Mooi, je startblok zit erop. Nu de snelle kneepjes?');
}

describe('a session whose first read failed', () => {
  it("keeps a consented user's training and writes it once a read succeeds, on top of what was kept", async () => {
    const userId = await consentedUser();
    const { store, handoff, c } = await unreadSession(userId);
    expect((await itemsOf(database(), userId)).get(TODAY)).toBeUndefined();

    store.down = false;
    const last = await c.user('ja');
    expect(afterLastPause(last)).toBe(
      'Goed gedaan! Dat was je eerste training van vandaag. Het advies is 4 tot 6 keer per dag. Tot straks!',
    );
    expect(last.end).toBe(true);
    const items = await itemsOf(database(), userId);
    expect(items.get(TODAY)).toMatchObject({ sessions: 1, repetitions: 2, quickSets: 1, holdSeconds: 2 });
    expect(items.get('PROFILE')).toMatchObject(PROFILE_AFTER);
    expect(handoff.held).toEqual([]);
  });

  it('hands its work off on condition when no read succeeded before the session ended: stored for a user who consented', async () => {
    const userId = await consentedUser();
    const { store, handoff, c } = await unreadSession(userId);
    const stopped = await c.user('stop');
    // Honest: nothing is stored yet; the hand-off keeps it for a consumer that can check the consent.
    expect(stopped.text).toBe(
      'Goed gedaan! Dat was je eerste training van vandaag. Het advies is 4 tot 6 keer per dag. Tot straks! Opslaan lukte nu helaas niet.',
    );
    expect(stopped.end).toBe(true);
    await c.sessionEnded();
    expect(handoff.held.map((m) => [m.kind, m.ifConsented, m.sessionStartedAt])).toEqual([
      ['day', true, MONDAY_MORNING.getTime()],
      ['profile', true, MONDAY_MORNING.getTime()],
    ]);

    store.down = false;
    expect(await handoff.drain(database().store)).toEqual(['applied', 'applied']);
    const items = await itemsOf(database(), userId);
    expect(items.get(TODAY)).toMatchObject({ sessions: 1, repetitions: 2, quickSets: 0 });
    expect(items.get('PROFILE')).toMatchObject(PROFILE_AFTER);
  });

  it('stores nothing of a new user who was never asked: the consumer finds no consent', async () => {
    const userId = `amzn1.ask.account.unread-new-${++users}`;
    const { store, handoff, c } = await unreadSession(userId);
    await c.user('stop');
    await c.sessionEnded();
    expect(handoff.held.every((m) => m.ifConsented === true)).toBe(true);
    expect(handoff.held.length).toBeGreaterThan(0);

    store.down = false;
    expect(new Set(await handoff.drain(database().store))).toEqual(new Set(['notConsented']));
    expect(await itemsOf(database(), userId)).toEqual(new Map());
  });

  it('drops the waiting work of a new user once a read shows no consent: counted in the session only', async () => {
    const userId = `amzn1.ask.account.unread-new-${++users}`;
    const { store, handoff, c } = await unreadSession(userId);
    store.down = false;
    await c.user('ja');
    await c.sessionEnded();
    expect(handoff.held).toEqual([]);
    expect(await itemsOf(database(), userId)).toEqual(new Map());
  });
});
