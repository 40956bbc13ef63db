import { readFileSync } from 'node:fs';
import type { LanguageModel } from './interactionModel';
import { loadModel } from './interactionModel';
import { type ClassifierSettings, CLASSIFIER_SETTINGS, IntentClassifier } from './classifier';

/**
 * Trains the classifier of a model into the file cache (.cache/nlu/). With `--stdin`:
 * `{ model, settings }` as JSON on stdin (IntentClassifier.forModelSync); without: the
 * generated nl-NL model, e.g. `npx tsx tools/nlu/trainClassifier.ts` after `npm run model`.
 */
async function main(): Promise<void> {
  const given = process.argv.includes('--stdin')
    ? (JSON.parse(readFileSync(0, 'utf8')) as { model: LanguageModel; settings: ClassifierSettings })
    : { model: loadModel(), settings: CLASSIFIER_SETTINGS };
  await IntentClassifier.forModel(given.model, given.settings);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 1;
});
