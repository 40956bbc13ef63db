import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JOURNEYS } from '../../tools/replay/journeys';
import type { ReplayFile } from '../../tools/replay/replays';
import { recordJourney } from '../../tools/replay/replays';
import { loadModel } from '../../tools/nlu/interactionModel';
import { documentedInvocation } from '../../tools/nlu/resolve';
import { Conversation } from '../helpers/conversation';
import { useDatabase } from '../helpers/database';
import { testSkill } from '../helpers/skill';
import { turn } from '../helpers/transcript';

/**
 * The `ask dialog --replay` files in test/replay/ (npm run replays). Their format is ask-cli
 * v2's "Format for the Replay file":
 *   https://github.com/alexa/ask-cli/blob/develop/docs/concepts/Dialog-Command.md
 * with skillId, locale, type "text" and userInput. The CLI reads those four fields only
 * (lib/model/dialog-replay-file.ts), requires a non-blank skillId and locale and refuses an
 * empty userInput line (lib/commands/dialog/index.ts), so `expectedAnswers` rides along unread.
 */
const database = useDatabase();
const model = loadModel();
const REPLAY_DIR = join(__dirname);

function stored(name: string): ReplayFile {
  return JSON.parse(readFileSync(join(REPLAY_DIR, `${name}.json`), 'utf8')) as ReplayFile;
}

describe.each(JOURNEYS.map((j) => [j.name, j] as const))('replay %s', (name, journey) => {
  it('has the documented format', () => {
    const file = stored(name) as unknown as Record<string, unknown>;
    expect(Object.keys(file).sort()).toEqual(['expectedAnswers', 'locale', 'skillId', 'type', 'userInput']);
    expect(file.skillId).toMatch(/^amzn1\.ask\.skill\.[0-9a-f-]+$/);
    expect(file.locale).toBe('nl-NL');
    expect(file.type).toBe('text');
    const inputs = file.userInput as unknown[];
    expect(inputs.length).toBeGreaterThan(0);
    for (const input of inputs) expect(typeof input === 'string' && input.trim() === input && input.length > 0).toBe(true);
  });

  it('is not stale: the handler still gives the recorded answers (else run npm run replays)', async () => {
    const file = stored(name);
    expect(await recordJourney(journey, file.skillId)).toEqual(file);
  });

  it('reaches the skill on every line: after a closed session the next line opens it again', () => {
    const file = stored(name);
    file.userInput.forEach((line, i) => {
      // Only the nl-NL forms Amazon documents: a replay is what a tester types in the console.
      const opens = documentedInvocation(line, model.invocationName) !== undefined;
      if (i === 0 || file.expectedAnswers[i - 1].sessionEnds) expect({ line, opens }).toEqual({ line, opens: true });
    });
  });

  it('reads as a transcript on DynamoDB Local, every answer within Alexa’s limits', async () => {
    const file = stored(name);
    // As recorded: the production skill, which asks for consent.
    const c = new Conversation(testSkill(database().store, { askConsent: true }).skill, `amzn1.ask.account.replay-${name}`);
    for (const expected of file.expectedAnswers) {
      await turn(c, expected.userInput, { A: expected.alexa, R: expected.reprompt, end: expected.sessionEnds });
    }
  });
});
