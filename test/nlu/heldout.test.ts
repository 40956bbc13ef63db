import { join } from 'node:path';
import { loadModel } from '../../tools/nlu/interactionModel';
import { evaluate, HELDOUT_PATH, isCustom, loadHeldOut, report } from '../../tools/nlu/heldout';
import { FALLBACK_INTENT } from '../../tools/nlu/resolve';

/**
 * The held-out evaluations: how well the real model, through our resolver, understands words it
 * was not written from. Both sets were written by helpers who saw only the intent descriptions,
 * copied here unchanged, and are never tuned on (the dev set, test/nlu/dev.json, is for that):
 * - heldout.json, written in the previous round. Its misses were read once by a template writer
 *   in that round, so its figure may be a little optimistic.
 * - heldout2.json, written on 2026-12-04 before this round's template and resolver work; no one
 *   working on the model has read it.
 * `npm run nlu:report [-- --set test/nlu/heldout2.json]` prints the same figures per intent.
 *
 * Measured at the end of that round (exact stage alone, then both stages):
 *   heldout.json   custom 43.7% -> 94.0% (389/414), alarm 19/19, out of domain 28/28 to the fallback
 *   heldout2.json  custom 50.0% -> 91.9% (316/344), alarm 20/20, out of domain 29/30 to the fallback
 *                  and none to a custom intent (one to a built-in)
 * Before it: 84.5% / 100% / 3 to a custom intent, and 79.1% / 90% / 4.
 */
const model = loadModel();
const sets = [
  { name: 'heldout.json', path: HELDOUT_PATH, builtInOutOfDomain: 0 },
  { name: 'heldout2.json', path: join(__dirname, 'heldout2.json'), builtInOutOfDomain: 1 },
];

describe.each(sets)('the held-out utterances of $name', ({ path, builtInOutOfDomain }) => {
  const evaluation = evaluate(model, loadHeldOut(path));
  const exactOnly = evaluate(model, loadHeldOut(path), { stageTwo: false });
  const share = (s: { right: number; total: number }) => s.right / s.total;
  const outside = evaluation.outOfDomain.filter((o) => o.got !== FALLBACK_INTENT);

  it('reach the right custom intent with the right slots in at least 90% of cases', () => {
    if (share(evaluation.custom) < 0.9) console.log(report(evaluation));
    expect(share(evaluation.custom)).toBeGreaterThanOrEqual(0.9);
  });

  it('never miss an alarm signal', () => {
    const missed = evaluation.outcomes
      .filter((o) => o.expected === 'AlarmSignalIntent' && !o.right)
      .map((o) => `${o.utterance} -> ${o.got}`);
    expect(missed).toEqual([]);
  });

  it('send nothing out of domain to a custom intent', () => {
    expect(outside.filter((o) => isCustom(o.got))).toEqual([]);
  });

  it('send out of domain to a built-in no more often than measured: a request from outside must hear what the skill can do', () => {
    expect(outside.length).toBeLessThanOrEqual(builtInOutOfDomain);
  });

  it('do not slide back in the exact stage alone: at least 43%, and nothing out of domain anywhere but the fallback', () => {
    expect({ exact: share(exactOnly.custom) >= 0.43, outside: exactOnly.outOfDomain.filter((o) => o.got !== FALLBACK_INTENT) }).toEqual({
      exact: true,
      outside: [],
    });
  });
});
