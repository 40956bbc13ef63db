import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type { Construct } from 'constructs';

const PERIOD = Duration.minutes(5);

/**
 * Alarms without actions: they show in the CloudWatch console. Subscribe an SNS topic to them
 * if you want mail. Any error or throttle is worth a look: the skill answers every turn, and a
 * failed turn is a user who heard "something went wrong".
 */
export function addAlarms(scope: Construct, fn: lambda.IFunction, table: dynamodb.ITable): void {
  const anyOf = (id: string, metric: cloudwatch.IMetric, description: string) =>
    new cloudwatch.Alarm(scope, id, {
      metric,
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      alarmDescription: description,
    });

  anyOf('FunctionErrors', fn.metricErrors({ period: PERIOD, statistic: cloudwatch.Stats.SUM }), 'The skill function failed or timed out');
  anyOf(
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
}
