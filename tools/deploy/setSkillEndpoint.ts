/**
 * Writes the deployed function's ARN into skill-package/skill.json (manifest.apis.custom.endpoint.uri)
 * and the deployed privacy notice and terms (manifest.privacyAndCompliance), so that `npm run
 * skill:deploy` points the skill at them. Usage: `npm run skill:endpoint [-- <function ARN>]`; the
 * page URLs always come from cdk-outputs.json, and the ARN too when no argument is given.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OUTPUTS_FILE } from '../../infra/lib/stackNames';
import { functionArnFrom, MANIFEST_PATH, pageUrlsFrom, withEndpoint, withPrivacyUrls } from './skillManifest';

function main(argument: string | undefined): void {
  const outputsPath = join(__dirname, '..', '..', OUTPUTS_FILE);
  const outputs: unknown = existsSync(outputsPath) ? JSON.parse(readFileSync(outputsPath, 'utf8')) : undefined;
  const arn = argument ?? functionArnFrom(outputs);
  const urls = pageUrlsFrom(outputs);
  const skill = withPrivacyUrls(withEndpoint(JSON.parse(readFileSync(MANIFEST_PATH, 'utf8')), arn), urls);
  writeFileSync(MANIFEST_PATH, `${JSON.stringify(skill, null, 2)}\n`);
  console.log(`skill-package/skill.json: manifest.apis.custom.endpoint.uri = ${arn}`);
  console.log(`skill-package/skill.json: privacyPolicyUrl = ${urls.privacyPolicyUrl}, termsOfUseUrl = ${urls.termsOfUseUrl}`);
}

try {
  main(process.argv[2]);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
