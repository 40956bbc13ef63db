import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DEFAULT_REGION } from './table';

export interface DynamoSettings {
  readonly region?: string;
  /** A local engine such as DynamoDB Local; unset in Lambda. */
  readonly endpoint?: string;
  /**
   * Only with an endpoint: the keys from the environment, when it has them. DynamoDB Local keeps
   * one database per access key unless started with -sharedDb (tools/dynamoLocal.ts does), so a
   * developer's own engine shows the same tables to the skill and to their AWS CLI.
   */
  readonly credentials?: { readonly accessKeyId: string; readonly secretAccessKey: string; readonly sessionToken?: string };
}

/**
 * Short timeouts and two attempts at most: Alexa waits about 8 s for a reply, and a skill
 * that answers "I cannot reach your data" in time beats one that is cut off.
 *
 * requestTimeout counts from the start of an attempt (connecting included), but the SDK only
 * logs a warning when it passes unless throwOnRequestTimeout is set: without it, a database
 * that accepts the connection and never answers held a turn forever (test/faults/blackHole).
 * One call thus takes at most maxAttempts x requestTimeoutMs plus the SDK's backoff before
 * its retry (at most 1 s). A turn makes a further call after a failed one only while even its
 * slowest outcome still fits the reply budget (skill/persist.ts), otherwise none (skill/turn.ts).
 */
export const CLIENT_LIMITS = { connectionTimeoutMs: 800, requestTimeoutMs: 1500, maxAttempts: 2, sdkBackoffMaxMs: 1000 } as const;

/** What DynamoDB Local is given when the environment has no credentials: it accepts any key. */
export const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' } as const;

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
    // A local engine accepts any credentials; a fixed key keeps the SDK from looking for real ones.
    ...(settings.endpoint ? { credentials: { ...(settings.credentials ?? LOCAL_CREDENTIALS) } } : {}),
  });
}

export function documentClient(client: DynamoDBClient): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
}
