import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DEFAULT_REGION } from './table';

export interface DynamoSettings {
  readonly region?: string;
  /** A local engine such as DynamoDB Local; unset in Lambda. */
  readonly endpoint?: string;
}

/**
 * Short timeouts and two attempts at most: Alexa waits about 8 s for a reply, and a skill
 * that answers "I cannot reach your data" in time beats one that is cut off.
 *
 * requestTimeout counts from the start of an attempt (connecting included), but the SDK only
 * logs a warning when it passes unless throwOnRequestTimeout is set: without it, a database
 * that accepts the connection and never answers held a turn forever (test/faults/blackHole).
 * One call thus takes at most maxAttempts x requestTimeoutMs plus the SDK's backoff before
 * its retry (at most 1 s); a turn makes at most one call that fails (skill/turn.ts).
 */
export const CLIENT_LIMITS = { connectionTimeoutMs: 800, requestTimeoutMs: 1500, maxAttempts: 2 } as const;

export function createDynamoClient(settings: DynamoSettings): DynamoDBClient {
  return new DynamoDBClient({
    region: settings.region ?? DEFAULT_REGION,
    endpoint: settings.endpoint,
    maxAttempts: CLIENT_LIMITS.maxAttempts,
    requestHandler: {
      connectionTimeout: CLIENT_LIMITS.connectionTimeoutMs,
      requestTimeout: CLIENT_LIMITS.requestTimeoutMs,
      throwOnRequestTimeout: true,
    },
    // A local engine accepts any credentials; this keeps the SDK from looking for real ones.
    ...(settings.endpoint ? { credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
  });
}

export function documentClient(client: DynamoDBClient): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
}
