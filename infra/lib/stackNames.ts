/**
 * Names the deploy steps share: the CDK app writes them, tools/deploy reads the outputs file.
 * Plain data, so reading them does not load aws-cdk-lib.
 */
export const STACK_NAME = 'BekkenbodemCoach';

export const OUTPUT = { functionArn: 'SkillFunctionArn', tableName: 'TableName', alarmTopic: 'AlarmTopicArn' } as const;

/** What `npx cdk deploy --outputs-file` writes, at the project root. */
export const OUTPUTS_FILE = 'cdk-outputs.json';
