import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadModel } from '../../tools/nlu/interactionModel';
import { evaluate, figures, HELDOUT_PATH, loadHeldOut, report } from '../../tools/nlu/heldout';

/**
 * The held-out evaluations: how well the real model understands words it was not written from,
 * through the exact stage alone (the lower bound) and with the classifier (nlp.js, trained on
 * the model's samples; tools/nlu/classifier.ts). No set is tuned on:
 * - heldout.json, written in an earlier round; its misses were read once by a template writer
 *   then, so its figure may be a little optimistic.
 * - heldout2.json, written on 2026-12-04 before that round's template work.
 * - heldout3.json, heldout4.json and heldout5.json (issue 20's second, third and fourth rounds),
 *   each written by another independent writer from personas (spoken style, fillers, hedges,
 *   numbers as Alexa transcribes them) and the intent descriptions, before that round's model
 *   work; no one writing templates has read them, and only aggregate figures of them are ever
 *   printed (`--misses` refuses them). heldout4 and heldout5 name no slots, so their cases are
 *   judged by the intent (slotsAnnotated: false). Cases of intents the model does not have yet
 *   are counted apart.
 * `npm run nlu:report -- --set test/nlu/<set>.json` prints the same figures per intent; each
 * round's figures, before and after, are in docs/understanding.md ("Measured").
 *
 * Each figure is a floor at the value last measured (a count of cases right, the totals being
 * fixed), so a model or classifier change cannot lower it unseen; the out-of-domain figures are
 * ceilings. Raise them when the model improves. Lowered in the open, not silently: in the third
 * round, heldout.json's out-of-domain ceiling 0 -> 2; in the fourth, the old sets' classifier
 * floors by one to four cases (heldout.json 386 -> 383 with slots, 392 -> 388 by intent, 66 -> 65
 * built-in; heldout3.json's replies 133 -> 131), while their exact figures, which issue 20 asks
 * them to keep, held or rose; in the fifth, with the classifier's character n-grams and that
 * round's samples (each chosen on the development sets and the cross-validation, the held-out
 * sets measured once, after): heldout.json 383 -> 382 with slots, heldout2.json 324 -> 320 with
 * slots and 326 -> 322 by intent, heldout3.json's replies 131 -> 129, heldout4.json's alarm
 * signals 31 -> 30 and one out-of-domain sentence to a built-in intent (0 -> 1), heldout5.json's
 * replies 114 -> 112, while the by-intent figures of heldout3-5 rose by 11, 7 and 8 cases. In the
 * sixth (the first classifier's alarm kept against a weaker choice of the second, weakRescue, and
 * that round's samples; measured once, after) every floor held or rose, none lowered. In the
 * seventh (clauseAlarm and that round's samples; measured after those choices, and once more
 * after a last pass of alarm sentences chosen on the development sets alone, kept whatever the
 * held-out sets said): heldout.json 396 -> 395 by intent, heldout4.json 466 -> 466 and its alarm
 * signals 30 -> 30 (31 before the last pass), heldout5.json 433 -> 431 and its alarm signals
 * 32 -> 31, while heldout3.json rose by 5 by intent and heldout2.json by 6. Health remarks
 * reaching any custom intent are held from that round on (0 on heldout3-5: they are out of the
 * domain, like the other out-of-domain sentences). In the eighth (that round's samples, written
 * against four new development sets, and a slot filler that takes a retracted number back; the
 * held-out sets measured once, after): heldout.json 390 -> 388 with slots, 395 -> 393 by intent,
 * 66 -> 65 built-in, heldout4.json 466 -> 464 and its replies 119 -> 118, while heldout3.json rose
 * by 4 by intent (5 with slots) and a reply, heldout2.json by 1 and heldout5.json by 2.
 */
interface Floors {
  readonly name: string;
  readonly exact: { readonly custom: number; readonly alarm: number };
  readonly classifier: {
    readonly custom: number;
    readonly alarm: number;
    readonly builtIn: number;
    readonly replies?: number;
    /** Custom cases whose intent is right, whatever the slots. */
    readonly intent: number;
  };
  /** Out-of-domain sentences reaching a custom intent, and reaching any intent, under the classifier. */
  readonly outOfDomainToCustom: number;
  readonly outOfDomainElsewhere: number;
  readonly healthToAlarm?: number;
  /** Health remarks are out of the domain too: reaching a custom intent (the alarm included). */
  readonly healthToCustom?: number;
}

const model = loadModel();
const sets: readonly Floors[] = [
  {
    name: 'heldout.json',
    exact: { custom: 192, alarm: 14 },
    classifier: { custom: 388, alarm: 19, builtIn: 65, intent: 393 },
    outOfDomainToCustom: 2,
    outOfDomainElsewhere: 2,
  },
  {
    name: 'heldout2.json',
    exact: { custom: 191, alarm: 12 },
    classifier: { custom: 328, alarm: 19, builtIn: 57, intent: 329 },
    outOfDomainToCustom: 0,
    outOfDomainElsewhere: 1,
  },
  {
    // Of 658 custom cases and 144 replies.
    name: 'heldout3.json',
    exact: { custom: 58, alarm: 4 },
    classifier: { custom: 566, alarm: 31, builtIn: 0, replies: 136, intent: 609 },
    outOfDomainToCustom: 0,
    outOfDomainElsewhere: 0,
    healthToAlarm: 0,
    healthToCustom: 0,
  },
  {
    // Of 500 custom cases and 127 replies; judged by the intent (no slots named).
    name: 'heldout4.json',
    exact: { custom: 61, alarm: 1 },
    classifier: { custom: 464, alarm: 30, builtIn: 0, replies: 118, intent: 464 },
    outOfDomainToCustom: 0,
    outOfDomainElsewhere: 1,
    healthToAlarm: 0,
    healthToCustom: 0,
  },
  {
    // Of 451 custom cases and 116 replies; judged by the intent (no slots named).
    name: 'heldout5.json',
    exact: { custom: 107, alarm: 8 },
    classifier: { custom: 433, alarm: 31, builtIn: 0, replies: 115, intent: 433 },
    outOfDomainToCustom: 0,
    outOfDomainElsewhere: 0,
    healthToAlarm: 0,
    healthToCustom: 0,
  },
];

const pathOf = (name: string) => (name === 'heldout.json' ? HELDOUT_PATH : join(__dirname, name));

describe.each(sets.filter((s) => existsSync(pathOf(s.name))))('the held-out utterances of $name', (floors) => {
  const set = loadHeldOut(pathOf(floors.name));
  const withClassifier = figures(evaluate(model, set));
  const exactOnly = figures(evaluate(model, set, { classifier: false }));

  it('reach the right custom intent with the right slots no less often than measured, exact stage alone and with the classifier', () => {
    const measured = {
      exact: { custom: exactOnly.custom.right, alarm: exactOnly.alarm.right },
      classifier: {
        custom: withClassifier.custom.right,
        alarm: withClassifier.alarm.right,
        builtIn: withClassifier.builtIn.right,
        intent: withClassifier.customIntent.right,
        ...(floors.classifier.replies === undefined ? {} : { replies: withClassifier.replies.right }),
      },
    };
    const below = (got: Record<string, number>, floor: Record<string, number | undefined>) =>
      Object.entries(floor).filter(([k, v]) => v !== undefined && got[k] < v);
    const misses = [...below(measured.exact, floors.exact), ...below(measured.classifier, floors.classifier)];
    if (misses.length) console.log(report(evaluate(model, set)));
    expect(misses).toEqual([]);
  });

  it('send out of domain to a custom intent, or anywhere but the fallback, no more often than measured', () => {
    expect({
      toCustom: withClassifier.outOfDomainToCustom <= floors.outOfDomainToCustom,
      elsewhere: withClassifier.outOfDomainToFallback.total - withClassifier.outOfDomainToFallback.right <= floors.outOfDomainElsewhere,
      exactStage: exactOnly.outOfDomainToFallback.right === exactOnly.outOfDomainToFallback.total,
    }).toEqual({ toCustom: true, elsewhere: true, exactStage: true });
  });

  it('send health remarks that are no alarm signal to the alarm, or to any custom intent, no more often than measured', () => {
    expect(withClassifier.healthToAlarm).toBeLessThanOrEqual(floors.healthToAlarm ?? 0);
    expect(withClassifier.healthToCustom).toBeLessThanOrEqual(floors.healthToCustom ?? 0);
  });
});
