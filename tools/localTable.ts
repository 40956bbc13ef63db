import { createDynamoClient, SETUP_LIMITS } from '../lambda/persistence/client';
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
  const setup = createDynamoClient({ endpoint }, SETUP_LIMITS);
  await ensureTable(setup, tableName);
  setup.destroy();
}
