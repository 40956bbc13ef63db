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
  /** Who says it (heldout3.json on): a key of the set's personas. */
  readonly persona?: string;
}

/** A reply to one of the coach's own questions: the context says which. */
export interface HeldOutReply extends HeldOutCase {
  readonly context: string;
}

export interface HeldOutSet {
  readonly header: string;
  readonly cases: readonly HeldOutCase[];
  readonly outOfDomain: readonly string[];
  /** heldout3.json on: replies in context, and out-of-domain sentences about health that are no alarm signal. */
  readonly replies?: readonly HeldOutReply[];
  readonly healthOutOfDomain?: readonly string[];
  readonly personas?: unknown;
  /**
   * False when the writer named no slot values (heldout4.json, dev4.json): its cases are judged
   * by the intent alone, as an unannotated case would otherwise count every filled slot as wrong.
   */
  readonly slotsAnnotated?: boolean;
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
  /** The intent right (or read alike in its context), whatever the slots. */
  readonly rightIntent: boolean;
  /** Right only because the handler reads the intent it got as the one expected (see sameReading). */
  readonly sameReading?: string;
  readonly context?: string;
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
  /** Cases (and replies) whose intent the model does not have yet: counted apart, not as misses. */
  readonly notInModel: ReadonlyMap<string, number>;
  /** Replies to the coach's questions, each judged in its context. */
  readonly replies: readonly Outcome[];
  readonly healthOutOfDomain: readonly { readonly utterance: string; readonly got: string }[];
}

export const isCustom = (intent: string): boolean => !intent.startsWith('AMAZON.');

type Resolved = { readonly intent: string; readonly slots: Readonly<Record<string, { value: string; canonical?: string }>> };

/** A slot as the handler reads it: the canonical value of a custom type, else what Alexa resolved. */
function slotValues(slots: Resolved['slots']): Record<string, string> {
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
 * expected NumberAnswerIntent {number: N} is right as SetStartblokIntent with N as its only slot;
 * judged by the intent alone (`withValue` false: a set whose writer named no numbers, or the
 * right-intent figure), with one number as its only slot, whatever it is.
 */
function sameNumberAnswer(c: HeldOutCase, intent: string, slots: Readonly<Record<string, string>>, withValue = true): boolean {
  const values = Object.values(slots);
  if (c.intent !== 'NumberAnswerIntent' || values.length !== 1 || (withValue && values[0] !== c.slots?.number)) return false;
  // Nought in words ("geen enkele keer") fills NumberAnswerIntent's `none` slot, read as 0 (handlers/slots.ts countSlot).
  return intent === 'SetStartblokIntent' || (intent === 'NumberAnswerIntent' && slots.none === '0');
}

/**
 * Intents one handler reads alike, so a reply reaching the other is the same answer there:
 * lambda/handlers/answers.ts (YesHandler) takes AMAZON.YesIntent, NextIntent and ResumeIntent
 * as one "yes, go on" wherever a question is open, except during the self-test, where
 * lambda/handlers/selfTest.ts (WHILE_ASKING) asks the question again on "next" and "resume";
 * lambda/handlers/session.ts (StopHandler) and the self-test's table take StopIntent and
 * CancelIntent alike everywhere; while the coach waits for "klaar" (getReady),
 * lambda/handlers/training.ts (StartTrainingHandler) takes StartTrainingIntent ("ja ik zit", "ik
 * lig") as the go-ahead, in the position said.
 */
const READ_ALIKE: readonly {
  readonly intents: readonly string[];
  readonly except?: readonly string[];
  /** Only in these contexts; its slots do not matter there. */
  readonly only?: readonly string[];
  readonly where: string;
}[] = [
  {
    intents: ['AMAZON.YesIntent', 'AMAZON.NextIntent', 'AMAZON.ResumeIntent'],
    except: ['selfTest'],
    where: 'yes/next/resume (YesHandler)',
  },
  { intents: ['AMAZON.StopIntent', 'AMAZON.CancelIntent'], where: 'stop/cancel (StopHandler)' },
  { intents: ['AMAZON.YesIntent', 'StartTrainingIntent'], only: ['ready'], where: 'ready in a position (StartTrainingHandler)' },
];

/** Why a reply that reached another intent is still the expected answer in its context; undefined when it is not. */
export function sameReading(context: string, c: HeldOutCase, resolution: Resolved, withSlots = true): string | undefined {
  const got = slotValues(resolution.slots);
  if (sameNumberAnswer(c, resolution.intent, got, withSlots)) return 'number via SetStartblokIntent (answerNumber)';
  const alike = READ_ALIKE.find(
    (r) =>
      !r.except?.includes(context) &&
      (r.only ? r.only.includes(context) : sameSlots(got, {})) &&
      r.intents.includes(c.intent) &&
      r.intents.includes(resolution.intent),
  );
  return alike?.where;
}

/** Whether a resolution is what the case expects: the intent with the same slots, or the same number answer. */
export function isRight(c: HeldOutCase, resolution: Resolved, withSlots = true): boolean {
  const got = slotValues(resolution.slots);
  return (
    (resolution.intent === c.intent && (!withSlots || sameSlots(got, c.slots ?? {}))) ||
    sameNumberAnswer(c, resolution.intent, got, withSlots)
  );
}

/**
 * `classifier: false` measures the exact matcher alone (the lower bound); by default the exact
 * stage and, where no sample fits, the classifier (what the simulator does).
 */
export function evaluate(model: LanguageModel, set: HeldOutSet, options: { readonly classifier?: boolean } = {}): Evaluation {
  const resolver = new Resolver(model, options);
  const known = new Set(model.intents.map((i) => i.name));
  const notInModel = new Map<string, number>();
  const inModel = <T extends HeldOutCase>(c: T): boolean => {
    if (known.has(c.intent)) return true;
    notInModel.set(c.intent, (notInModel.get(c.intent) ?? 0) + 1);
    return false;
  };
  const withSlots = set.slotsAnnotated ?? true;
  const outcomeOf = (c: HeldOutCase, resolution: Resolved, right: boolean, rightIntent: boolean): Outcome => ({
    utterance: c.utterance,
    expected: c.intent,
    got: resolution.intent,
    expectedSlots: c.slots ?? {},
    gotSlots: slotValues(resolution.slots),
    right,
    rightIntent,
  });
  const outcomes = set.cases.filter(inModel).map((c): Outcome => {
    const resolution = resolver.resolve(c.utterance);
    return outcomeOf(c, resolution, isRight(c, resolution, withSlots), isRight(c, resolution, false));
  });
  const replies = (set.replies ?? []).filter(inModel).map((c): Outcome => {
    const resolution = resolver.resolve(c.utterance);
    const exactly = isRight(c, resolution, withSlots) && resolution.intent === c.intent;
    const reading = exactly ? undefined : sameReading(c.context, c, resolution, withSlots);
    const right = exactly || reading !== undefined;
    return {
      ...outcomeOf(c, resolution, right, right || isRight(c, resolution, false)),
      sameReading: reading,
      context: c.context,
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
  const landed = (utterance: string) => ({ utterance, got: resolver.resolve(utterance).intent });
  return {
    outcomes,
    perIntent,
    custom: sum((o) => isCustom(o.expected)),
    builtIn: sum((o) => !isCustom(o.expected)),
    outOfDomain: set.outOfDomain.map(landed),
    notInModel,
    replies,
    healthOutOfDomain: (set.healthOutOfDomain ?? []).map(landed),
  };
}

export const percent = (share: Share): string =>
  `${((100 * share.right) / Math.max(share.total, 1)).toFixed(1)}% (${share.right}/${share.total})`;

const shareOf = (outcomes: readonly Outcome[]): Share => ({ right: outcomes.filter((o) => o.right).length, total: outcomes.length });

/** The figures a report quotes and a test holds, from one evaluation. */
export function figures(evaluation: Evaluation) {
  const outside = evaluation.outOfDomain.filter((o) => o.got !== FALLBACK_INTENT);
  const customCases = evaluation.outcomes.filter((o) => isCustom(o.expected));
  return {
    custom: evaluation.custom,
    customIntent: { right: customCases.filter((o) => o.rightIntent).length, total: customCases.length },
    builtIn: evaluation.builtIn,
    alarm: evaluation.perIntent.get('AlarmSignalIntent') ?? { right: 0, total: 0 },
    replies: shareOf(evaluation.replies),
    repliesByReading: evaluation.replies.filter((o) => o.sameReading !== undefined).length,
    outOfDomainToFallback: { right: evaluation.outOfDomain.length - outside.length, total: evaluation.outOfDomain.length },
    outOfDomainToCustom: outside.filter((o) => isCustom(o.got)).length,
    healthToAlarm: evaluation.healthOutOfDomain.filter((o) => o.got === 'AlarmSignalIntent').length,
    // Health remarks are out of the domain too (issue 20: 40 out-of-domain sentences, 10 of them health remarks).
    healthToCustom: evaluation.healthOutOfDomain.filter((o) => isCustom(o.got)).length,
    healthTotal: evaluation.healthOutOfDomain.length,
    notInModel: [...evaluation.notInModel.values()].reduce((a, b) => a + b, 0),
  };
}

/** The totals in one line: for comparing the exact stage with the classifier. */
export function summary(evaluation: Evaluation): string {
  const f = figures(evaluation);
  return [
    `custom ${percent(f.custom)} (intent ${percent(f.customIntent)})`,
    `alarm ${percent(f.alarm)}`,
    `built-in ${percent(f.builtIn)}`,
    ...(f.replies.total > 0 ? [`replies ${percent(f.replies)} (${f.repliesByReading} by the handler's same reading)`] : []),
    `OOD->fallback ${percent(f.outOfDomainToFallback)}`,
    `OOD->custom ${f.outOfDomainToCustom}`,
    ...(f.healthTotal > 0 ? [`health OOD->alarm ${f.healthToAlarm}/${f.healthTotal}`, `health OOD->custom ${f.healthToCustom}`] : []),
    ...(f.notInModel > 0 ? [`not in model yet ${f.notInModel}`] : []),
  ].join(', ');
}

/** One line per intent and per reply context, then the totals: for the test's failure message and npm run nlu:report. */
export function report(evaluation: Evaluation): string {
  const lines = [...evaluation.perIntent.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([intent, share]) => `${intent.padEnd(28)} ${percent(share)}`);
  const contexts = [...new Set(evaluation.replies.map((o) => o.context ?? ''))].sort();
  const contextLines = contexts.map((c) => {
    const chosen = evaluation.replies.filter((o) => o.context === c);
    const alike = chosen.filter((o) => o.sameReading !== undefined);
    const readings = [...new Set(alike.map((o) => o.sameReading))].join('; ');
    return `reply in "${c}"`.padEnd(28) + ` ${percent(shareOf(chosen))}${alike.length ? `, ${alike.length} of them as ${readings}` : ''}`;
  });
  const missing = [...evaluation.notInModel.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([i, n]) => `${i} ${n}`);
  const f = figures(evaluation);
  return [
    ...lines,
    ...(contextLines.length ? ['', ...contextLines] : []),
    ...(missing.length ? ['', `not in model yet (left out): ${missing.join(', ')}`] : []),
    '',
    `custom intents, overall      ${percent(f.custom)}`,
    `custom, right intent alone   ${percent(f.customIntent)}`,
    `built-in intents, overall    ${percent(f.builtIn)}`,
    `AlarmSignalIntent            ${percent(f.alarm)}`,
    ...(f.replies.total ? [`replies in context           ${percent(f.replies)}`] : []),
    `out of domain -> fallback    ${percent(f.outOfDomainToFallback)}`,
    `out of domain -> custom      ${f.outOfDomainToCustom}`,
    ...(f.healthTotal
      ? [`health, no alarm -> alarm    ${f.healthToAlarm} of ${f.healthTotal}`, `health, no alarm -> custom   ${f.healthToCustom}`]
      : []),
  ].join('\n');
}
