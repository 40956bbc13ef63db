import { loadModel } from '../nlu/interactionModel';
import { DEV_PATH, evaluate, loadHeldOut, report, summary } from '../nlu/heldout';

/**
 * npm run nlu:report [-- path/to/nl-NL.json] [-- --misses] [-- --dev | --set path/to/set.json]:
 * the held-out shares per intent (with both resolver stages), then the totals of the exact stage
 * alone and of both, so figures can be quoted. `--dev` measures test/nlu/dev.json instead, the set
 * the model and the second stage are tuned on; `--set` any set of the same shape. A measurement;
 * the thresholds live in test/nlu/heldout.test.ts.
 */
const args = process.argv.slice(2);
const setAt = args.indexOf('--set');
const setPath = setAt >= 0 ? args[setAt + 1] : args.includes('--dev') ? DEV_PATH : undefined;
const modelPath = args.find((a, i) => !a.startsWith('--') && i !== setAt + 1);
const model = loadModel(modelPath);
const set = loadHeldOut(setPath);
const evaluation = evaluate(model, set);
console.log(report(evaluation));
console.log('');
console.log(`exact stage only:      ${summary(evaluate(model, set, { stageTwo: false }))}`);
console.log(`with the second stage: ${summary(evaluation)}`);
if (args.includes('--misses')) {
  console.log('');
  for (const o of evaluation.outcomes.filter((x) => !x.right)) {
    console.log(
      `MISS ${o.expected} <- "${o.utterance}" got ${o.got} ${JSON.stringify(o.gotSlots)} want ${JSON.stringify(o.expectedSlots)}`,
    );
  }
  for (const o of evaluation.outOfDomain.filter((x) => x.got !== 'AMAZON.FallbackIntent')) console.log(`OOD "${o.utterance}" got ${o.got}`);
}
