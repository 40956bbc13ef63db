import { loadModel } from '../nlu/interactionModel';
import { evaluate, loadHeldOut, report } from '../nlu/heldout';

/**
 * npm run nlu:report [-- path/to/nl-NL.json] [-- --misses]: the held-out shares per intent, so
 * figures can be quoted. A measurement; the thresholds live in test/nlu/heldout.test.ts.
 */
const args = process.argv.slice(2);
const modelPath = args.find((a) => !a.startsWith('--'));
const evaluation = evaluate(loadModel(modelPath), loadHeldOut());
console.log(report(evaluation));
if (args.includes('--misses')) {
  console.log('');
  for (const o of evaluation.outcomes.filter((x) => !x.right)) {
    console.log(`MISS ${o.expected} <- "${o.utterance}" got ${o.got} ${JSON.stringify(o.gotSlots)} want ${JSON.stringify(o.expectedSlots)}`);
  }
  for (const o of evaluation.outOfDomain.filter((x) => x.got !== 'AMAZON.FallbackIntent')) console.log(`OOD "${o.utterance}" got ${o.got}`);
}
