import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ProvisionedThroughputExceededException } from '@aws-sdk/client-dynamodb';

/**
 * What one attempt of a DynamoDB call does: go through, be throttled, time out before it
 * reaches the database, or reach it and lose the reply (the write happened, the skill does
 * not know: the case that would count a session twice without idempotent writes).
 */
export type Fault = 'ok' | 'throttle' | 'timeout' | 'lostReply';

export interface FaultPlan {
  /** Faults for the next attempts of the matching commands, used up in order; then all go through. */
  readonly queue: Fault[];
  /** Which commands get faults, by command name; the rest always go through. */
  commands: ReadonlySet<string>;
  /** Attempts that reached the plan, by outcome. */
  readonly seen: Record<Fault, number>;
}

function timeoutError(): Error {
  return Object.assign(new Error('injected: the request timed out'), { name: 'TimeoutError', $metadata: {} });
}

/**
 * Adds the plan to the client, inside the SDK's retry loop (after retryMiddleware), so the
 * client's own bounded retries see every injected attempt like a real one.
 */
export function injectFaults(client: DynamoDBClient, commands: readonly string[]): FaultPlan {
  const plan: FaultPlan = { queue: [], commands: new Set(commands), seen: { ok: 0, throttle: 0, timeout: 0, lostReply: 0 } };
  type Middleware = Parameters<DynamoDBClient['middlewareStack']['addRelativeTo']>[0];
  type Next = (args: unknown) => Promise<unknown>;
  client.middlewareStack.addRelativeTo(
    ((next: Next, context: { commandName?: string }) => async (args: unknown) => {
      if (!plan.commands.has(String(context.commandName))) return next(args);
      const fault = plan.queue.shift() ?? 'ok';
      plan.seen[fault] += 1;
      if (fault === 'throttle') {
        throw new ProvisionedThroughputExceededException({ message: 'injected: throughput exceeded', $metadata: { httpStatusCode: 400 } });
      }
      if (fault === 'timeout') throw timeoutError();
      const result = await next(args);
      if (fault === 'lostReply') throw timeoutError();
      return result;
    }) as unknown as Middleware,
    { relation: 'after', toMiddleware: 'retryMiddleware', name: 'injectFaults' },
  );
  return plan;
}
