import { METRIC, METRICS_NAMESPACE } from '../../lambda/services/metrics';
import { PAGE_OUTPUT } from '../lib/privacyPageNames';
import { DEFAULT_RESERVED_CONCURRENCY, LOGICAL_IDS } from '../lib/skillStack';
import { scratchBundle, SKILL_ID, synthTemplate } from './synth';

const bundle = scratchBundle();
afterAll(() => bundle.remove());

const synthesized = synthTemplate(bundle.dir);
const { stack, template } = synthesized;
// The privacy pages are tested in privacyPages.test.ts; here only the skill's own resources count.
const ofPages = (id: string) => id.startsWith('PrivacyPages') || (Object.values(PAGE_OUTPUT) as string[]).includes(id);
const withoutPages = <T>(entries: Record<string, T>) => Object.fromEntries(Object.entries(entries).filter(([id]) => !ofPages(id)));
const resources = withoutPages(synthesized.resources);
const outputs = withoutPages(synthesized.outputs);
const ofType = (type: string) => synthesized.ofType(type).filter(([id]) => !ofPages(id));
const table = { Ref: LOGICAL_IDS.table };
const tableArn = { 'Fn::GetAtt': [LOGICAL_IDS.table, 'Arn'] };
const functionArn = { 'Fn::GetAtt': [LOGICAL_IDS.function, 'Arn'] };
/** The hand-off queue: the one with a redrive policy. */
const queueId = () => ofType('AWS::SQS::Queue').find(([, q]) => q.Properties.RedrivePolicy !== undefined)?.[0] as string;
const only = (type: string) => {
  const found = ofType(type);
  expect(found.map(([id]) => id)).toHaveLength(1);
  return found[0];
};

describe('the skill stack', () => {
  it('deploys to eu-west-1, next to the Alexa endpoint for Europe', () => {
    expect(stack.region).toBe('eu-west-1');
  });

  it('holds exactly these resources, so nothing wider slips in (no log-retention helper function, no extra roles)', () => {
    const counts = Object.values(resources).reduce<Record<string, number>>((n, r) => ({ ...n, [r.Type]: (n[r.Type] ?? 0) + 1 }), {});
    expect(counts).toEqual({
      'AWS::DynamoDB::Table': 1,
      'AWS::Logs::LogGroup': 1,
      'AWS::IAM::Role': 1,
      'AWS::IAM::Policy': 1,
      'AWS::Lambda::Function': 1,
      'AWS::Lambda::Permission': 1,
      'AWS::Lambda::EventSourceMapping': 1,
      'AWS::SQS::Queue': 2,
      'AWS::SQS::QueuePolicy': 2,
      'AWS::SNS::Topic': 1,
      'AWS::SNS::TopicPolicy': 1,
      'AWS::CloudWatch::Alarm': 13,
    });
  });

  it('keeps the table under its pinned logical ID: pk/sk, on demand, PITR, TTL on expiresAt, AWS-managed encryption, retained, deletion-protected', () => {
    expect(resources.SkillTable).toEqual({
      Type: 'AWS::DynamoDB::Table',
      Properties: {
        AttributeDefinitions: [
          { AttributeName: 'pk', AttributeType: 'S' },
          { AttributeName: 'sk', AttributeType: 'S' },
        ],
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
        BillingMode: 'PAY_PER_REQUEST',
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
        SSESpecification: { SSEEnabled: true },
        DeletionProtectionEnabled: true,
      },
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
  });

  it('runs the bundle on Node.js 24, arm64, within Alexa’s 8 seconds, with reserved concurrency, the table name, skill ID and hand-off queue', () => {
    expect(resources.SkillFunction.Properties).toEqual({
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
      Timeout: 7,
      MemorySize: 512,
      ReservedConcurrentExecutions: DEFAULT_RESERVED_CONCURRENCY,
      Environment: { Variables: { TABLE_NAME: table, SKILL_ID, HANDOFF_QUEUE_URL: { Ref: queueId() } } },
      LoggingConfig: { LogGroup: { Ref: only('AWS::Logs::LogGroup')[0] } },
      Role: { 'Fn::GetAtt': [only('AWS::IAM::Role')[0], 'Arn'] },
      Code: { S3Bucket: expect.anything(), S3Key: expect.stringMatching(/^[0-9a-f]{64}\.zip$/) },
      Description: expect.any(String),
    });
  });

  it('keeps the logs for 30 days and deletes them with the stack', () => {
    const [, logGroup] = only('AWS::Logs::LogGroup');
    expect(logGroup).toEqual({
      Type: 'AWS::Logs::LogGroup',
      Properties: { RetentionInDays: 30 },
      DeletionPolicy: 'Delete',
      UpdateReplacePolicy: 'Delete',
    });
  });

  it('grants least privilege: its own log group, the four table actions the code sends (no Scan), the hand-off queue', () => {
    const [roleId, role] = only('AWS::IAM::Role');
    const [, policy] = only('AWS::IAM::Policy');
    const [logGroupId] = only('AWS::Logs::LogGroup');
    expect(policy.Properties.Roles).toEqual([{ Ref: roleId }]);
    expect(policy.Properties.PolicyDocument).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
          Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [logGroupId, 'Arn'] }, ':*']] },
        },
        {
          Effect: 'Allow',
          Action: ['dynamodb:BatchWriteItem', 'dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:UpdateItem'],
          Resource: tableArn,
        },
        {
          Effect: 'Allow',
          Action: [
            'sqs:ChangeMessageVisibility',
            'sqs:DeleteMessage',
            'sqs:GetQueueAttributes',
            'sqs:GetQueueUrl',
            'sqs:ReceiveMessage',
            'sqs:SendMessage',
          ],
          Resource: { 'Fn::GetAtt': [queueId(), 'Arn'] },
        },
      ],
    });
    // No managed policy: AWSLambdaBasicExecutionRole would allow logs:* on every log group ("*").
    expect(role.Properties).toEqual({
      AssumeRolePolicyDocument: {
        Version: '2012-10-17',
        Statement: [{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' } }],
      },
    });
    expect(JSON.stringify(template.toJSON())).not.toMatch(/dynamodb:Scan|dynamodb:\*|"logs:\*"/);
  });

  it('hands work off to an encrypted queue kept 4 days, consumed by the function with partial batch failures, a dead-letter queue after 5 tries', () => {
    const queues = ofType('AWS::SQS::Queue');
    const dlqId = queues.find(([id]) => id !== queueId())?.[0] as string;
    expect(resources[queueId()].Properties).toEqual({
      MessageRetentionPeriod: 4 * 86_400,
      VisibilityTimeout: 60,
      SqsManagedSseEnabled: true,
      RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': [dlqId, 'Arn'] }, maxReceiveCount: 5 },
    });
    expect(resources[dlqId].Properties).toEqual({ MessageRetentionPeriod: 14 * 86_400, SqsManagedSseEnabled: true });
    expect(only('AWS::Lambda::EventSourceMapping')[1].Properties).toEqual({
      EventSourceArn: { 'Fn::GetAtt': [queueId(), 'Arn'] },
      FunctionName: { Ref: LOGICAL_IDS.function },
      BatchSize: 10,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: 2 },
    });
    // Both queues refuse plain HTTP.
    for (const [, queuePolicy] of ofType('AWS::SQS::QueuePolicy')) {
      expect(JSON.stringify(queuePolicy.Properties)).toContain('"aws:SecureTransport":"false"');
    }
  });

  it('lets only Alexa, for this skill ID, invoke the function', () => {
    expect(only('AWS::Lambda::Permission')[1].Properties).toEqual({
      Action: 'lambda:InvokeFunction',
      Principal: 'alexa-appkit.amazon.com',
      EventSourceToken: SKILL_ID,
      FunctionName: functionArn,
    });
  });

  it('puts the skill ID from the context into the trigger and the environment, whatever it is', () => {
    const other = 'amzn1.ask.skill.test';
    const bundleForOther = scratchBundle();
    const { template: otherTemplate } = synthTemplate(bundleForOther.dir, other);
    bundleForOther.remove();
    otherTemplate.hasResourceProperties('AWS::Lambda::Permission', { EventSourceToken: other });
    otherTemplate.hasResourceProperties('AWS::Lambda::Function', { Environment: { Variables: { SKILL_ID: other } } });
  });

  it('sends every alarm, and its recovery, to one SNS topic the deployer subscribes to', () => {
    const [topicId] = only('AWS::SNS::Topic');
    const alarms = ofType('AWS::CloudWatch::Alarm');
    expect(alarms).toHaveLength(13);
    for (const [, alarm] of alarms) {
      expect(alarm.Properties).toMatchObject({
        AlarmActions: [{ Ref: topicId }],
        OKActions: [{ Ref: topicId }],
        TreatMissingData: 'notBreaching',
      });
    }
  });

  const alarmOn = (metricName: string, namespace: string) =>
    ofType('AWS::CloudWatch::Alarm').find(([, a]) => a.Properties.MetricName === metricName && a.Properties.Namespace === namespace)?.[1]
      .Properties;

  it('alarms on function errors, throttles and a p99 duration near the deadline', () => {
    const onFunction = [{ Name: 'FunctionName', Value: { Ref: LOGICAL_IDS.function } }];
    expect(alarmOn('Errors', 'AWS/Lambda')).toMatchObject({ Dimensions: onFunction, Statistic: 'Sum', Period: 300, Threshold: 1 });
    expect(alarmOn('Throttles', 'AWS/Lambda')).toMatchObject({ Dimensions: onFunction, Statistic: 'Sum', Threshold: 1 });
    expect(alarmOn('Duration', 'AWS/Lambda')).toMatchObject({
      Dimensions: onFunction,
      ExtendedStatistic: 'p99',
      Threshold: 4000,
      EvaluationPeriods: 2,
    });
  });

  it('alarms on table throttles and DynamoDB system errors of every operation the code sends', () => {
    const math = ofType('AWS::CloudWatch::Alarm').filter(([, a]) => Array.isArray(a.Properties.Metrics));
    const stats = math.map(([, a]) =>
      (a.Properties.Metrics as { MetricStat?: { Metric: { MetricName: string; Dimensions: unknown[] } } }[]).flatMap((m) =>
        m.MetricStat ? [m.MetricStat.Metric] : [],
      ),
    );
    expect(stats.map((metrics) => metrics.map((m) => m.MetricName))).toEqual([
      ['ReadThrottleEvents', 'WriteThrottleEvents'],
      ['SystemErrors', 'SystemErrors', 'SystemErrors', 'SystemErrors'],
    ]);
    expect(stats[1].map((m) => m.Dimensions)).toEqual(
      ['Query', 'GetItem', 'UpdateItem', 'BatchWriteItem'].map((Operation) => [
        { Name: 'Operation', Value: Operation },
        { Name: 'TableName', Value: table },
      ]),
    );
  });

  it('alarms on the skill’s own metrics (EMF log lines): storage failures, given-up saves, hand-off and deletion failures, plan errors', () => {
    for (const name of [
      METRIC.storageFailure,
      METRIC.saveGivenUp,
      METRIC.handoffFailed,
      METRIC.deletionFailed,
      METRIC.planError,
      METRIC.skillError,
    ]) {
      expect({ name, alarm: alarmOn(name, METRICS_NAMESPACE) }).toMatchObject({ name, alarm: { Statistic: 'Sum', Period: 300 } });
    }
    expect(alarmOn(METRIC.deletionFailed, METRICS_NAMESPACE)).toMatchObject({ Threshold: 1 });
    expect(alarmOn(METRIC.saveGivenUp, METRICS_NAMESPACE)).toMatchObject({ Threshold: 1 });
  });

  it('alarms when hand-off messages reach the dead-letter queue, or wait an hour', () => {
    expect(alarmOn('ApproximateNumberOfMessagesVisible', 'AWS/SQS')).toMatchObject({ Threshold: 1, Statistic: 'Maximum' });
    expect(alarmOn('ApproximateAgeOfOldestMessage', 'AWS/SQS')).toMatchObject({ Threshold: 3600 });
  });

  it('outputs the function ARN for the skill manifest, and the table name', () => {
    expect(outputs).toEqual({
      SkillFunctionArn: { Description: expect.stringContaining('manifest.apis.custom.endpoint.uri'), Value: functionArn },
      TableName: { Value: table },
      AlarmTopicArn: { Description: expect.stringContaining('aws sns subscribe'), Value: { Ref: only('AWS::SNS::Topic')[0] } },
    });
  });
});
