import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDynamoClient, documentClient } from '../../lambda/persistence/client';
import { DynamoUserStore } from '../../lambda/persistence/dynamoUserStore';
import { ensureTable } from '../../lambda/persistence/tableSetup';
import type { LocalDynamo } from '../../tools/dynamoLocal';
import { freePort, startDynamoLocal } from '../../tools/dynamoLocal';
import { Conversation } from '../helpers/conversation';
import type { Reply } from '../helpers/conversation';
import { notFromResources } from '../helpers/dutchSpeech';
import { testSkill } from '../helpers/skill';
import { afterLastPause } from '../helpers/transcript';

/**
 * The real thing: our own DynamoDB Local on disk, stopped in the middle of a conversation
 * and started again on the same port and files. Every answer in between is the skill's own
 * Dutch within Alexa's limits (Conversation checks the limits), the user finishes the set,
 * and the stored day counts equal exactly what was completed.
 */
const TABLE = 'outage';
const TODAY = '2026-11-23';

let folder: string;
let port: number;
let dynamo: LocalDynamo | undefined;

async function startDatabase(): Promise<void> {
  dynamo = await startDynamoLocal({ dbPath: folder, port });
}

async function stopDatabase(): Promise<void> {
  await dynamo?.stop();
  dynamo = undefined;
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'bekkenbodem-outage-'));
  port = await freePort();
  await startDatabase();
  const setup = createDynamoClient({ endpoint: `http://127.0.0.1:${port}` });
  await ensureTable(setup, TABLE);
  setup.destroy();
}, 60_000);

afterAll(async () => {
  await stopDatabase();
  rmSync(folder, { recursive: true, force: true });
});

/**
 * A conversation with the skill on the on-disk database. Whatever happens in `body`, the
 * client is closed and the database is left running for the next test (and for afterAll).
 */
async function onDisk(userId: string, body: (c: Conversation, store: DynamoUserStore) => Promise<void>): Promise<void> {
  const client = createDynamoClient({ endpoint: `http://127.0.0.1:${port}` });
  const store = new DynamoUserStore(documentClient(client), TABLE);
  try {
    await body(new Conversation(testSkill(store).skill, userId), store);
  } finally {
    client.destroy();
    if (!dynamo) await startDatabase();
  }
}

function expectDutch(reply: Reply): void {
  expect(notFromResources(reply.ssml)).toEqual([]);
}

describe('DynamoDB Local stopped mid-conversation', () => {
  it('keeps coaching, lets the user finish, and saves exactly what was completed once it is back', async () => {
    await onDisk('amzn1.ask.account.outage', async (c, store) => {
      await c.user('vraag bekkenbodem coach om mijn startblok op tien seconden twaalf keer te zetten');
      await c.user('ja');
      const first = await c.user('klaar');
      expect(afterLastPause(first)).toBe('Even een adempauze. Gaan we door?');

      await stopDatabase();
      const during = [await c.user('ja'), await c.user('ja'), await c.user('ja'), await c.user('ja')];
      during.forEach(expectDutch);
      expect(during.map(afterLastPause)).toEqual([
        'Even een adempauze. Gaan we door?',
        'Mooi, je startblok zit erop. Nu de snelle kneepjes?',
        'Goed gedaan, je training is klaar! Alleen kon ik hem net niet opslaan. Zal ik het nog eens proberen?',
        'Opslaan lukt nog steeds niet. Zal ik het zo nog een keer proberen?',
      ]);

      await startDatabase();
      const saved = await c.user('ja');
      expect(saved.text).toBe('Gelukt, je training is opgeslagen. Tot de volgende keer!');
      expect(await store.load({ userId: c.who.userId }, TODAY)).toMatchObject({
        today: { sessions: 1, repetitions: 12, quickSets: 1 },
      });

      // A second training afterwards adds exactly one session: nothing replayed, nothing lost.
      await c.user('vraag bekkenbodem coach om mijn training te starten');
      await c.user('klaar');
      await c.user('ja');
      await c.user('ja');
      const done = await c.user('ja');
      // 10 s x 12 is past the target of 10 s x 8: the advice is three times a day.
      expect(afterLastPause(done)).toBe(
        'Goed gedaan! Je hebt vandaag 2 keer getraind. Je doel is nu acht tot twaalf keer aanspannen, drie keer per dag. Tot straks!',
      );
      expect(await store.load({ userId: c.who.userId }, TODAY)).toMatchObject({
        today: { sessions: 2, repetitions: 24, quickSets: 2 },
      });
    });
  }, 90_000);

  it('carries the work done during the outage in the session and writes it on a later turn of that session', async () => {
    await onDisk('amzn1.ask.account.outage-carry', async (c, store) => {
      await c.user('vraag bekkenbodem coach om mijn startblok op twee seconden twee keer te zetten');
      await c.user('ja');
      await stopDatabase();
      // The startblok set is completed while the database is gone; the reply does not wait for it.
      const startblok = await c.user('klaar');
      expect(afterLastPause(startblok)).toBe('Mooi, je startblok zit erop. Nu de snelle kneepjes?');
      await startDatabase();
      // The next turn writes the carried set first, then the quick set: both once.
      const done = await c.user('ja');
      expect(afterLastPause(done)).toBe(
        'Goed gedaan! Dat was je eerste training van vandaag. Het advies is 4 tot 6 keer per dag. Tot straks!',
      );
      expect(await store.load({ userId: c.who.userId }, TODAY)).toMatchObject({
        today: { sessions: 1, repetitions: 2, quickSets: 1 },
      });
    });
  }, 90_000);
});
