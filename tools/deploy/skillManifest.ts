import { join } from 'node:path';
import { OUTPUT, OUTPUTS_FILE, STACK_NAME } from '../../infra/lib/stackNames';

export const SKILL_PACKAGE = join(__dirname, '..', '..', 'skill-package');
export const MANIFEST_PATH = join(SKILL_PACKAGE, 'skill.json');

/** Only the part of skill.json the deploy step writes; the rest passes through untouched. */
export interface SkillManifest {
  readonly manifest: {
    readonly apis: { readonly custom: { readonly endpoint?: { readonly uri: string } } & Record<string, unknown> } & Record<
      string,
      unknown
    >;
  } & Record<string, unknown>;
}

/** An unqualified function ARN: Alexa calls the latest code, so a redeploy needs no manifest change. */
export const LAMBDA_ARN = /^arn:aws:lambda:[a-z]{2}(-[a-z]+)+-\d:\d{12}:function:[A-Za-z0-9_-]+$/;

/** The function answers requests and, where the skill subscribes to events (SKILL_DISABLED), those too. */
export function withEndpoint(skill: SkillManifest, functionArn: string): SkillManifest {
  if (!LAMBDA_ARN.test(functionArn)) {
    throw new Error(`Not a Lambda function ARN: "${functionArn}". Expected arn:aws:lambda:<region>:<account>:function:<name>.`);
  }
  const { apis, events } = skill.manifest as SkillManifest['manifest'] & { events?: Record<string, unknown> };
  return {
    ...skill,
    manifest: {
      ...skill.manifest,
      apis: { ...apis, custom: { ...apis.custom, endpoint: { uri: functionArn } } },
      ...(events ? { events: { ...events, endpoint: { uri: functionArn } } } : {}),
    },
  };
}

/** The function ARN from the file `npx cdk deploy --outputs-file` wrote. */
export function functionArnFrom(outputs: unknown): string {
  const arn = (outputs as Record<string, Record<string, unknown> | undefined> | undefined)?.[STACK_NAME]?.[OUTPUT.functionArn];
  if (typeof arn !== 'string') {
    throw new Error(
      `${OUTPUTS_FILE} has no ${STACK_NAME}.${OUTPUT.functionArn}. ` +
        `Run \`npx cdk deploy -c skillId=<id> --outputs-file ${OUTPUTS_FILE}\` first, or pass the ARN: \`npm run skill:endpoint -- <arn>\`.`,
    );
  }
  return arn;
}
