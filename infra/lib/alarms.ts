import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { METRIC, METRICS_NAMESPACE } from '../../lambda/services/metrics';
import { TURN_LIMITS } from '../../lambda/skill/persist';

const PERIOD = Duration.minutes(5);

/** The DynamoDB operations the function sends: SystemErrors is reported per operation. */
export const TABLE_OPERATIONS = ['Query', 'GetItem', 'UpdateItem', 'BatchWriteItem'] as const;

export interface AlarmTargets {
  readonly fn: lambda.IFunction;
  readonly table: dynamodb.ITable;
  readonly deadLetters: sqs.IQueue;
  readonly handoff: sqs.IQueue;
}

/**
 * Every alarm notifies one SNS topic; the deployer subscribes to it (README: Deploy). The
 * skill answers every turn, even when storage fails, so Lambda's Errors metric sees only
 * timeouts and failed skill events: the skill's own metrics (lambda/services/metrics.ts,
 * written as EMF log lines) show the rest.
 */
export function addAlarms(scope: Construct, targets: AlarmTargets): sns.Topic {
  const topic = new sns.Topic(scope, 'AlarmTopic', { displayName: 'Bekkenbodem coach alarms', enforceSSL: true });
  const notify = new actions.SnsAction(topic);
  const alarm = (id: string, metric: cloudwatch.IMetric, description: string, threshold = 1, evaluationPeriods = 1) => {
    const a = new cloudwatch.Alarm(scope, id, {
      metric,
      threshold,
      evaluationPeriods,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      alarmDescription: description,
    });
    a.addAlarmAction(notify);
    a.addOkAction(notify);
    return a;
  };
  const sum = { period: PERIOD, statistic: cloudwatch.Stats.SUM };
  const skillMetric = (metricName: string) => new cloudwatch.Metric({ namespace: METRICS_NAMESPACE, metricName, ...sum });
  const { fn, table } = targets;

  alarm('FunctionErrors', fn.metricErrors(sum), 'The skill function failed, timed out, or a skill event (an erasure) failed');
  alarm('FunctionThrottles', fn.metricThrottles(sum), 'Lambda throttled the skill: its reserved concurrency is used up');
  alarm(
    'FunctionDurationP99',
    fn.metricDuration({ period: PERIOD, statistic: cloudwatch.Stats.p(99) }),
    'The slowest turns come near the deadline: Alexa waits 8 s',
    TURN_LIMITS.deadlineMs,
    2,
  );
  alarm(
    'TableThrottles',
    new cloudwatch.MathExpression({
      expression: 'reads + writes',
      usingMetrics: {
        reads: table.metric('ReadThrottleEvents', { statistic: cloudwatch.Stats.SUM }),
        writes: table.metric('WriteThrottleEvents', { statistic: cloudwatch.Stats.SUM }),
      },
      period: PERIOD,
      label: 'Throttled requests',
    }),
    'DynamoDB throttled reads or writes of the skill table',
  );
  alarm(
    'TableSystemErrors',
    new cloudwatch.MathExpression({
      expression: TABLE_OPERATIONS.map((op) => op.toLowerCase()).join(' + '),
      usingMetrics: Object.fromEntries(
        TABLE_OPERATIONS.map((op) => [
          op.toLowerCase(),
          table.metric('SystemErrors', { statistic: cloudwatch.Stats.SUM, dimensionsMap: { TableName: table.tableName, Operation: op } }),
        ]),
      ),
      period: PERIOD,
      label: 'DynamoDB system errors',
    }),
    'DynamoDB answered the skill with internal errors (5xx)',
  );
  alarm('StorageFailures', skillMetric(METRIC.storageFailure), 'Database calls failed (timeouts, throttles, 5xx): saves are waiting', 5);
  alarm('SavesGivenUp', skillMetric(METRIC.saveGivenUp), 'Completed work or a profile change will never be stored');
  alarm('HandoffFailures', skillMetric(METRIC.handoffFailed), 'The hand-off queue refused work a session could not store');
  alarm('DeletionFailures', skillMetric(METRIC.deletionFailed), 'An erasure failed: the user’s data is still stored');
  alarm('PlanErrors', skillMetric(METRIC.planError), 'The planner refused a plan: the user heard the general error');
  alarm('SkillErrors', skillMetric(METRIC.skillError), 'A turn ended in the general error', 3);
  alarm(
    'HandoffDeadLettersWaiting',
    targets.deadLetters.metricApproximateNumberOfMessagesVisible({ period: PERIOD, statistic: cloudwatch.Stats.MAXIMUM }),
    'Hand-off messages failed five times: look at them, then redrive them to the hand-off queue',
  );
  alarm(
    'HandoffBacklog',
    targets.handoff.metricApproximateAgeOfOldestMessage({ period: PERIOD, statistic: cloudwatch.Stats.MAXIMUM }),
    'Work handed off an hour ago is still not stored: is the table reachable?',
    3600,
  );
  return topic;
}
