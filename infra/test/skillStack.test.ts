import { PAGE_OUTPUT } from '../lib/privacyPageNames';
import { LOGICAL_IDS } from '../lib/skillStack';
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
      'AWS::CloudWatch::Alarm': 2,
    });
  });

  it('keeps the table under its pinned logical ID: pk/sk, on demand, PITR, TTL on expiresAt, AWS-managed encryption, retained', () => {
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
      },
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
  });

  it('runs the bundle on Node.js 22, arm64, within Alexa’s 8 seconds, with the table name and skill ID', () => {
    expect(resources.SkillFunction.Properties).toEqual({
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
      Timeout: 7,
      MemorySize: 512,
      Environment: { Variables: { TABLE_NAME: table, SKILL_ID } },
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

  it('lets the function read and write this one table and nothing else', () => {
    const [roleId, role] = only('AWS::IAM::Role');
    const [, policy] = only('AWS::IAM::Policy');
    expect(policy.Properties.Roles).toEqual([{ Ref: roleId }]);
    expect(policy.Properties.PolicyDocument).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: [
            'dynamodb:BatchGetItem',
            'dynamodb:BatchWriteItem',
            'dynamodb:ConditionCheckItem',
            'dynamodb:DeleteItem',
            'dynamodb:DescribeTable',
            'dynamodb:GetItem',
            'dynamodb:GetRecords',
            'dynamodb:GetShardIterator',
            'dynamodb:PutItem',
            'dynamodb:Query',
            'dynamodb:Scan',
            'dynamodb:UpdateItem',
          ],
          Resource: tableArn,
        },
      ],
    });
    // Besides that: only the managed policy every Lambda function needs to write its logs.
    expect(role.Properties).toEqual({
      AssumeRolePolicyDocument: {
        Version: '2012-10-17',
        Statement: [{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' } }],
      },
      ManagedPolicyArns: [
        { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::aws:policy/service-role/AWSLambdaBasicExecutionRole']] },
      ],
    });
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

  it('alarms on any function error and any table throttle within five minutes', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/Lambda',
      MetricName: 'Errors',
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: LOGICAL_IDS.function } }],
      Statistic: 'Sum',
      Period: 300,
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      TreatMissingData: 'notBreaching',
    });
    const throttles = ofType('AWS::CloudWatch::Alarm').find(([, a]) => Array.isArray(a.Properties.Metrics));
    const metrics = throttles?.[1].Properties.Metrics as { MetricStat?: { Metric: unknown; Period: number; Stat: string } }[];
    expect(metrics.flatMap((m) => (m.MetricStat ? [m.MetricStat] : []))).toEqual(
      ['ReadThrottleEvents', 'WriteThrottleEvents'].map((MetricName) => ({
        Metric: { Namespace: 'AWS/DynamoDB', MetricName, Dimensions: [{ Name: 'TableName', Value: table }] },
        Period: 300,
        Stat: 'Sum',
      })),
    );
    expect(throttles?.[1].Properties).toMatchObject({ Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold' });
  });

  it('outputs the function ARN for the skill manifest, and the table name', () => {
    expect(outputs).toEqual({
      SkillFunctionArn: { Description: expect.stringContaining('manifest.apis.custom.endpoint.uri'), Value: functionArn },
      TableName: { Value: table },
    });
  });
});
