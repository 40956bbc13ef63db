import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import * as lambdaEntry from '../../lambda/index';
import { projectRoot } from '../lib/projectRoot';
import { BUNDLE_DIR, defineSkillApp } from '../lib/skillApp';
import { HANDLER, HANDLER_FILE } from '../lib/skillStack';
import { STACK_NAME } from '../lib/stackNames';
import { appWith, cdkJson, scratchBundle } from './synth';

const root = projectRoot();
const bundle = scratchBundle();
afterAll(() => bundle.remove());

describe('the CDK app', () => {
  it('refuses to synthesize without a skill ID, and says how to pass one', () => {
    expect(() => defineSkillApp(appWith({}), bundle.dir)).toThrow(
      'Missing skill ID. Pass the ID of your skill from the Alexa developer console: `npx cdk deploy -c skillId=amzn1.ask.skill.<id>`',
    );
    expect(() => defineSkillApp(appWith({ skillId: '' }), bundle.dir)).toThrow('Missing skill ID.');
  });

  it('refuses something that is not a skill ID, such as an application name or an ARN', () => {
    for (const wrong of [
      'bekkenbodem-coach',
      'arn:aws:lambda:eu-west-1:123456789012:function:x',
      'amzn1.ask.skill.',
      'amzn1.ask.skill.a b',
    ]) {
      expect(() => defineSkillApp(appWith({ skillId: wrong }), bundle.dir)).toThrow(`Invalid skill ID "${wrong}"`);
    }
  });

  it('refuses to synthesize without the Lambda bundle, and says how to build it', () => {
    const empty = scratchBundle(false);
    expect(() => defineSkillApp(appWith({ skillId: 'amzn1.ask.skill.test' }), empty.dir)).toThrow(
      `No Lambda bundle at ${join(empty.dir, 'index.js')}. Run \`npm run build\` first`,
    );
    empty.remove();
  });

  it('deploys the file `npm run build` writes, and that file’s export is the handler', () => {
    const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(scripts.build).toContain(`--outfile=${BUNDLE_DIR}/${HANDLER_FILE}`);
    expect(HANDLER).toBe(`${basename(HANDLER_FILE, '.js')}.handler`);
    expect(typeof (lambdaEntry as Record<string, unknown>)[HANDLER.split('.')[1]]).toBe('function');
  });

  it('is run by cdk.json after building the bundle, with telemetry and notices off so synth stays offline', () => {
    expect(cdkJson.app).toBe('npx tsx infra/bin/app.ts');
    expect(existsSync(join(root, 'infra', 'bin', 'app.ts'))).toBe(true);
    expect(cdkJson.build).toBe('npm run build');
    expect(cdkJson.notices).toBe(false);
    expect(cdkJson.context['cli-telemetry']).toBe(false);
  });

  it('synthesizes through the pinned CDK CLI from a clean output folder', async () => {
    const out = mkdtempSync(join(tmpdir(), 'cdk-out-'));
    try {
      await promisify(execFile)('npx', ['cdk', 'synth', '-c', 'skillId=amzn1.ask.skill.test', '--no-notices', '--quiet', '-o', out], {
        cwd: root,
        env: { ...process.env, CDK_DISABLE_CLI_TELEMETRY: 'true', CDK_DISABLE_VERSION_CHECK: 'true' },
      });
      const template = JSON.parse(readFileSync(join(out, `${STACK_NAME}.template.json`), 'utf8'));
      expect(template.Resources.SkillFunction.Properties.Environment.Variables.SKILL_ID).toBe('amzn1.ask.skill.test');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});
