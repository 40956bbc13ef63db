import { createDynamoClient, documentClient } from '../../lambda/persistence/client';
import { TURN_LIMITS } from '../../lambda/skill/persist';
import { DynamoUserStore } from '../../lambda/persistence/dynamoUserStore';
import { Conversation } from '../helpers/conversation';
import { itemsOf, useDatabase } from '../helpers/database';
import { testSkill } from '../helpers/skill';
import type { TcpProxy } from '../helpers/tcpProxy';
import { startTcpProxy } from '../helpers/tcpProxy';

/**
 * A database that accepts connections and never answers. Alexa waits 8 s for a reply; the
 * turn's deadline aborts every call still running (skill/persist.ts), the first try included. This is a
 * correctness bound on the worst case, not a performance test.
 */
const database = useDatabase();
const ALEXA_WAIT_MS = 8000;
/** Event loop, handler and the successful calls before the failing one, on a loaded 2-core machine. */
const SLACK_MS = 700;
const TURN_BOUND_MS = TURN_LIMITS.deadlineMs + SLACK_MS;

let proxy: TcpProxy;
beforeAll(async () => {
  proxy = await startTcpProxy(Number(new URL(process.env.TEST_DYNAMODB_ENDPOINT as string).port));
});
afterAll(async () => {
  await proxy.close();
});

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

describe('a database that never answers', () => {
  it('bounds a turn well inside the 8 s Alexa waits', () => {
    expect(TURN_BOUND_MS).toBeLessThan(ALEXA_WAIT_MS - 1000);
  });

  it('answers every turn in time, the user finishes the training, and it is saved once the database answers again', async () => {
    const client = createDynamoClient({ endpoint: proxy.endpoint });
    const store = new DynamoUserStore(documentClient(client), database().tableName);
    const c = new Conversation(testSkill(store).skill, 'amzn1.ask.account.black-hole');
    try {
      proxy.mode = 'forward';
      await c.user('vraag bekkenbodem coach om mijn startblok op tien seconden twaalf keer te zetten');
      await c.user('ja');
      await c.user('klaar');
      proxy.mode = 'blackHole';
      const turns: { said: string; ms: number; end: boolean }[] = [];
      // Rounds 2 and 3 (the startblok set's write fails), the quick set (a retry and a write fail),
      // then "ja" to retrying while the database is still silent.
      for (const said of ['ja', 'ja', 'ja', 'ja']) {
        const { value, ms } = await timed(() => c.user(said));
        turns.push({ said, ms, end: value.end });
      }
      for (const turn of turns) expect({ ...turn, within: turn.ms <= TURN_BOUND_MS }).toEqual({ ...turn, within: true });
      expect(c.replies[c.replies.length - 1].text).toBe('Opslaan lukt nog steeds niet. Zal ik het zo nog een keer proberen?');
      proxy.mode = 'forward';
      const saved = await c.user('ja');
      expect(saved.text).toBe('Gelukt, je training is opgeslagen. Tot de volgende keer!');
      const day = (await itemsOf(database(), c.who.userId)).get('DAY#2026-11-23');
      expect(day).toMatchObject({ sessions: 1, repetitions: 12, quickSets: 1 });
    } finally {
      client.destroy();
    }
  }, 60_000);

  it('answers a launch in time when even the first read gets no answer', async () => {
    const client = createDynamoClient({ endpoint: proxy.endpoint });
    const store = new DynamoUserStore(documentClient(client), database().tableName);
    try {
      proxy.mode = 'blackHole';
      const c = new Conversation(testSkill(store).skill, 'amzn1.ask.account.black-hole-launch');
      const { value, ms } = await timed(() => c.user('open bekkenbodem coach'));
      expect(value.text).toMatch(/^Ik kan je gegevens nu even niet ophalen\./);
      expect(ms).toBeLessThanOrEqual(TURN_BOUND_MS);
    } finally {
      proxy.mode = 'forward';
      client.destroy();
    }
  }, 30_000);
});
