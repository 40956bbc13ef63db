import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { CLIENT_LIMITS } from '../../lambda/persistence/client';

/**
 * How slow `npm run load -- --slow` makes every attempt of a DynamoDB call, in milliseconds.
 * Above the client's request timeout (1000 ms) an attempt times out, about one in three.
 */
export const SLOW_ATTEMPT_MS = { min: 200, max: 1400 } as const;

export interface SlowCalls {
  /** Every delay drawn, in milliseconds. */
  readonly delaysMs: number[];
  /** Attempts that timed out, and of those, how many had reached the database (the reply lost). */
  timedOut: number;
  lostReplies: number;
}

export const emptySlowCalls = (): SlowCalls => ({ delaysMs: [], timedOut: 0, lostReplies: 0 });

type Middleware = Parameters<DynamoDBClient['middlewareStack']['addRelativeTo']>[0];
type Next = (args: unknown) => Promise<unknown>;
interface Context {
  readonly __smithy_context?: { readonly abortSignal?: AbortSignal };
}

const aborted = () => Object.assign(new Error('Request aborted'), { name: 'AbortError' });
const timedOut = () =>
  Object.assign(new Error(`slow: the attempt exceeded the ${CLIENT_LIMITS.requestTimeoutMs} ms requestTimeout`), {
    name: 'TimeoutError',
    $metadata: {},
  });

/** Waits, unless the call's abort signal (the turn's deadline) fires first. */
function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(aborted());
    const onAbort = () => {
      clearTimeout(timer);
      reject(aborted());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Makes every attempt of every call slower, inside the SDK's retry loop (after its retry
 * middleware, like test/helpers/faultInjection.ts), so the client's real limits act on it: an
 * attempt slower than the request timeout fails with a TimeoutError at the timeout, as the
 * HTTP handler's throwOnRequestTimeout would, and the SDK tries again; the turn's abort signal
 * stops it wherever it is. Half of the timed-out attempts reach the database first and only
 * lose their reply, so a write may happen without the skill knowing: idempotency is exercised.
 */
export function slowDown(client: DynamoDBClient, random: () => number, slow: SlowCalls = emptySlowCalls()): SlowCalls {
  client.middlewareStack.addRelativeTo(
    ((next: Next, context: Context) => async (args: unknown) => {
      const signal = context.__smithy_context?.abortSignal;
      const delay = SLOW_ATTEMPT_MS.min + random() * (SLOW_ATTEMPT_MS.max - SLOW_ATTEMPT_MS.min);
      slow.delaysMs.push(delay);
      if (delay <= CLIENT_LIMITS.requestTimeoutMs) {
        await sleep(delay, signal);
        return next(args);
      }
      slow.timedOut += 1;
      if (random() < 0.5) {
        slow.lostReplies += 1;
        await next(args);
      }
      await sleep(CLIENT_LIMITS.requestTimeoutMs, signal);
      throw timedOut();
    }) as unknown as Middleware,
    { relation: 'after', toMiddleware: 'retryMiddleware', name: 'slowCalls' },
  );
  return slow;
}
