import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { containerBootstrap } from '@nlpjs/core';
import { LangNl, NormalizerNl, StemmerNl, TokenizerNl } from '@nlpjs/lang-nl';
import { NluNeural, type Classification } from '@nlpjs/nlu';
import type { LanguageModel } from './interactionModel';
import { slotWords } from './slotFill';

/**
 * The resolver's second stage and the evaluation's classifier: nlp.js's intent classifier
 * (`@nlpjs/nlu`, the one inside `@nlpjs/nlp`; https://github.com/axa-group/nlp.js, MIT) with its
 * Dutch normaliser, tokenizer and Snowball stemmer (`@nlpjs/lang-nl`). A bag of stemmed words
 * into one perceptron per intent, plus nlp.js's "none feature" for words it never saw. We did not
 * write it and do not tune it on held-out data; what we choose is written in CLASSIFIER_SETTINGS.
 *
 * It learns from the interaction model itself: every sample of every intent, slot samples filled
 * with real words of their slot type (so "ik wil staand oefenen" is a document, not "{position}"),
 * and the AMAZON.FallbackIntent samples as the out-of-domain class. Training is deterministic
 * (nlp.js starts every weight at zero and walks the corpus in order) and takes seconds, so the
 * trained classifier is kept in `.cache/nlu/` (gitignored), named by a hash of its corpus and
 * settings: a changed model trains anew, an unchanged one loads in milliseconds.
 *
 * Synchronous on purpose: the resolver is, and so are its callers (the simulator, the
 * conversation tests). nlp.js's own `process` is async only because its pipeline may be; the
 * Dutch steps are not, so `classify` runs the same steps as `NluNeural.process` without the
 * spell check (off by default) in one call.
 */
export interface ClassifierSettings {
  readonly threshold: number;
  readonly fillsPerSample: number;
  readonly nlu: {
    readonly locale: string;
    readonly useNoneFeature: boolean;
    readonly keepStopwords: boolean;
    readonly spellCheck: boolean;
    readonly log: boolean;
  };
  readonly network: Readonly<Record<string, number>>;
}

export const CLASSIFIER_SETTINGS: ClassifierSettings = {
  /**
   * Below this normalised score (nlp.js squares each intent's output and divides by their sum),
   * the top intent is not taken: AMAZON.FallbackIntent, as an unsure Alexa would. Chosen by
   * grouped cross-validation over the model's own templates (npx tsx tools/nlu/chooseThreshold.ts):
   * five times, a fifth of each intent's templates held back, the classifier trained on the
   * rest, the held-back samples (and held-back fallback samples) classified; the threshold
   * with the highest balanced share (in-domain samples right, out-of-domain samples to the
   * fallback, each counted as half) wins. No held-out or dev utterance is used. Run it again when
   * the model changes much: on the model before issue 20's templates it chose 0.7 (balanced
   * 82.6%); on the final model of issue 20 (14,685 samples; 14,280 held-back samples) 0.6:
   * 70.7% of in-domain samples right, 88.6% of out-of-domain samples to the fallback, balanced
   * 79.7% (0.5: 72.7% / 85.6%, 79.2%; 0.7: 67.7% / 90.8%, 79.3%).
   * nlp.js's "none feature" (unknown words push towards None) was compared the same way: off
   * scored 80.5%, 0.3 points more, within noise, so nlp.js's default (on) stays; off also sent
   * "ik hou van appeltaart" to StopIntent (test/nlu/classifier.test.ts).
   */
  threshold: 0.6,
  /** Each slot sample is trained this many times, with different values of its slot types. */
  fillsPerSample: 2,
  /** nlp.js's own defaults, written out so a new version cannot change them unseen. */
  nlu: { locale: 'nl', useNoneFeature: true, keepStopwords: true, spellCheck: false, log: false },
  /** nlp.js's neural network defaults (@nlpjs/neural 4.x), likewise. */
  network: { iterations: 20000, errorThresh: 0.00005, deltaErrorThresh: 0.000001, learningRate: 0.6, momentum: 0.5, alpha: 0.07 },
};

export const FALLBACK = 'AMAZON.FallbackIntent';
const CACHE_DIR = join(__dirname, '..', '..', '.cache', 'nlu');
/** nlp.js's version, in the cache key: a new version trains anew. */
const VERSION = (JSON.parse(readFileSync(require.resolve('@nlpjs/nlu/package.json'), 'utf8')) as { version: string }).version;

export interface Document {
  readonly utterance: string;
  readonly intent: string;
}

/** The training documents of a model: its samples with slots filled, fallback samples included. */
export function trainingDocuments(model: LanguageModel, settings: { readonly fillsPerSample: number } = CLASSIFIER_SETTINGS): Document[] {
  const documents: Document[] = [];
  for (const intent of model.intents) {
    let turn = 0;
    for (const sample of intent.samples) {
      const fills = sample.includes('{') ? settings.fillsPerSample : 1;
      for (let f = 0; f < fills; f++) {
        const utterance = sample.replace(/\{(\w+)\}/g, (_whole, slot: string) => {
          const words = slotWords(model, intent, slot);
          turn += 1;
          return words[turn % words.length];
        });
        documents.push({ utterance, intent: intent.name });
      }
    }
  }
  return documents;
}

export interface Classified {
  /** The intent taken: the top one, or AMAZON.FallbackIntent below the threshold. */
  readonly intent: string;
  /** The top intent and its normalised score, whether taken or not. */
  readonly top: string;
  readonly score: number;
}

const normalizer = new NormalizerNl();
const tokenizer = new TokenizerNl();
const stemmer = new StemmerNl();

/** nlp.js's Dutch preparation, synchronously: normalise, tokenise, stem, one feature per stem. */
function features(text: string): Record<string, number> {
  const tokens: Record<string, number> = {};
  for (const stem of stemmer.stem(tokenizer.tokenize(normalizer.normalize(text), false))) tokens[stem] = 1;
  return tokens;
}

/** NluNeural whose preparation is ours above, so training and classifying cannot differ. */
class DutchNlu extends NluNeural {
  prepare(text: string): Record<string, number> {
    return features(text);
  }

  /**
   * nlp.js 4.x forgets its "None" class when it loads a saved classifier (Nlu.fromJSON lists the
   * intents without it, while a freshly trained one adds it in convertToArray): added back, so a
   * cached classifier scores exactly as the trained one (test/nlu/classifier.test.ts).
   */
  fromJSON(json: unknown): void {
    super.fromJSON(json);
    if (this.intentsArr && !this.intentsArr.includes('None')) this.intentsArr.push('None');
  }
}

function newNlu(settings: ClassifierSettings): DutchNlu {
  const container = containerBootstrap();
  container.use(LangNl);
  return new DutchNlu({ ...settings.nlu, ...settings.network }, container);
}

/** One loaded classifier per model object: the conversation tests build many resolvers of one model. */
const loadedFor = new WeakMap<LanguageModel, IntentClassifier>();

export class IntentClassifier {
  private constructor(
    private readonly nlu: DutchNlu,
    private readonly settings: ClassifierSettings,
  ) {}

  /** Trains on the documents (nothing cached). */
  static async train(documents: readonly Document[], settings: ClassifierSettings = CLASSIFIER_SETTINGS): Promise<IntentClassifier> {
    const nlu = newNlu(settings);
    await nlu.train(documents.map((d) => ({ utterance: d.utterance, intent: d.intent })));
    return new IntentClassifier(nlu, settings);
  }

  /** The classifier of a model from the file cache, or undefined when it was never trained. */
  static cached(model: LanguageModel, settings: ClassifierSettings = CLASSIFIER_SETTINGS): IntentClassifier | undefined {
    const path = cachePath(model, settings);
    if (!existsSync(path)) return undefined;
    const nlu = newNlu(settings);
    nlu.fromJSON(JSON.parse(readFileSync(path, 'utf8')));
    return new IntentClassifier(nlu, settings);
  }

  /** The classifier of a model: from the file cache, else trained and written there. */
  static async forModel(model: LanguageModel, settings: ClassifierSettings = CLASSIFIER_SETTINGS): Promise<IntentClassifier> {
    const cached = IntentClassifier.cached(model, settings);
    if (cached) return cached;
    const classifier = await IntentClassifier.train(trainingDocuments(model, settings), settings);
    const path = cachePath(model, settings);
    mkdirSync(CACHE_DIR, { recursive: true });
    // Written aside and renamed: parallel test workers never read half a file.
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(classifier.nlu.toJSON()));
    renameSync(temporary, path);
    return classifier;
  }

  /**
   * The classifier of a model, synchronously for the resolver: from the file cache, else trained
   * in a child process (tools/nlu/trainClassifier.ts, the model on its stdin) that fills the cache.
   * Jest's global setup trains the real model's once, before the workers start.
   */
  static forModelSync(model: LanguageModel, settings: ClassifierSettings = CLASSIFIER_SETTINGS): IntentClassifier {
    const loaded = settings === CLASSIFIER_SETTINGS ? loadedFor.get(model) : undefined;
    if (loaded) return loaded;
    const classifier = IntentClassifier.trainedSync(model, settings);
    if (settings === CLASSIFIER_SETTINGS) loadedFor.set(model, classifier);
    return classifier;
  }

  private static trainedSync(model: LanguageModel, settings: ClassifierSettings): IntentClassifier {
    const cached = IntentClassifier.cached(model, settings);
    if (cached) return cached;
    execFileSync(process.execPath, [require.resolve('tsx/cli'), join(__dirname, 'trainClassifier.ts'), '--stdin'], {
      input: JSON.stringify({ model, settings }),
      stdio: ['pipe', 'ignore', 'inherit'],
    });
    const trained = IntentClassifier.cached(model, settings);
    if (!trained) throw new Error('the classifier could not be trained');
    return trained;
  }

  /** Every intent's normalised score for a text, best first. */
  scores(text: string): Classification[] {
    const input = { locale: 'nl', text, settings: this.nlu.settings, tokens: features(text) };
    let output = this.nlu.textToFeatures(input);
    output = this.nlu.innerProcess(output);
    output = this.nlu.filterNonActivated(output);
    output = this.nlu.normalizeClassifications(output);
    return output.classifications ?? [];
  }

  classify(text: string): Classified {
    const [best] = this.scores(text);
    const top = best?.intent ?? 'None';
    const score = best?.score ?? 0;
    const taken = top !== 'None' && score >= this.settings.threshold;
    return { intent: taken ? top : FALLBACK, top, score };
  }
}

function cachePath(model: LanguageModel, settings: ClassifierSettings): string {
  const hash = createHash('sha256')
    .update(VERSION)
    .update(JSON.stringify({ ...settings, threshold: undefined }))
    .update(JSON.stringify(trainingDocuments(model, settings)))
    .digest('hex')
    .slice(0, 16);
  return join(CACHE_DIR, `classifier-${hash}.json`);
}
