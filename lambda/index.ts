/** Composition root: the only file that reads the environment. */
import { randomUUID } from 'node:crypto';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { createDynamoClient, documentClient } from './persistence/client';
import { DynamoUserStore } from './persistence/dynamoUserStore';
import type { HandoffQueue } from './persistence/handoff';
import { applyHandoff, HeldHandoffs, parseHandoff } from './persistence/handoff';
import { buildSkill } from './buildSkill';
import { consoleLogger } from './skill/log';
import { emfMetrics, METRIC } from './services/metrics';
import { createSqsClient, SqsHandoff } from './services/sqsHandoff';

const tableName = process.env.TABLE_NAME ?? 'bekkenbodem-coach';
const { AWS_ACCESS_KEY_ID: accessKeyId, AWS_SECRET_ACCESS_KEY: secretAccessKey, AWS_SESSION_TOKEN: sessionToken } = process.env;
/** The DynamoDB client; exported so tools (npm run load -- --slow) can add middleware to it. */
export const dynamo = createDynamoClient({
  region: process.env.AWS_REGION,
  endpoint: process.env.DYNAMODB_ENDPOINT,
  credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey, sessionToken: sessionToken || undefined } : undefined,
});
const store = new DynamoUserStore(documentClient(dynamo), tableName);

/**
 * In Lambda, the SQS queue infra/ creates. Without one (npm start, npm run load) the messages
 * are held in memory, and exported so a tool can apply them as the queue's consumer would.
 */
export const handoff: HandoffQueue = process.env.HANDOFF_QUEUE_URL
  ? new SqsHandoff(createSqsClient(process.env.AWS_REGION), process.env.HANDOFF_QUEUE_URL)
  : new HeldHandoffs();

const skill = buildSkill(
  {
    store,
    now: () => new Date(),
    newId: randomUUID,
    log: consoleLogger,
    random: Math.random,
    handoff,
    metric: emfMetrics,
  },
  { skillId: process.env.SKILL_ID || undefined },
);

interface QueueEvent {
  readonly Records: readonly { readonly messageId: string; readonly body: string; readonly eventSource?: string }[];
}

const isQueueEvent = (event: unknown): event is QueueEvent =>
  Array.isArray((event as QueueEvent | undefined)?.Records) && (event as QueueEvent).Records.every((r) => r.eventSource === 'aws:sqs');

/**
 * The hand-off queue's consumer: each message is one idempotent write. A message that fails
 * for an outage is reported back (ReportBatchItemFailures), so SQS delivers it again later and,
 * after five tries, moves it to the dead-letter queue, which is alarmed.
 */
async function applyQueued(event: QueueEvent): Promise<{ batchItemFailures: { itemIdentifier: string }[] }> {
  const batchItemFailures: { itemIdentifier: string }[] = [];
  for (const record of event.Records) {
    let raw: unknown;
    try {
      raw = JSON.parse(record.body);
    } catch {
      raw = undefined;
    }
    const message = parseHandoff(raw);
    if (!message) {
      emfMetrics(METRIC.saveGivenUp);
      continue;
    }
    try {
      const outcome = await applyHandoff(store, message, { abortSignal: AbortSignal.timeout(5000) });
      if (outcome === 'permanent') emfMetrics(METRIC.saveGivenUp);
    } catch (error) {
      consoleLogger({ event: 'storage', error: (error as Error).name });
      emfMetrics(METRIC.storageFailure);
      batchItemFailures.push({ itemIdentifier: record.messageId });
    }
  }
  return { batchItemFailures };
}

export async function handler(event: RequestEnvelope, _context?: unknown): Promise<ResponseEnvelope>;
export async function handler(event: QueueEvent, _context?: unknown): Promise<{ batchItemFailures: { itemIdentifier: string }[] }>;
export async function handler(event: RequestEnvelope | QueueEvent, _context?: unknown) {
  if (isQueueEvent(event)) return applyQueued(event);
  return skill.invoke(event as RequestEnvelope);
}
