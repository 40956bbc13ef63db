import type { DayIncrement, UserRef, UserStore } from '../../lambda/persistence/userData';
import { Conversation } from '../helpers/conversation';
import { itemsOf, useDatabase } from '../helpers/database';
import { testSkill } from '../helpers/skill';
import { startblokRounds, turn } from '../helpers/transcript';

/**
 * The last save of a session fails, and the user goes quiet: Alexa closes the session with a
 * SessionEndedRequest that still carries the session attributes, the skill's last chance to
 * store the completed set (handlers/session.ts). What DynamoDB Local holds is asserted.
 */
const database = useDatabase();
const USER = 'amzn1.ask.account.final-save';

/** The real store, whose day writes fail while `failing` is true, or for the next `failNext` tries. */
function storeWithFailingDayWrites(real: UserStore): UserStore & { failing: boolean; failNext: number; tries: number } {
  const store = {
    failing: false,
    failNext: 0,
    tries: 0,
    load: (user: UserRef, today: string) => real.load(user, today),
    updateProfile: real.updateProfile.bind(real),
    deleteUser: real.deleteUser.bind(real),
    deleteAccount: real.deleteAccount.bind(real),
    async addToDay(user: UserRef, increment: DayIncrement) {
      store.tries += 1;
      const fail = store.failing || store.failNext > 0;
      store.failNext = Math.max(0, store.failNext - 1);
      if (fail) throw Object.assign(new Error('injected: the request timed out'), { name: 'TimeoutError' });
      return real.addToDay(user, increment);
    },
  };
  return store;
}

async function userWithStartblok(userId: string): Promise<void> {
  await database().store.updateProfile({ userId }, { version: 0 }, (p) => ({
    ...p,
    welcomedOn: '2026-11-01',
    startblok: { holdSeconds: 2, repetitions: 2, setOn: '2026-11-20' },
  }));
}

test('a completed set whose save failed (retries included) is stored on SessionEndedRequest', async () => {
  await userWithStartblok(USER);
  const store = storeWithFailingDayWrites(database().store);
  const c = new Conversation(testSkill(store).skill, USER);

  store.failing = true;
  const ready = await c.user('vraag bekkenbodem coach om mijn training te starten');
  expect(ready.text).toMatch(/Zeg klaar als je goed zit\. Ben je zover\?$/);
  await turn(c, 'klaar', {
    A: `Mooi, we beginnen. Denk eraan: je trekt naar binnen en omhoog. ${startblokRounds(2, 3, 1, 2, 2)} Mooi, je startblok zit erop. Nu de snelle kneepjes?`,
    R: 'Zeg ja voor de snelle kneepjes, of stop als je klaar bent. Doen we ze?',
    end: false,
  });
  // The set was tried three times in the turn (the skill's bounded retry), and is waiting in the session.
  expect(store.tries).toBe(3);
  expect((await itemsOf(database(), USER)).get('DAY#2026-11-23')).toBeUndefined();

  // The user says nothing more; the database is back.
  store.failing = false;
  const ended = await c.sessionEnded();
  expect(ended.response.outputSpeech).toBeUndefined();
  expect((await itemsOf(database(), USER)).get('DAY#2026-11-23')).toMatchObject({
    sessions: 1,
    repetitions: 2,
    quickSets: 0,
    holdSeconds: 2,
  });
});

test('when the retry at the start of SessionEndedRequest fails as well, the handler tries once more', async () => {
  const user = `${USER}-last-chance`;
  await userWithStartblok(user);
  const store = storeWithFailingDayWrites(database().store);
  const c = new Conversation(testSkill(store).skill, user);
  await c.user('vraag bekkenbodem coach om mijn training te starten');
  store.failNext = 3;
  const training = await c.user('klaar');
  expect(training.text).toMatch(/Nu de snelle kneepjes\?$/);
  // The next request's own flush (three tries) fails too; SessionEndedHandler's last try goes through.
  store.failNext = 3;
  await c.sessionEnded();
  expect(store.tries).toBe(7);
  expect((await itemsOf(database(), user)).get('DAY#2026-11-23')).toMatchObject({ sessions: 1, repetitions: 2 });
});
