import { CfnOutput, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import type { StackProps } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { TABLE } from '../../lambda/persistence/table';
import { addAlarms } from './alarms';
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
 * up as a Lambda timeout in the logs instead of a silent gap on the device.
 */
export const FUNCTION_LIMITS = { timeout: Duration.seconds(7), memorySize: 512 } as const;

export const LOG_RETENTION = logs.RetentionDays.ONE_MONTH;

export interface SkillStackProps extends StackProps {
  /** The Alexa skill ID: the only skill allowed to invoke the function. */
  readonly skillId: string;
  /** The folder with the esbuild bundle (`npm run build` writes dist/lambda). */
  readonly bundleDir: string;
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
      // Users' progress outlives the stack: `cdk destroy` leaves the table for you to delete.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    (this.table.node.defaultChild as dynamodb.CfnTable).overrideLogicalId(LOGICAL_IDS.table);

    // The logs hold request types and intent names only (see lambda/skill/log.ts), so they go with the stack.
    const logGroup = new logs.LogGroup(this, 'Logs', { retention: LOG_RETENTION, removalPolicy: RemovalPolicy.DESTROY });

    this.function = new lambda.Function(this, 'Function', {
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      code: lambda.Code.fromAsset(props.bundleDir),
      handler: HANDLER,
      ...FUNCTION_LIMITS,
      logGroup,
      environment: { TABLE_NAME: this.table.tableName, SKILL_ID: props.skillId },
      description: 'Bekkenbodem coach: the Alexa skill handler',
    });
    (this.function.node.defaultChild as lambda.CfnFunction).overrideLogicalId(LOGICAL_IDS.function);
    this.table.grantReadWriteData(this.function);

    // Without the token any skill could invoke the function; the code checks the ID again (SKILL_ID).
    this.function.addPermission('AlexaSkillsKitTrigger', {
      principal: new iam.ServicePrincipal('alexa-appkit.amazon.com'),
      action: 'lambda:InvokeFunction',
      eventSourceToken: props.skillId,
    });

    addAlarms(this, this.function, this.table);
    new PrivacyPages(this, 'PrivacyPages');

    new CfnOutput(this, OUTPUT.functionArn, {
      value: this.function.functionArn,
      description: 'The skill endpoint: manifest.apis.custom.endpoint.uri in skill-package/skill.json',
    });
    new CfnOutput(this, OUTPUT.tableName, { value: this.table.tableName });
  }
}
