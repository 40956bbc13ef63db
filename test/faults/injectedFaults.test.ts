import fc from 'fast-check';
import { createDynamoClient, documentClient } from '../../lambda/persistence/client';
import { DynamoUserStore } from '../../lambda/persistence/dynamoUserStore';
import { Conversation } from '../helpers/conversation';
import type { Reply } from '../helpers/conversation';
import { itemsOf, useDatabase } from '../helpers/database';
import { notFromResources } from '../helpers/dutchSpeech';
import type { Fault } from '../helpers/faultInjection';
import { injectFaults } from '../helpers/faultInjection';
import { testSkill } from '../helpers/skill';
import { afterLastPause } from '../helpers/transcript';

/**
 * Throttling, timeouts and lost replies injected into the real client against DynamoDB
 * Local: the conversation goes on in Dutch, and the stored day counts equal exactly the
 * sessions completed: none lost, none counted twice.
 */
const database = useDatabase();
const TODAY = 'DAY#2026-11-23';

let users = 0;
/** A user with a 2 s x 2 startblok stored directly (no faults), so every session is two sets. */
async function userWithStartblok(): Promise<string> {
  const userId = `amzn1.ask.account.faults-${++users}`;
  await database().store.updateProfile({ userId }, { version: 0 }, (p) => ({
    ...p,
    welcomedOn: '2026-11-01',
    startblok: { holdSeconds: 2, repetitions: 2, setOn: '2026-11-20' },
  }));
  return userId;
}

/** The real client with faults for `commands`; the skill on it; a fresh user with a stored 2 s x 2 startblok. */
async function faultyConversation(commands: readonly string[], faults: readonly Fault[] = []) {
  const client = createDynamoClient({ endpoint: process.env.TEST_DYNAMODB_ENDPOINT });
  const plan = injectFaults(client, commands);
  plan.queue.push(...faults);
  const userId = await userWithStartblok();
  const skill = testSkill(new DynamoUserStore(documentClient(client), database().tableName));
  const c = new Conversation(skill.skill, userId);
  return { client, plan, userId, c, logs: skill.logs };
}

const today = async (userId: string) => (await itemsOf(database(), userId)).get(TODAY);

/** One training by voice; "ja" to every question, the retry offer included, until it closes. */
async function train(c: Conversation, maxTurns = 40): Promise<Reply[]> {
  const replies = [await c.user('vraag bekkenbodem coach om mijn training te starten')];
  while (!replies[replies.length - 1].end) {
    if (replies.length >= maxTurns) throw new Error('the training did not close');
    replies.push(await c.user('ja'));
  }
  return replies;
}

function expectDutch(replies: readonly Reply[]): void {
  for (const reply of replies) expect(notFromResources(reply.ssml)).toEqual([]);
}

describe('injected DynamoDB faults', () => {
  it('retries a throttled or timed-out write inside the client: the user notices nothing', async () => {
    const { client, plan, userId, c } = await faultyConversation(['UpdateItemCommand'], ['throttle', 'ok', 'timeout', 'ok']);
    const replies = await train(c);
    expect(replies.map(afterLastPause)).toEqual([
      expect.stringMatching(/^We doen je startblok: .* Ben je zover\?$/),
      'Mooi, je startblok zit erop. Nu de snelle kneepjes?',
      'Goed gedaan! Dat was je eerste training van vandaag. Het advies is 4 tot 6 keer per dag. Tot straks!',
    ]);
    // Two sets and the day's training record in the profile (UpdateItem too).
    expect(plan.seen).toEqual({ ok: 3, throttle: 1, timeout: 1, lostReply: 0 });
    expect(await today(userId)).toMatchObject({ sessions: 1, repetitions: 2, quickSets: 1 });
    client.destroy();
  });

  it('counts a write whose reply was lost exactly once, though the client and the skill both retry it', async () => {
    // Both attempts of the first write reach the table and lose their reply; so does the next turn's retry.
    const { client, plan, userId, c } = await faultyConversation(['UpdateItemCommand'], ['lostReply', 'lostReply', 'lostReply', 'timeout']);
    const replies = await train(c);
    expectDutch(replies);
    expect(plan.seen).toMatchObject({ lostReply: 3, timeout: 1 });
    expect(await today(userId)).toMatchObject({ sessions: 1, repetitions: 2, quickSets: 1 });
    client.destroy();
  });

  it('answers in Dutch when the read is throttled on every try, and the next session reads again', async () => {
    // The client tries four times (persistence/client.ts): all four are throttled.
    const { client, c } = await faultyConversation(['QueryCommand'], ['throttle', 'throttle', 'throttle', 'throttle']);
    const down = await c.user('open bekkenbodem coach');
    expect(down.text).toMatch(/^Ik kan je gegevens nu even niet ophalen\./);
    const back = await c.user('open bekkenbodem coach');
    expect(back.text).toBe('Fijn dat je er weer bent. Zullen we je startblok doen, 2 seconden, 2 keer?');
    client.destroy();
  });

  it('loses no completed session and counts none twice, whatever the writes do (fast-check)', async () => {
    const skillRetried = { runs: 0 };
    const fault = fc.constantFrom<Fault>('ok', 'throttle', 'timeout', 'lostReply');
    await fc.assert(
      fc.asyncProperty(fc.array(fault, { maxLength: 14 }), fc.integer({ min: 1, max: 3 }), async (faults, sessions) => {
        const { client, userId, c, logs } = await faultyConversation(['UpdateItemCommand'], faults);
        try {
          for (let session = 0; session < sessions; session++) expectDutch(await train(c));
          // A storage line is a save the client gave up on: the skill's own retry took it from there.
          if (logs.some((line) => line.event === 'storage')) skillRetried.runs += 1;
          // Whatever is still waiting in the session goes out on the next turn.
          if (c.replies[c.replies.length - 1].end === false) await c.user('ja');
          const day = await today(userId);
          expect({ faults, day }).toMatchObject({ faults, day: { sessions, repetitions: 2 * sessions, quickSets: sessions } });
        } finally {
          client.destroy();
        }
      }),
      // A fixed seed: the same 30 fault plans every run, so the coverage check below cannot come and go with chance.
      { numRuns: 30, seed: 20261207 },
    );
    // The property reached the skill's own retry (not only the client's): it was really tested.
    expect(skillRetried.runs).toBeGreaterThan(2);
  }, 120_000);
});
