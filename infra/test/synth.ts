import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { projectRoot } from '../lib/projectRoot';
import { defineSkillApp } from '../lib/skillApp';
import { HANDLER_FILE } from '../lib/skillStack';

export const SKILL_ID = 'amzn1.ask.skill.11111111-2222-3333-4444-555555555555';

/** The feature flags in cdk.json, so the tests see the template the CLI would deploy. */
export const cdkJson = JSON.parse(readFileSync(join(projectRoot(), 'cdk.json'), 'utf8')) as {
  app: string;
  build: string;
  notices: boolean;
  context: Record<string, unknown>;
};

export const appWith = (context: Record<string, unknown>) => new App({ context: { ...cdkJson.context, ...context } });

/** A stand-in for dist/lambda, so the tests need no build: the template does not look inside. */
export function scratchBundle(withHandler = true): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'skill-bundle-'));
  if (withHandler) writeFileSync(join(dir, HANDLER_FILE), 'exports.handler = async () => ({});\n');
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface CfnResource {
  readonly Type: string;
  readonly Properties: Record<string, unknown>;
  readonly DeletionPolicy?: string;
  readonly UpdateReplacePolicy?: string;
}

export function synthTemplate(bundleDir: string, skillId: string = SKILL_ID) {
  const stack = defineSkillApp(appWith({ skillId }), bundleDir);
  const template = Template.fromStack(stack);
  const json = template.toJSON() as { Resources: Record<string, CfnResource>; Outputs: Record<string, unknown> };
  const ofType = (type: string) => Object.entries(json.Resources).filter(([, r]) => r.Type === type);
  return { stack, template, resources: json.Resources, outputs: json.Outputs, ofType };
}
