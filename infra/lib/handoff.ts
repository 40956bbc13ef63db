import { Duration } from 'aws-cdk-lib';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';

/**
 * The hand-off queue (lambda/persistence/handoff.ts, why SQS: lambda/services/sqsHandoff.ts):
 * what a session could not store before it ended waits here, up to 4 days, and the function
 * applies it as the database answers again. After five failed deliveries a message moves to
 * the dead-letter queue (kept 14 days, alarmed), where an operator can look and redrive it.
 * Both queues encrypt at rest and refuse plain HTTP.
 */
export const HANDOFF = {
  retention: Duration.days(4),
  deadLetterRetention: Duration.days(14),
  maxReceiveCount: 5,
  /** At least six times the function timeout, as AWS advises for a Lambda consumer. */
  visibilityTimeout: Duration.seconds(60),
  batchSize: 10,
  /** The consumer shares the function's reserved concurrency with the skill: two at most. */
  maxConcurrency: 2,
} as const;

export interface Handoff {
  readonly queue: sqs.Queue;
  readonly deadLetters: sqs.Queue;
}

export function addHandoff(scope: Construct, fn: lambda.Function): Handoff {
  const deadLetters = new sqs.Queue(scope, 'HandoffDeadLetters', {
    retentionPeriod: HANDOFF.deadLetterRetention,
    encryption: sqs.QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
  });
  const queue = new sqs.Queue(scope, 'Handoff', {
    retentionPeriod: HANDOFF.retention,
    visibilityTimeout: HANDOFF.visibilityTimeout,
    encryption: sqs.QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    deadLetterQueue: { queue: deadLetters, maxReceiveCount: HANDOFF.maxReceiveCount },
  });
  queue.grantSendMessages(fn);
  fn.addEventSource(
    new SqsEventSource(queue, { batchSize: HANDOFF.batchSize, reportBatchItemFailures: true, maxConcurrency: HANDOFF.maxConcurrency }),
  );
  fn.addEnvironment('HANDOFF_QUEUE_URL', queue.queueUrl);
  return { queue, deadLetters };
}
