import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JOURNEYS } from './journeys';
import { recordJourney, replayJson, SKILL_ID_PLACEHOLDER } from './replays';

/**
 * npm run replays [-- --skill-id amzn1.ask.skill.…]: writes test/replay/<journey>.json, one
 * `ask dialog --replay` file per main journey, with our handler's answers beside the lines.
 * Then: ask dialog --replay test/replay/training.json (needs your skill ID in the file).
 */
export const REPLAY_DIR = join(__dirname, '..', '..', 'test', 'replay');

async function main(): Promise<void> {
  const index = process.argv.indexOf('--skill-id');
  const skillId = index >= 0 ? process.argv[index + 1] : SKILL_ID_PLACEHOLDER;
  if (!skillId?.startsWith('amzn1.ask.skill.')) throw new Error('--skill-id needs an ID like amzn1.ask.skill.…');
  mkdirSync(REPLAY_DIR, { recursive: true });
  for (const journey of JOURNEYS) {
    const path = join(REPLAY_DIR, `${journey.name}.json`);
    writeFileSync(path, replayJson(await recordJourney(journey, skillId)));
    console.log(`${path}: ${journey.lines.length} lines (${journey.title})`);
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
