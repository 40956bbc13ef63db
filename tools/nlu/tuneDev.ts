/**
 * npx tsx tools/nlu/tuneDev.ts [-- --wide]: the grid the second stage's tuning was chosen from, on
 * test/nlu/dev.json only (never on a held-out set). For each setting of the structural weights,
 * and each threshold and margin: the dev cases right (intent and slots, both stages, as
 * nlu:report counts them), alarm signals right, and dev out-of-domain sentences that reach a
 * custom intent. Printed: for 0 to 4 such leaks, the settings with the most dev cases right.
 */
import { loadModel } from './interactionModel';
import { DEV_PATH, evaluate, isCustom, isRight, loadHeldOut } from './heldout';
import { normalize, Resolver } from './resolve';
import { accepts, SimilarityIndex, TUNING, type Scored, type Tuning } from './similar';

const model = loadModel();
const set = loadHeldOut(DEV_PATH);
const wide = process.argv.includes('--wide');
const grid = {
  functionWeight: wide ? [0.3, 0.5, 0.7] : [TUNING.functionWeight],
  bigramWeight: wide ? [0.25, 0.5] : [TUNING.bigramWeight],
  unknownWeight: [0.75, 1],
  utteranceShare: [0.4, 0.5],
  vocabularyShare: [0, 0.2, 0.3, 0.4, 0.5],
};
const thresholds = [0.35, 0.4, 0.45, 0.5, 0.55, 0.6];
const margins = [0, 0.01, 0.02, 0.03, 0.05];

/** The exact stage decides first; only its misses are scored, so each setting scores them once. */
const exact = new Resolver(model, { stageTwo: false });
const exactRight = evaluate(model, set, { stageTwo: false }).outcomes;
const open = set.cases.filter((c) => exact.matchExactly(c.utterance) === undefined);
const rows: { tuning: Tuning; right: number; alarm: number; leaks: number }[] = [];
for (const functionWeight of grid.functionWeight)
  for (const bigramWeight of grid.bigramWeight)
    for (const unknownWeight of grid.unknownWeight)
      for (const utteranceShare of grid.utteranceShare)
        for (const vocabularyShare of grid.vocabularyShare) {
          const base = { ...TUNING, functionWeight, bigramWeight, unknownWeight, utteranceShare, vocabularyShare };
          const index = new SimilarityIndex(model, normalize, base);
          const scored = open.map((c) => ({ c, s: index.score(normalize(c.utterance)) }));
          const ood = set.outOfDomain.filter((u) => exact.matchExactly(u) === undefined).map((u) => index.score(normalize(u)));
          for (const threshold of thresholds)
            for (const margin of margins) {
              const tuning = { ...base, threshold, margin };
              const accepted = (s: Scored | undefined): s is Scored => !!s && accepts(tuning, s.score, s.runnerUp);
              const secondRight = scored.filter(({ c, s }) => accepted(s) && isRight(c, s));
              const right =
                exactRight.filter((o) => o.right && isCustom(o.expected)).length + secondRight.filter(({ c }) => isCustom(c.intent)).length;
              const alarm =
                exactRight.filter((o) => o.right && o.expected === 'AlarmSignalIntent').length +
                secondRight.filter(({ c }) => c.intent === 'AlarmSignalIntent').length;
              const leaks = ood.filter((s) => accepted(s) && isCustom(s.intent)).length;
              rows.push({ tuning, right, alarm, leaks });
            }
        }

const customTotal = set.cases.filter((c) => isCustom(c.intent)).length;
const alarmTotal = set.cases.filter((c) => c.intent === 'AlarmSignalIntent').length;
const show = (r: (typeof rows)[number]) =>
  `right ${r.right}/${customTotal} alarm ${r.alarm}/${alarmTotal} leaks ${r.leaks}/${set.outOfDomain.length}  ${JSON.stringify(r.tuning)}`;
console.log(
  'current:',
  show(rows.find((r) => JSON.stringify(r.tuning) === JSON.stringify(TUNING)) ?? { tuning: TUNING, right: -1, alarm: -1, leaks: -1 }),
);
for (const maxLeaks of [0, 1, 2, 3, 4]) {
  const best = rows
    .filter((r) => r.leaks <= maxLeaks)
    .sort((a, b) => b.right - a.right || b.alarm - a.alarm || a.leaks - b.leaks)
    .slice(0, 2);
  console.log(`\nat most ${maxLeaks} leaks:`);
  for (const r of best) console.log(show(r));
}
