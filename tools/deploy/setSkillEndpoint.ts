/**
 * Writes the deployed function's ARN into skill-package/skill.json (manifest.apis.custom.endpoint.uri),
 * so that `ask deploy` points the skill at it. Usage: `npm run skill:endpoint [-- <function ARN>]`;
 * without an argument it reads the ARN from cdk-outputs.json.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OUTPUTS_FILE } from '../../infra/lib/stackNames';
import { functionArnFrom, MANIFEST_PATH, withEndpoint } from './skillManifest';

function main(argument: string | undefined): void {
  const outputsPath = join(__dirname, '..', '..', OUTPUTS_FILE);
  const arn = argument ?? functionArnFrom(existsSync(outputsPath) ? JSON.parse(readFileSync(outputsPath, 'utf8')) : undefined);
  const skill = withEndpoint(JSON.parse(readFileSync(MANIFEST_PATH, 'utf8')), arn);
  writeFileSync(MANIFEST_PATH, `${JSON.stringify(skill, null, 2)}\n`);
  console.log(`skill-package/skill.json: manifest.apis.custom.endpoint.uri = ${arn}`);
}

try {
  main(process.argv[2]);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
