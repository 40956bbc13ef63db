import { loadModel } from '../../tools/nlu/interactionModel';
import { evaluate, isCustom, loadHeldOut, report } from '../../tools/nlu/heldout';
import { FALLBACK_INTENT } from '../../tools/nlu/resolve';

/**
 * The held-out evaluation (test/nlu/heldout.json, copied unchanged from the writer who saw only
 * the intent descriptions): how well the real model, through our resolver, understands words it
 * was not written from. `npm run nlu:report` prints the same figures per intent, for the exact
 * stage alone and with the second stage (tools/nlu/similar.ts, tuned on test/nlu/dev.json only).
 *
 * Measured once after the second stage was tuned on the dev set: custom 84.5% (350/414), alarm
 * 100% (19/19), built-ins 93.0% (66/71), out of domain 25/28 to the fallback and 3 to a custom
 * intent (exact stage alone: 40.6%, 73.7%, 77.5%, 28/28). The alarm target is met and asserted.
 * The targets still missed are marked `.failing` so that the gap stays visible without turning
 * `npm test` red: the day one is met, jest fails that test, and `.failing` must go. The floors
 * just below the measured values keep the figures from sliding back meanwhile. Do not tune the
 * second stage on this file: add to the dev set instead.
 */
const model = loadModel();
const heldOut = loadHeldOut();
const evaluation = evaluate(model, heldOut);
const exactOnly = evaluate(model, heldOut, { stageTwo: false });
const share = (s: { right: number; total: number }) => s.right / s.total;
const alarm = evaluation.perIntent.get('AlarmSignalIntent') ?? { right: 0, total: 1 };
const outside = evaluation.outOfDomain.filter((o) => o.got !== FALLBACK_INTENT);

describe('the held-out utterances', () => {
  it.failing('TARGET: reach the right custom intent with the right slots in at least 90% of cases', () => {
    if (share(evaluation.custom) < 0.9) console.log(report(evaluation));
    expect(share(evaluation.custom)).toBeGreaterThanOrEqual(0.9);
  });

  it('never miss an alarm signal', () => {
    const missed = evaluation.outcomes.filter((o) => o.expected === 'AlarmSignalIntent' && !o.right).map((o) => `${o.utterance} -> ${o.got}`);
    expect(missed).toEqual([]);
  });

  it('do not slide back: at least 84% of custom-intent cases and every alarm signal; the exact stage alone at least 40%', () => {
    expect({ custom: share(evaluation.custom) >= 0.84, alarm: share(alarm), exact: share(exactOnly.custom) >= 0.4 }).toEqual({ custom: true, alarm: 1, exact: true });
  });

  it('the exact stage alone sends nothing out of domain anywhere but the fallback', () => {
    expect(exactOnly.outOfDomain.filter((o) => o.got !== FALLBACK_INTENT)).toEqual([]);
  });

  it.failing('TARGET: send nothing out of domain to a custom intent; the fallback is right for all of them', () => {
    // A built-in would be tolerated only with a reason written here. None is: a request from
    // outside the skill must hear what the skill can do, not stop, pause or repeat anything.
    expect(outside.filter((o) => isCustom(o.got))).toEqual([]);
    expect(outside).toEqual([]);
  });

  it('do not slide back out of domain: at most 3 of them reach anything but the fallback', () => {
    expect(outside.length).toBeLessThanOrEqual(3);
  });
});
