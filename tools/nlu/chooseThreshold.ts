/**
 * npx tsx tools/nlu/chooseThreshold.ts [--folds 3] [--cap N] [--strip|--no-strip] [--alarm T]
 * [--select evenly|novel] [--pairs off|features|choose] [--none|--no-none] [--epochs N]
 * [--char-grams chooser|both|off] [--gram-size N] [--gram-weight W] [--rescue S] [--weak-rescue B/S|off]
 * [--clause-alarm S|off]:
 * how CLASSIFIER_SETTINGS were chosen, on the model's own templates only (no held-out or dev
 * utterance). Grouped k-fold cross-validation: in fold f, every intent's templates number i with
 * i % k === f are held back (the fallback's out-of-domain templates too), the classifier is
 * trained on the samples of the others, and the held-back samples no kept template also produces
 * are classified. Holding back whole templates, not single samples, asks for new phrasings
 * rather than a sample's near twin. For each threshold: in-domain samples right (the top intent,
 * at or above the threshold), the mean of that share over the intents (macro: an intent of
 * thousands of samples counts as one), the mean of that share over the held-back templates (per
 * template: a sentence written once counts as much as a cross-product of a hundred, nearer to
 * how people's own sentences each come once), AlarmSignalIntent's recall, in-domain and out-of-domain
 * samples wrongly sent to the alarm, out-of-domain samples to the fallback (top intent the
 * fallback, or below the threshold), and the balanced share: the mean of in-domain right and
 * out-of-domain to the fallback; the highest balanced share wins, ties to the lower threshold.
 * The classified folds are cached in .cache/nlu/ under the settings and the model, so printing
 * again costs nothing.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildModel, FAMILIES } from '../model/build';
import { expand } from '../model/expand';
import {
  type ClassifierSettings,
  CLASSIFIER_SETTINGS,
  decide,
  DECISION_ONLY,
  FALLBACK,
  FILLERS,
  IntentClassifier,
  trainingDocuments,
} from './classifier';
import type { LanguageModel } from './interactionModel';

const THRESHOLDS = [0, 0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9];
const ALARM = 'AlarmSignalIntent';
/** --rescue S: the rescue score decide() is given (CLASSIFIER_SETTINGS.rescueScore by default). */
const RESCUE = Number(option('--rescue') ?? CLASSIFIER_SETTINGS.rescueScore);
/** --weak-rescue B/S (or off): the weak rescue decide() is given (CLASSIFIER_SETTINGS.weakRescue by default). */
const WEAK = weakRescue();
/** --clause-alarm S (or off): the clause alarm decide() is given (CLASSIFIER_SETTINGS.clauseAlarm by default). */
const CLAUSE_ALARM = clauseAlarm();
const CACHE_DIR = join(__dirname, '..', '..', '.cache', 'nlu');

interface Seen {
  readonly expected: string;
  readonly top: string;
  readonly score: number;
  readonly template: string;
  readonly chosen?: string;
  readonly chosenScore?: number;
  readonly clauseAlarm?: number;
}

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at < 0 ? undefined : process.argv[at + 1];
}

/** --NAME on, --no-NAME off, else the default. */
function flag(name: string, otherwise: boolean): boolean {
  return process.argv.includes(`--${name}`) ? true : process.argv.includes(`--no-${name}`) ? false : otherwise;
}

function weakRescue(): ClassifierSettings['weakRescue'] {
  const given = option('--weak-rescue');
  if (given === undefined) return CLASSIFIER_SETTINGS.weakRescue;
  if (given === 'off') return undefined;
  const [fallbackBelow, score, below] = given.split('/');
  return { fallbackBelow: Number(fallbackBelow), score: Number(score), belowThreshold: below === 'below' };
}

function clauseAlarm(): number | undefined {
  const given = option('--clause-alarm');
  if (given === undefined) return CLASSIFIER_SETTINGS.clauseAlarm;
  return given === 'off' ? undefined : Number(given);
}

/** --char-grams chooser|both|off [--gram-size N] [--gram-weight W]: CLASSIFIER_SETTINGS.charGrams, changed. */
function charGrams(): ClassifierSettings['charGrams'] {
  const where = option('--char-grams');
  const chosen = CLASSIFIER_SETTINGS.charGrams ?? { in: 'chooser', size: 4, weight: 0.2 };
  if (where === 'off' || (where === undefined && !CLASSIFIER_SETTINGS.charGrams)) return undefined;
  return {
    in: (where as 'chooser' | 'both' | undefined) ?? chosen.in,
    size: Number(option('--gram-size') ?? chosen.size),
    weight: Number(option('--gram-weight') ?? chosen.weight),
  };
}

async function main(): Promise<void> {
  const folds = Number(option('--folds') ?? 3);
  const settings: ClassifierSettings = {
    ...CLASSIFIER_SETTINGS,
    maxPerIntent: Number(option('--cap') ?? CLASSIFIER_SETTINGS.maxPerIntent),
    maxAlarm: option('--alarm-cap') === undefined ? CLASSIFIER_SETTINGS.maxAlarm : Number(option('--alarm-cap')),
    perTemplate: option('--per-template') === undefined ? CLASSIFIER_SETTINGS.perTemplate : Number(option('--per-template')),
    stripFillers: flag('strip', CLASSIFIER_SETTINGS.stripFillers),
    selection: (option('--select') as ClassifierSettings['selection'] | undefined) ?? CLASSIFIER_SETTINGS.selection,
    pairs: (option('--pairs') as ClassifierSettings['pairs'] | undefined) ?? CLASSIFIER_SETTINGS.pairs,
    charGrams: charGrams(),
    nlu: { ...CLASSIFIER_SETTINGS.nlu, useNoneFeature: flag('none', CLASSIFIER_SETTINGS.nlu.useNoneFeature) },
    // --epochs N: exactly N passes over the corpus (no early stop on a small change of the error).
    network:
      option('--epochs') === undefined
        ? CLASSIFIER_SETTINGS.network
        : { ...CLASSIFIER_SETTINGS.network, iterations: Number(option('--epochs')), deltaErrorThresh: 0 },
  };
  const alarmThresholds = option('--alarm') === undefined ? [undefined] : [undefined, Number(option('--alarm'))];
  const seen = await crossValidate(settings, folds);
  console.log(
    `${folds} folds, cap ${settings.maxPerIntent} (${settings.selection}), fillers ${settings.stripFillers ? 'dropped' : 'kept'}, ` +
      `pairs ${settings.pairs}, character n-grams ${settings.charGrams ? JSON.stringify(settings.charGrams) : 'off'}, none feature ${settings.nlu.useNoneFeature ? 'on' : 'off'}, ` +
      `at most ${settings.network.iterations} epochs${settings.network.deltaErrorThresh > 0 ? ' (early stop)' : ''}`,
  );
  for (const alarmThreshold of alarmThresholds) report(seen, alarmThreshold);
  if (process.argv.includes('--per-intent')) perIntent(seen, CLASSIFIER_SETTINGS.threshold, CLASSIFIER_SETTINGS.alarmThreshold);
}

async function crossValidate(settings: ClassifierSettings, folds: number): Promise<Seen[]> {
  const full = buildModel().interactionModel.languageModel;
  const key = createHash('sha256')
    .update(
      JSON.stringify({
        // 3: each held-back sample keeps its clauses' alarm score (clauseAlarm).
        version: 3,
        folds,
        settings: { ...settings, ...DECISION_ONLY },
        fillers: FILLERS,
        // The documents too: how slots are filled (slotFill.ts) is not in the model.
        documents: trainingDocuments(full, settings),
        full,
      }),
    )
    .digest('hex')
    .slice(0, 16);
  const path = join(CACHE_DIR, `crossValidation-${key}.json`);
  if (existsSync(path)) return JSON.parse(readFileSync(path, 'utf8')) as Seen[];
  const templatesOf = new Map<string, readonly string[]>();
  for (const intent of FAMILIES.flatMap((f) => f.intents)) templatesOf.set(intent.name, intent.templates);
  const seen: Seen[] = [];
  for (let fold = 0; fold < folds; fold++) {
    const kept: LanguageModel = {
      ...full,
      intents: full.intents.map((intent) => {
        const templates = (templatesOf.get(intent.name) ?? []).filter((_t, i) => i % folds !== fold);
        return { ...intent, samples: [...new Set(templates.flatMap(expand))] };
      }),
    };
    // Each held-back sample remembers its template: "per template" counts every phrasing once.
    const templateOf: string[] = [];
    const heldBack: LanguageModel = {
      ...full,
      intents: full.intents.map((intent, n) => {
        const keptSamples = new Set(kept.intents[n].samples);
        const samples = new Map<string, string>();
        (templatesOf.get(intent.name) ?? []).forEach((template, i) => {
          if (i % folds !== fold) return;
          for (const sample of expand(template))
            if (!keptSamples.has(sample) && !samples.has(sample)) samples.set(sample, `${intent.name}#${i}`);
        });
        templateOf.push(...samples.values());
        return { ...intent, samples: [...samples.keys()] };
      }),
    };
    const started = Date.now();
    const classifier = await IntentClassifier.train(trainingDocuments(kept, settings), settings);
    trainingDocuments(heldBack, { fillsPerSample: 1 }).forEach((doc, i) => {
      const { top, score, chosen, chosenScore, clauseAlarm } = classifier.classify(doc.utterance);
      seen.push({ expected: doc.intent, top, score, template: templateOf[i], chosen, chosenScore, clauseAlarm });
    });
    console.error(`fold ${fold + 1}/${folds}: ${seen.length} held-back samples so far, ${Math.round((Date.now() - started) / 1000)} s`);
  }
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(path, JSON.stringify(seen));
  return seen;
}

function share(part: number, whole: number): string {
  return `${((100 * part) / Math.max(whole, 1)).toFixed(1)}%`;
}

function report(seen: readonly Seen[], alarmThreshold: number | undefined): void {
  const inDomain = seen.filter((s) => s.expected !== FALLBACK);
  const outside = seen.filter((s) => s.expected === FALLBACK);
  const alarm = inDomain.filter((s) => s.expected === ALARM);
  const intents = [...new Set(inDomain.map((s) => s.expected))];
  let best = { threshold: -1, balanced: -1 };
  if (alarmThreshold !== undefined) console.log(`AlarmSignalIntent taken from ${alarmThreshold} on:`);
  for (const threshold of THRESHOLDS) {
    const taken = (s: Seen): string | undefined => {
      const intent = decide(s, {
        threshold,
        alarmThreshold: alarmThreshold ?? threshold,
        rescueScore: RESCUE,
        weakRescue: WEAK,
        clauseAlarm: CLAUSE_ALARM,
      });
      return intent === FALLBACK ? undefined : intent;
    };
    const right = inDomain.filter((s) => taken(s) === s.expected).length;
    const macro = intents.reduce((sum, name) => {
      const own = inDomain.filter((s) => s.expected === name);
      return sum + own.filter((s) => taken(s) === name).length / own.length;
    }, 0);
    const byTemplate = new Map<string, { right: number; all: number }>();
    for (const s of inDomain) {
      const counts = byTemplate.get(s.template) ?? { right: 0, all: 0 };
      counts.all += 1;
      if (taken(s) === s.expected) counts.right += 1;
      byTemplate.set(s.template, counts);
    }
    const perTemplate = [...byTemplate.values()].reduce((sum, c) => sum + c.right / c.all, 0);
    const toFallback = outside.filter((s) => taken(s) === undefined).length;
    const alarmRight = alarm.filter((s) => taken(s) === ALARM).length;
    const falseAlarms = seen.filter((s) => s.expected !== ALARM && taken(s) === ALARM).length;
    const outsideAlarms = outside.filter((s) => taken(s) === ALARM).length;
    const balanced = (right / inDomain.length + toFallback / outside.length) / 2;
    if (balanced > best.balanced) best = { threshold, balanced };
    console.log(
      `threshold ${threshold.toFixed(2)}: in-domain ${share(right, inDomain.length)} (macro ${share(macro, intents.length)}, per template ${share(perTemplate, byTemplate.size)}), ` +
        `alarm ${alarmRight}/${alarm.length} (${share(alarmRight, alarm.length)}), false alarms ${falseAlarms} (${outsideAlarms} out of domain), ` +
        `out of domain to the fallback ${share(toFallback, outside.length)} of ${outside.length}, balanced ${share(balanced, 1)}`,
    );
  }
  console.log(`best: ${best.threshold} (balanced ${share(best.balanced, 1)}); in use: ${CLASSIFIER_SETTINGS.threshold}`);
}

function perIntent(seen: readonly Seen[], threshold: number, alarmThreshold: number): void {
  const names = [...new Set(seen.map((s) => s.expected))].sort();
  for (const name of names) {
    const own = seen.filter((s) => s.expected === name);
    const right = own.filter(
      (s) => decide(s, { threshold, alarmThreshold, rescueScore: RESCUE, weakRescue: WEAK, clauseAlarm: CLAUSE_ALARM }) === name,
    );
    console.log(`${name}: ${share(right.length, own.length)} of ${own.length}`);
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 1;
});
