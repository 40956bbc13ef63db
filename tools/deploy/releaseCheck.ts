/**
 * `npm run skill:check`: refuses a skill.json that may not go to Alexa (no function endpoint, or a
 * placeholder privacy notice or terms URL). `npm run skill:deploy` runs it before `ask deploy`.
 */
import { readFileSync } from 'node:fs';
import { MANIFEST_PATH, releaseProblems } from './skillManifest';

const problems = releaseProblems(JSON.parse(readFileSync(MANIFEST_PATH, 'utf8')));
if (problems.length > 0) {
  console.error(`skill-package/skill.json is not ready to deploy:\n${problems.map((p) => `- ${p}`).join('\n')}`);
  console.error('Deploy the stack with the publisher named, then run `npm run skill:endpoint` (see README, "Privacy pages").');
  process.exitCode = 1;
} else {
  console.log('skill-package/skill.json: endpoint and privacy links are set.');
}
