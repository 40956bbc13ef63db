import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { App } from 'aws-cdk-lib';
import { DEFAULT_REGION } from '../../lambda/persistence/table';
import { projectRoot } from './projectRoot';
import { HANDLER_FILE, SkillStack } from './skillStack';
import { STACK_NAME } from './stackNames';

/** Where `npm run build` writes the Lambda bundle, relative to the project root. */
export const BUNDLE_DIR = join('dist', 'lambda');

const SKILL_ID_PATTERN = /^amzn1\.ask\.skill\.[0-9A-Za-z-]+$/;

/**
 * The skill ID becomes the Lambda trigger's EventSourceToken, so only that skill can invoke the
 * function. Without it the stack would either be open to every skill or useless: refuse to synth.
 */
export function requireSkillId(value: unknown): string {
  if (value === undefined || value === null || value === '') {
    throw new Error(
      'Missing skill ID. Pass the ID of your skill from the Alexa developer console: ' +
        '`npx cdk deploy -c skillId=amzn1.ask.skill.<id>` (or `cdk synth -c skillId=…`).',
    );
  }
  if (typeof value !== 'string' || !SKILL_ID_PATTERN.test(value)) {
    throw new Error(`Invalid skill ID "${String(value)}": expected amzn1.ask.skill.<id>, as shown in the Alexa developer console.`);
  }
  return value;
}

function optionalCount(value: unknown): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`Invalid reservedConcurrency "${String(value)}": expected a whole number, 1 or more.`);
  return n;
}

export function requireBundle(bundleDir: string): string {
  if (!existsSync(join(bundleDir, HANDLER_FILE))) {
    throw new Error(
      `No Lambda bundle at ${join(bundleDir, HANDLER_FILE)}. Run \`npm run build\` first (the cdk CLI does so through cdk.json).`,
    );
  }
  return bundleDir;
}

/**
 * The whole app, from the `-c skillId=…` context value. Europe's Alexa endpoint sits in
 * eu-west-1, which is also where the code looks for its table by default.
 */
export function defineSkillApp(app: App, bundleDir: string = join(projectRoot(), BUNDLE_DIR)): SkillStack {
  return new SkillStack(app, STACK_NAME, {
    skillId: requireSkillId(app.node.tryGetContext('skillId')),
    bundleDir: requireBundle(bundleDir),
    reservedConcurrency: optionalCount(app.node.tryGetContext('reservedConcurrency')),
    env: { region: DEFAULT_REGION },
    description: 'Bekkenbodem coach Alexa skill: DynamoDB table, Lambda function and the Alexa Skills Kit trigger',
  });
}
