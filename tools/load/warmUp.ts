import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { documentClient } from '../../lambda/persistence/client';
import { DynamoUserStore } from '../../lambda/persistence/dynamoUserStore';
import { DAY_COUNTERS } from '../../lambda/persistence/userData';

/** How many calls warm the engine, and how many run at once. */
export const WARM_UP = { calls: 3000, parallel: 25 } as const;

/**
 * DynamoDB Local is a Java program: its first thousands of requests run interpreted, several
 * times slower than once the JIT has compiled them, and DynamoDB itself has no such start.
 * Before the measured burst the engine gets the same kinds of calls the skill makes (a day
 * write, a profile write, a read of the user), on warm-up users of their own that the
 * figures never read, so the run measures the skill rather than a cold JVM. Returns the time
 * it took, in seconds.
 */
export async function warmUpEngine(client: DynamoDBClient, tableName: string): Promise<number> {
  const store = new DynamoUserStore(documentClient(client), tableName);
  const started = performance.now();
  const date = '2026-01-01';
  const noCounts = Object.fromEntries(DAY_COUNTERS.map((c) => [c, 0])) as Record<(typeof DAY_COUNTERS)[number], number>;
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < WARM_UP.calls; i = next++) {
      const user = { userId: `amzn1.ask.account.warm-up-${i % 50}` };
      if (i % 3 === 0) await store.addToDay(user, { ...noCounts, repetitions: 1, id: `warm-${i}`, date });
      else if (i % 3 === 1) await store.patchProfile(user, {});
      else await store.load(user, date);
    }
  };
  await Promise.all(Array.from({ length: WARM_UP.parallel }, worker));
  return (performance.now() - started) / 1000;
}
