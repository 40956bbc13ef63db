import { Conversation } from '../helpers/conversation';
import type { Reply } from '../helpers/conversation';
import { itemsOf, useDatabase } from '../helpers/database';
import { testSkill } from '../helpers/skill';
import { afterLastPause } from '../helpers/transcript';

/**
 * Several devices of one Alexa account finishing a training at the same moment, on
 * DynamoDB Local: the day counts are atomic ADDs and the profile a conditional put, so
 * every completed session is recorded and no change of one device overwrites the other's.
 */
const database = useDatabase();
const TODAY = 'DAY#2026-11-23';

let accounts = 0;
async function accountWithStartblok(hold: number, reps: number): Promise<string> {
  const userId = `amzn1.ask.account.devices-${++accounts}`;
  await database().store.updateProfile({ userId }, { version: 0 }, (p) => ({
    ...p,
    welcomedOn: '2026-11-01',
    startblok: { holdSeconds: hold, repetitions: reps, setOn: '2026-11-20' },
  }));
  return userId;
}

/**
 * Each device of the account as its own conversation (its own Alexa sessions), all served by
 * one skill instance as one Lambda would: testSkill's run ids are unique per instance only,
 * where the real skill uses random UUIDs.
 */
function devices(userId: string, count: number): Conversation[] {
  const { skill } = testSkill(database().store);
  return Array.from({ length: count }, () => new Conversation(skill, userId));
}

const together = (all: Conversation[], said: string): Promise<Reply[]> => Promise.all(all.map((c) => c.user(said)));

describe('devices of one user finishing at the same moment', () => {
  it('records both sessions of two devices, and both hear the true count', async () => {
    const userId = await accountWithStartblok(2, 2);
    const [kitchen, bedroom] = devices(userId, 2);
    await together([kitchen, bedroom], 'vraag bekkenbodem coach om mijn training te starten');
    // The startblok set (which counts the session) ends in the reply to "klaar" on both at once...
    const startbloks = await together([kitchen, bedroom], 'klaar');
    expect(startbloks.map(afterLastPause)).toEqual([
      'Mooi, je startblok zit erop. Nu de snelle kneepjes?',
      'Mooi, je startblok zit erop. Nu de snelle kneepjes?',
    ]);
    // ...and the quick set in the second.
    const closings = (await together([kitchen, bedroom], 'ja')).map(afterLastPause);
    expect(closings).toEqual([
      'Goed gedaan! Je hebt vandaag 2 keer getraind. Het advies is 4 tot 6 keer per dag. Tot straks!',
      'Goed gedaan! Je hebt vandaag 2 keer getraind. Het advies is 4 tot 6 keer per dag. Tot straks!',
    ]);
    expect((await itemsOf(database(), userId)).get(TODAY)).toMatchObject({ sessions: 2, repetitions: 4, quickSets: 2 });
  });

  it('records every session when eight devices train three times each, all at once', async () => {
    const userId = await accountWithStartblok(1, 3);
    const all = devices(userId, 8);
    for (let round = 0; round < 3; round++) {
      await together(all, 'vraag bekkenbodem coach om mijn training te starten');
      await together(all, 'klaar');
      const done = await together(all, 'ja');
      expect(done.every((reply) => reply.end)).toBe(true);
    }
    expect((await itemsOf(database(), userId)).get(TODAY)).toMatchObject({ sessions: 24, repetitions: 72, quickSets: 24 });
  });

  it('keeps both profile changes when two devices change the profile at the same moment', async () => {
    const userId = await accountWithStartblok(4, 6);
    const [a, b] = devices(userId, 2);
    // Both read version 1 at the start of their session, then write at the same moment.
    await together([a, b], 'open bekkenbodem coach');
    await Promise.all([a.user('mijn startblok is zeven seconden acht keer'), b.user('ik heb een gespannen bekkenbodem')]);
    const profile = (await itemsOf(database(), userId)).get('PROFILE');
    expect(profile).toMatchObject({ startblok: { holdSeconds: 7, repetitions: 8 }, focus: 'ontspanning', version: 3 });
  });
});
