import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { HeldHandoffs } from '../../lambda/persistence/handoff';
import type { Handler } from '../simulator/session';

/** One loaded copy of the composition root: what a Lambda execution environment holds. */
export interface LambdaInstance {
  readonly handler: Handler;
  readonly dynamo: DynamoDBClient;
  readonly handoff: HeldHandoffs;
}

const ROOT = require.resolve('../../lambda/index');

/**
 * A fresh execution environment: lambda/index.ts evaluated again, so it has its own DynamoDB
 * client (its own sockets and its own retry quota) and its own hand-off buffer, as each
 * concurrent Lambda invocation has. Sharing one client among hundreds of simulated users would
 * measure artefacts no deployment has: the SDK's agent keeps 50 sockets and queues the rest,
 * with the request timeout counting from the queue, and its standard retry strategy draws every
 * retry from one token bucket per client, which a burst of timeouts empties for everyone. The
 * modules below the root (the skill's code, the SDK) are shared, as they are stateless.
 * Call it only after the environment (TABLE_NAME, DYNAMODB_ENDPOINT) is set: the root reads it.
 */
export function newLambdaInstance(): LambdaInstance {
  delete require.cache[ROOT];
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(ROOT) as LambdaInstance;
}
