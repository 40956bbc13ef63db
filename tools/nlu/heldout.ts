import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LanguageModel } from './interactionModel';
import { FALLBACK_INTENT, Resolver } from './resolve';

/**
 * The held-out evaluation: utterances written from the intent descriptions only, by someone who
 * never saw the samples. Its header forbids copying them into the model; they only measure it.
 */
export interface HeldOutCase {
  readonly utterance: string;
  readonly intent: string;
  readonly slots?: Readonly<Record<string, string>>;
}

export interface HeldOutSet {
  readonly header: string;
  readonly cases: readonly HeldOutCase[];
  readonly outOfDomain: readonly string[];
}

export const HELDOUT_PATH = join(__dirname, '..', '..', 'test', 'nlu', 'heldout.json');

export function loadHeldOut(path: string = HELDOUT_PATH): HeldOutSet {
  return JSON.parse(readFileSync(path, 'utf8')) as HeldOutSet;
}

export interface Outcome {
  readonly utterance: string;
  readonly expected: string;
  readonly got: string;
  readonly expectedSlots: Readonly<Record<string, string>>;
  readonly gotSlots: Readonly<Record<string, string>>;
  readonly right: boolean;
}

export interface Share {
  readonly right: number;
  readonly total: number;
}

export interface Evaluation {
  readonly outcomes: readonly Outcome[];
  readonly perIntent: ReadonlyMap<string, Share>;
  readonly custom: Share;
  readonly builtIn: Share;
  /** Out-of-domain utterances and where they landed. */
  readonly outOfDomain: readonly { readonly utterance: string; readonly got: string }[];
}

export const isCustom = (intent: string): boolean => !intent.startsWith('AMAZON.');

/** A slot as the handler reads it: the canonical value of a custom type, else what Alexa resolved. */
function slotValues(slots: Readonly<Record<string, { value: string; canonical?: string }>>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, fill] of Object.entries(slots)) values[name] = 'canonical' in fill ? (fill.canonical ?? `?${fill.value}`) : fill.value;
  return values;
}

const sameSlots = (a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>) =>
  JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

/**
 * A number said with its unit ("zes seconden", "acht keer") is one sample of SetStartblokIntent
 * ("{seconds} seconden"), not of NumberAnswerIntent; the model can hold it in one intent only.
 * Wherever the skill asks for a number, lambda/flows/startblok.ts (answerNumber) reads
 * SetStartblokIntent's one number as that answer, honouring the unit where it tells more
 * (test/conversations/startblok.test.ts answers "tot vier" and "zes keer" that way). So an
 * expected NumberAnswerIntent {number: N} is right as SetStartblokIntent with N as its only slot.
 */
function sameNumberAnswer(c: HeldOutCase, intent: string, slots: Readonly<Record<string, string>>): boolean {
  const values = Object.values(slots);
  return c.intent === 'NumberAnswerIntent' && intent === 'SetStartblokIntent' && values.length === 1 && values[0] === c.slots?.number;
}

/** Whether a resolution is what the case expects: the intent with the same slots, or the same number answer. */
export function isRight(
  c: HeldOutCase,
  resolution: { readonly intent: string; readonly slots: Readonly<Record<string, { value: string; canonical?: string }>> },
): boolean {
  const got = slotValues(resolution.slots);
  return (resolution.intent === c.intent && sameSlots(got, c.slots ?? {})) || sameNumberAnswer(c, resolution.intent, got);
}

export const DEV_PATH = join(__dirname, '..', '..', 'test', 'nlu', 'dev.json');

/** `stageTwo: false` measures the exact matcher alone. */
export function evaluate(model: LanguageModel, set: HeldOutSet, options: { readonly stageTwo?: boolean } = {}): Evaluation {
  const resolver = new Resolver(model, options);
  const outcomes = set.cases.map((c): Outcome => {
    const resolution = resolver.resolve(c.utterance);
    return {
      utterance: c.utterance,
      expected: c.intent,
      got: resolution.intent,
      expectedSlots: c.slots ?? {},
      gotSlots: slotValues(resolution.slots),
      right: isRight(c, resolution),
    };
  });
  const perIntent = new Map<string, Share>();
  for (const o of outcomes) {
    const share = perIntent.get(o.expected) ?? { right: 0, total: 0 };
    perIntent.set(o.expected, { right: share.right + (o.right ? 1 : 0), total: share.total + 1 });
  }
  const sum = (filter: (o: Outcome) => boolean): Share => {
    const chosen = outcomes.filter(filter);
    return { right: chosen.filter((o) => o.right).length, total: chosen.length };
  };
  return {
    outcomes,
    perIntent,
    custom: sum((o) => isCustom(o.expected)),
    builtIn: sum((o) => !isCustom(o.expected)),
    outOfDomain: set.outOfDomain.map((utterance) => ({ utterance, got: resolver.resolve(utterance).intent })),
  };
}

export const percent = (share: Share): string =>
  `${((100 * share.right) / Math.max(share.total, 1)).toFixed(1)}% (${share.right}/${share.total})`;

/** The totals in one line: for comparing the exact stage with both stages. */
export function summary(evaluation: Evaluation): string {
  const outside = evaluation.outOfDomain.filter((o) => o.got !== FALLBACK_INTENT);
  return [
    `custom ${percent(evaluation.custom)}`,
    `alarm ${percent(evaluation.perIntent.get('AlarmSignalIntent') ?? { right: 0, total: 0 })}`,
    `built-in ${percent(evaluation.builtIn)}`,
    `OOD->fallback ${percent({ right: evaluation.outOfDomain.length - outside.length, total: evaluation.outOfDomain.length })}`,
    `OOD->custom ${outside.filter((o) => isCustom(o.got)).length}`,
  ].join(', ');
}

/** One line per intent, then the totals: for the test's failure message and for npm run nlu:report. */
export function report(evaluation: Evaluation): string {
  const lines = [...evaluation.perIntent.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([intent, share]) => `${intent.padEnd(28)} ${percent(share)}`);
  const outside = evaluation.outOfDomain.filter((o) => o.got !== FALLBACK_INTENT);
  return [
    ...lines,
    '',
    `custom intents, overall      ${percent(evaluation.custom)}`,
    `built-in intents, overall    ${percent(evaluation.builtIn)}`,
    `AlarmSignalIntent            ${percent(evaluation.perIntent.get('AlarmSignalIntent') ?? { right: 0, total: 0 })}`,
    `out of domain -> fallback    ${percent({ right: evaluation.outOfDomain.length - outside.length, total: evaluation.outOfDomain.length })}`,
    `out of domain -> custom      ${outside.filter((o) => isCustom(o.got)).length}`,
  ].join('\n');
}
