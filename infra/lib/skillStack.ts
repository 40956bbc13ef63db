import { CfnOutput, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import type { StackProps } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { TABLE } from '../../lambda/persistence/table';
import { addAlarms } from './alarms';
import { addHandoff } from './handoff';
import { PrivacyPages } from './privacyPages';
import { OUTPUT } from './stackNames';

/** The bundle's file and export, as `npm run build` writes them. */
export const HANDLER_FILE = 'index.js';
export const HANDLER = 'index.handler';

/**
 * Pinned logical IDs: a new table would start empty, and a new function would get a new ARN that
 * the skill manifest no longer points at. Refactoring the construct tree must change neither.
 */
export const LOGICAL_IDS = { table: 'SkillTable', function: 'SkillFunction' } as const;

/**
 * Alexa gives a skill 8 seconds to answer. The function stops before that, so a slow turn shows
 * up as a Lambda timeout in the logs instead of a silent gap on the device. The turn's own
 * deadline (4 s, lambda/skill/persist.ts) plus the hand-off at a session's end (1.2 s) stay
 * well inside these 7 s.
 */
export const FUNCTION_LIMITS = { timeout: Duration.seconds(7), memorySize: 512 } as const;

/**
 * A ceiling on concurrent turns: a cost and blast-radius guardrail (the Throttles alarm says
 * when it is reached). Override with `-c reservedConcurrency=N`; an account must keep 100
 * unreserved, so a new account with a low quota may need a quota increase first.
 */
export const DEFAULT_RESERVED_CONCURRENCY = 20;

/** The only DynamoDB actions the code sends (lambda/persistence/dynamoUserStore.ts). No Scan. */
export const TABLE_ACTIONS = ['dynamodb:BatchWriteItem', 'dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:UpdateItem'] as const;

/**
 * Node.js 24: the newest Lambda runtime aws-cdk-lib 2.276 offers (Runtime.NODEJS_24_X), with
 * standard support until 2028; Node 22's ends on 30 April 2027. The bundle is plain ES2022
 * built by esbuild (--target=node24) and the pinned AWS SDK supports it; local tools run on Node 20.
 */
export const RUNTIME = lambda.Runtime.NODEJS_24_X;

export const LOG_RETENTION = logs.RetentionDays.ONE_MONTH;

export interface SkillStackProps extends StackProps {
  /** The Alexa skill ID: the only skill allowed to invoke the function. */
  readonly skillId: string;
  /** The folder with the esbuild bundle (`npm run build` writes dist/lambda). */
  readonly bundleDir: string;
  readonly reservedConcurrency?: number;
}

export class SkillStack extends Stack {
  readonly table: dynamodb.Table;
  readonly function: lambda.Function;

  constructor(scope: Construct, id: string, props: SkillStackProps) {
    super(scope, id, props);

    this.table = new dynamodb.Table(this, 'Table', {
      partitionKey: { name: TABLE.partitionKey, type: dynamodb.AttributeType.STRING },
      sortKey: { name: TABLE.sortKey, type: dynamodb.AttributeType.STRING },
      timeToLiveAttribute: TABLE.ttlAttribute,
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      encryption: dynamodb.TableEncryption.AWS_MANAGED,
      // Users' progress outlives the stack: `cdk destroy` leaves the table for you to delete,
      // and no console click or API call deletes it while deletion protection is on.
      removalPolicy: RemovalPolicy.RETAIN,
      deletionProtection: true,
    });
    (this.table.node.defaultChild as dynamodb.CfnTable).overrideLogicalId(LOGICAL_IDS.table);

    // The logs hold request types and intent names only (see lambda/skill/log.ts), so they go with the stack.
    const logGroup = new logs.LogGroup(this, 'Logs', { retention: LOG_RETENTION, removalPolicy: RemovalPolicy.DESTROY });

    // Its own role: logs only to its own log group (not the managed policy's logs:* on "*").
    const role = new iam.Role(this, 'FunctionRole', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    role.addToPolicy(
      new iam.PolicyStatement({ actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [`${logGroup.logGroupArn}:*`] }),
    );
    role.addToPolicy(new iam.PolicyStatement({ actions: [...TABLE_ACTIONS], resources: [this.table.tableArn] }));

    this.function = new lambda.Function(this, 'Function', {
      runtime: RUNTIME,
      architecture: lambda.Architecture.ARM_64,
      code: lambda.Code.fromAsset(props.bundleDir),
      handler: HANDLER,
      ...FUNCTION_LIMITS,
      role,
      logGroup,
      reservedConcurrentExecutions: props.reservedConcurrency ?? DEFAULT_RESERVED_CONCURRENCY,
      environment: { TABLE_NAME: this.table.tableName, SKILL_ID: props.skillId },
      description: 'Bekkenbodem coach: the Alexa skill handler',
    });
    (this.function.node.defaultChild as lambda.CfnFunction).overrideLogicalId(LOGICAL_IDS.function);
    const handoff = addHandoff(this, this.function);

    // Without the token any skill could invoke the function; the code checks the ID again (SKILL_ID).
    this.function.addPermission('AlexaSkillsKitTrigger', {
      principal: new iam.ServicePrincipal('alexa-appkit.amazon.com'),
      action: 'lambda:InvokeFunction',
      eventSourceToken: props.skillId,
    });

    const alarmTopic = addAlarms(this, {
      fn: this.function,
      table: this.table,
      deadLetters: handoff.deadLetters,
      handoff: handoff.queue,
    });
    new PrivacyPages(this, 'PrivacyPages');

    new CfnOutput(this, OUTPUT.functionArn, {
      value: this.function.functionArn,
      description: 'The skill endpoint: manifest.apis.custom.endpoint.uri in skill-package/skill.json',
    });
    new CfnOutput(this, OUTPUT.tableName, { value: this.table.tableName });
    new CfnOutput(this, OUTPUT.alarmTopic, {
      value: alarmTopic.topicArn,
      description:
        'Subscribe to be told of alarms: aws sns subscribe --protocol email --notification-endpoint you@example.org --topic-arn <this>',
    });
  }
}
