import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';

/** How slow `npm run load -- --slow` makes every DynamoDB call, in milliseconds. */
export const SLOW_CALL_MS = { min: 1000, max: 3000 } as const;

export interface SlowCalls {
  /** Every delay given, in milliseconds. */
  readonly delaysMs: number[];
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Makes every call of the client take 1-3 s longer: part of the delay before the request goes
 * out, the rest after its reply came back, so that the calls of hundreds of users overlap and
 * interleave on any machine, however fast. The delay wraps the whole call (the initialize
 * step, outside the SDK's retries and its request timeout), as a slow network plus a busy
 * table would look to the handler; it makes nothing fail on its own.
 */
export function slowDown(client: DynamoDBClient, random: () => number): SlowCalls {
  const slow: SlowCalls = { delaysMs: [] };
  client.middlewareStack.add(
    (next) => async (args) => {
      const total = SLOW_CALL_MS.min + random() * (SLOW_CALL_MS.max - SLOW_CALL_MS.min);
      const before = total * random();
      slow.delaysMs.push(total);
      await sleep(before);
      const result = await next(args);
      await sleep(total - before);
      return result;
    },
    { step: 'initialize', name: 'slowCalls' },
  );
  return slow;
}
