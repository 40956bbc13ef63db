/**
 * npx tsx tools/nlu/chooseThreshold.ts: how CLASSIFIER_SETTINGS.threshold was chosen, on the
 * model's own templates only (no held-out or dev utterance). Grouped five-fold cross-validation:
 * in fold f, every intent's templates number i with i % 5 === f are held back (the fallback's
 * out-of-domain templates too), the classifier is trained on the samples of the others, and the
 * held-back samples no kept template also produces are classified. Holding back whole templates,
 * not single samples, asks for new phrasings rather than a sample's near twin. For each
 * threshold: in-domain samples right (the top intent, at or above the threshold), out-of-domain
 * samples to the fallback (top intent the fallback, or below the threshold), and their mean, the
 * balanced share; the highest balanced share wins, ties to the lower threshold.
 */
import { buildModel, FAMILIES } from '../model/build';
import { expand } from '../model/expand';
import { type ClassifierSettings, CLASSIFIER_SETTINGS, FALLBACK, IntentClassifier, trainingDocuments } from './classifier';
import type { LanguageModel } from './interactionModel';

const FOLDS = 5;
const THRESHOLDS = [0, 0.2, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.9];

/** The settings compared besides the threshold: nlp.js's "none feature" for unknown words, on and off. */
const VARIANTS: readonly { readonly name: string; readonly settings: ClassifierSettings }[] = [
  { name: 'none feature on', settings: { ...CLASSIFIER_SETTINGS, nlu: { ...CLASSIFIER_SETTINGS.nlu, useNoneFeature: true } } },
  { name: 'none feature off', settings: { ...CLASSIFIER_SETTINGS, nlu: { ...CLASSIFIER_SETTINGS.nlu, useNoneFeature: false } } },
];

async function main(): Promise<void> {
  const only = process.argv.includes('--none-feature-off')
    ? VARIANTS.slice(1)
    : process.argv.includes('--none-feature-on')
      ? VARIANTS.slice(0, 1)
      : VARIANTS;
  for (const variant of only) {
    console.log(variant.name);
    await measure(variant.settings);
  }
}

async function measure(settings: ClassifierSettings): Promise<void> {
  const full = buildModel().interactionModel.languageModel;
  const templatesOf = new Map<string, readonly string[]>();
  for (const intent of FAMILIES.flatMap((f) => f.intents)) templatesOf.set(intent.name, intent.templates);
  const seen: { expected: string; top: string; score: number }[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const kept: LanguageModel = {
      ...full,
      intents: full.intents.map((intent) => {
        const templates = (templatesOf.get(intent.name) ?? []).filter((_t, i) => i % FOLDS !== fold);
        return { ...intent, samples: [...new Set(templates.flatMap(expand))] };
      }),
    };
    const heldBack: LanguageModel = {
      ...full,
      intents: full.intents.map((intent, n) => {
        const keptSamples = new Set(kept.intents[n].samples);
        const templates = (templatesOf.get(intent.name) ?? []).filter((_t, i) => i % FOLDS === fold);
        return { ...intent, samples: [...new Set(templates.flatMap(expand))].filter((s) => !keptSamples.has(s)) };
      }),
    };
    const classifier = await IntentClassifier.train(trainingDocuments(kept), settings);
    for (const doc of trainingDocuments(heldBack, { fillsPerSample: 1 })) {
      const { top, score } = classifier.classify(doc.utterance);
      seen.push({ expected: doc.intent, top, score });
    }
    console.error(`fold ${fold + 1}/${FOLDS}: ${seen.length} held-back samples so far`);
  }
  const inDomain = seen.filter((s) => s.expected !== FALLBACK);
  const outside = seen.filter((s) => s.expected === FALLBACK);
  const alarm = seen.filter((s) => s.expected === 'AlarmSignalIntent');
  let best = { threshold: -1, balanced: -1 };
  for (const threshold of THRESHOLDS) {
    const right = inDomain.filter((s) => s.top === s.expected && s.score >= threshold).length;
    const toFallback = outside.filter((s) => s.top === FALLBACK || s.top === 'None' || s.score < threshold).length;
    const alarmRight = alarm.filter((s) => s.top === s.expected && s.score >= threshold).length;
    const balanced = (right / inDomain.length + toFallback / outside.length) / 2;
    if (balanced > best.balanced) best = { threshold, balanced };
    console.log(
      `threshold ${threshold.toFixed(2)}: in-domain ${right}/${inDomain.length}, alarm ${alarmRight}/${alarm.length}, ` +
        `out of domain to the fallback ${toFallback}/${outside.length}, balanced ${(100 * balanced).toFixed(1)}%`,
    );
  }
  console.log(`best: ${best.threshold} (balanced ${(100 * best.balanced).toFixed(1)}%); in use: ${CLASSIFIER_SETTINGS.threshold}`);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 1;
});
