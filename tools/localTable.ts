import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { LOCAL_CREDENTIALS } from '../lambda/persistence/client';
import { DEFAULT_REGION } from '../lambda/persistence/table';
import { ensureTable } from '../lambda/persistence/tableSetup';

/**
 * Points the real composition root (lambda/index.ts, loaded after this) at a local engine: the
 * environment it reads, and its table, made when missing. For npm start and npm run debug.
 */
export async function useLocalTable(endpoint: string, tableName: string): Promise<void> {
  process.env.DYNAMODB_ENDPOINT = endpoint;
  process.env.TABLE_NAME = tableName;
  process.env.AWS_REGION ??= 'eu-west-1';
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  await makeLocalTable(endpoint, tableName);
}

/**
 * The table on a local engine, made when missing, with the SDK's patient defaults rather than the
 * skill's 1.5 s limit: on a busy machine DynamoDB Local can take longer to make a table, and a
 * retried CreateTable then fails as "preexisting".
 */
export async function makeLocalTable(endpoint: string, tableName: string): Promise<void> {
  const setup = new DynamoDBClient({ region: DEFAULT_REGION, endpoint, credentials: { ...LOCAL_CREDENTIALS } });
  try {
    await ensureTable(setup, tableName);
  } finally {
    setup.destroy();
  }
}
