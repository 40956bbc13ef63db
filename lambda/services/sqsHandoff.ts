import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Handoff, HandoffQueue } from '../persistence/handoff';

/**
 * The hand-off as an SQS queue, consumed by this same function (index.ts) through an event
 * source mapping, with a dead-letter queue behind it (infra/lib/handoff.ts).
 *
 * Why SQS and not the function invoking itself asynchronously: a queue keeps a message for
 * days (4 here) and is retried as long as the database stays down, while an async invocation
 * is retried twice within about three minutes and then lands in its on-failure destination,
 * which would need a second consumer anyway. A queue also lets an operator see and redrive
 * what is waiting (the DLQ alarm tells them), and SendMessage is one small, fast call.
 */
export class SqsHandoff implements HandoffQueue {
  constructor(
    private readonly client: SQSClient,
    private readonly queueUrl: string,
  ) {}

  async send(messages: readonly Handoff[], options?: { readonly abortSignal?: AbortSignal }): Promise<void> {
    for (let i = 0; i < messages.length; i += 10) {
      const batch = messages.slice(i, i + 10);
      const result = await this.client.send(
        new SendMessageBatchCommand({
          QueueUrl: this.queueUrl,
          Entries: batch.map((message, n) => ({ Id: String(n), MessageBody: JSON.stringify(message) })),
        }),
        options?.abortSignal ? { abortSignal: options.abortSignal } : undefined,
      );
      if ((result.Failed ?? []).length > 0) throw Object.assign(new Error('the queue refused a hand-off'), { name: 'HandoffRefused' });
    }
  }
}

/** Short limits: the hand-off happens at the end of a turn that Alexa is still waiting for. */
export function createSqsClient(region?: string): SQSClient {
  return new SQSClient({
    region,
    maxAttempts: 2,
    requestHandler: { connectionTimeout: 400, requestTimeout: 600, throwOnRequestTimeout: true },
  });
}
