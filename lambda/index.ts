/** Composition root: the only file that reads the environment. */
import { randomUUID } from 'node:crypto';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { createDynamoClient, documentClient } from './persistence/client';
import { DynamoUserStore } from './persistence/dynamoUserStore';
import { buildSkill } from './buildSkill';
import { consoleLogger } from './skill/log';

const tableName = process.env.TABLE_NAME ?? 'bekkenbodem-coach';
const { AWS_ACCESS_KEY_ID: accessKeyId, AWS_SECRET_ACCESS_KEY: secretAccessKey, AWS_SESSION_TOKEN: sessionToken } = process.env;
/** The DynamoDB client; exported so tools (npm run load -- --slow) can add middleware to it. */
export const dynamo = createDynamoClient({
  region: process.env.AWS_REGION,
  endpoint: process.env.DYNAMODB_ENDPOINT,
  credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey, sessionToken: sessionToken || undefined } : undefined,
});

const skill = buildSkill(
  {
    store: new DynamoUserStore(documentClient(dynamo), tableName),
    now: () => new Date(),
    newId: randomUUID,
    log: consoleLogger,
    random: Math.random,
  },
  { skillId: process.env.SKILL_ID || undefined },
);

export async function handler(event: RequestEnvelope, _context?: unknown): Promise<ResponseEnvelope> {
  return skill.invoke(event);
}
