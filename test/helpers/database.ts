import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { createDynamoClient, documentClient } from '../../lambda/persistence/client';
import { DynamoUserStore } from '../../lambda/persistence/dynamoUserStore';
import { makeLocalTable } from '../../tools/localTable';

export interface TestDatabase {
  readonly client: DynamoDBClient;
  readonly db: DynamoDBDocumentClient;
  readonly store: DynamoUserStore;
  readonly tableName: string;
  items(): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

let tables = 0;

/** A fresh table on the run's DynamoDB Local (real engine, loopback only). */
export async function freshDatabase(): Promise<TestDatabase> {
  const endpoint = process.env.TEST_DYNAMODB_ENDPOINT;
  if (!endpoint) throw new Error('TEST_DYNAMODB_ENDPOINT is not set: run the tests through jest (globalSetup)');
  const client = createDynamoClient({ endpoint });
  const db = documentClient(client);
  const tableName = `test-${process.pid}-${Date.now()}-${++tables}`;
  await makeLocalTable(endpoint, tableName);
  return {
    client,
    db,
    store: new DynamoUserStore(db, tableName),
    tableName,
    async items() {
      const result = await db.send(new ScanCommand({ TableName: tableName, ConsistentRead: true }));
      return (result.Items ?? []) as Record<string, unknown>[];
    },
    async close() {
      await client.send(new DeleteTableCommand({ TableName: tableName }));
      client.destroy();
    },
  };
}

/** Registers a fresh table for the test file; call the returned function inside tests. */
export function useDatabase(): () => TestDatabase {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await freshDatabase();
  });
  afterAll(async () => {
    await database?.close();
  });
  return () => {
    if (!database) throw new Error('useDatabase(): the table is made in beforeAll');
    return database;
  };
}

/** The stored items of one Alexa account's own data (or one person in it), by sort key without the owner. */
export async function itemsOf(database: TestDatabase, userId: string, personId?: string): Promise<Map<string, Record<string, unknown>>> {
  const owner = personId ? `PERSON#${personId}#` : 'ACCOUNT#';
  const items = (await database.items()).filter((i) => i.pk === `USER#${userId}` && String(i.sk).startsWith(owner));
  return new Map(items.map((i) => [String(i.sk).slice(owner.length), i]));
}
