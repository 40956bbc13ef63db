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
 * A short request timeout and four attempts: DynamoDB answers in milliseconds, so an attempt
 * that takes a second is stuck, and a fresh one (after the SDK's jittered backoff) usually
 * gets through. The turn's deadline bounds the whole (skill/persist.ts): every call carries
 * its abort signal, which stops a running attempt and the backoff before the next one.
 *
 * requestTimeout counts from the start of an attempt (connecting included), but the SDK only
 * logs a warning when it passes unless throwOnRequestTimeout is set: without it, a database
 * that accepts the connection and never answers held a turn forever (test/faults/blackHole).
 */
export const CLIENT_LIMITS = { connectionTimeoutMs: 500, requestTimeoutMs: 1000, maxAttempts: 4 } as const;

/** What DynamoDB Local is given when the environment has no credentials: it accepts any key. */
export const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' } as const;

/**
 * Creating a table on a local engine that is still starting (a cold JVM, files on disk) may take
 * seconds: tools give their setup calls these limits, never a turn.
 */
export const SETUP_LIMITS = { connectionTimeoutMs: 2000, requestTimeoutMs: 10_000, maxAttempts: 4 } as const;

export function createDynamoClient(
  settings: DynamoSettings,
  limits: { readonly connectionTimeoutMs: number; readonly requestTimeoutMs: number; readonly maxAttempts: number } = CLIENT_LIMITS,
): DynamoDBClient {
  return new DynamoDBClient({
    region: settings.region ?? DEFAULT_REGION,
    endpoint: settings.endpoint,
    maxAttempts: limits.maxAttempts,
    requestHandler: {
      connectionTimeout: limits.connectionTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      throwOnRequestTimeout: true,
    },
    // A local engine accepts any credentials; a fixed key keeps the SDK from looking for real ones.
    ...(settings.endpoint ? { credentials: { ...(settings.credentials ?? LOCAL_CREDENTIALS) } } : {}),
  });
}

export function documentClient(client: DynamoDBClient): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
}
