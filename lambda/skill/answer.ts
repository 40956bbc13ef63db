import type { ProgrammeRequest } from '../domain/programme';
import type { ClockTime } from '../domain/reminderTimes';
import type { ProgressPicture } from '../screen/progressScreen';
import type { TextKey } from '../speech/translator';
import type { VariantGroup } from '../speech/variants';
import type { Dialog } from './dialog';

/**
 * What a flow answers, as data: text keys with their variables and references to exercise
 * speech, never words or markup. One renderer (skill/render.ts) turns it into a response, so
 * a flow can be tested as a value, and "herhaal" says an answer again from the same data.
 */

/** A variable of a text: a number, a word, or reminder times, which are spoken in words. */
export type Var = string | number | { readonly times: readonly ClockTime[] };
export type Vars = Readonly<Record<string, Var>>;

/** The exercise plans speech can come from: a programme, or the two steps of measuring a startblok. */
export type PlanRef =
  | ProgrammeRequest
  | { readonly programme: 'measurePractice' }
  | { readonly programme: 'enduranceTrial' }
  | { readonly programme: 'pelvicTilt' }
  | { readonly programme: 'measureHold' }
  | { readonly programme: 'measureRepetitions'; readonly holdSeconds: number };

export type Part =
  /** One text of nl.json. */
  | { readonly key: TextKey; readonly vars?: Vars }
  /** A varied text (praise, greetings), chosen by the renderer, never twice in a row. */
  | { readonly variant: VariantGroup }
  /** Segment `index` of set `set` of a plan: the timed exercise speech. */
  | { readonly segment: { readonly plan: PlanRef; readonly set: number; readonly index: number } }
  /** The setup of a programme's first set, ending in "zeg klaar als je …". */
  | { readonly getReady: { readonly request: ProgrammeRequest; readonly full: boolean } }
  /** The breathing rules, for "hoe moet het ook alweer" in the middle of a set. */
  | { readonly breathing: true }
  /** Silence of a few seconds (at most 10): time to think, as in the silent self-test. */
  | { readonly pause: number };

export type ScreenSpec =
  /** The picture of the exercise segment this answer plays, in step with its speech. */
  { readonly kind: 'exercise' } | { readonly kind: 'progress'; readonly picture: ProgressPicture };

export type Card =
  | { readonly kind: 'simple'; readonly title: TextKey; readonly content: TextKey }
  /** One text per line ("wat weet je over mij"): each line a whole sentence of its own. */
  | { readonly kind: 'lines'; readonly title: TextKey; readonly lines: readonly Part[] }
  | { readonly kind: 'remindersConsent' };

interface Common {
  readonly speech: readonly Part[];
  readonly screen?: ScreenSpec;
  readonly card?: Card;
  /** Set by the repair: words not understood keep counting instead of starting afresh. */
  readonly repair?: boolean;
}

/** An open question: the mic stays open, the reprompt says it again in other words. */
export interface OpenAnswer extends Common {
  readonly reprompt: readonly Part[];
  readonly next: Dialog;
}

/** A closing answer: the session ends. */
export interface ClosingAnswer extends Common {
  readonly reprompt?: undefined;
  readonly next: 'end';
}

export type Answer = OpenAnswer | ClosingAnswer;

/**
 * No words: a screen touch, the end of a session, a skill event, or Alexa asking the user for
 * the reminders permission (the times travel in the request's token).
 */
export interface Silent {
  readonly silent: true;
  /** Kept for the next turn; without it the dialog stays where it was. */
  readonly next?: Dialog;
  readonly askRemindersPermission?: readonly ClockTime[];
}

export type Outcome = Answer | Silent;

export const text = (key: TextKey, vars?: Vars): Part => (vars ? { key, vars } : { key });

export const ask = (speech: readonly Part[], reprompt: readonly Part[], next: Dialog, extra: Omit<Common, 'speech'> = {}): OpenAnswer => ({
  speech,
  reprompt,
  next,
  ...extra,
});

export const tell = (speech: readonly Part[], extra: Omit<Common, 'speech'> = {}): ClosingAnswer => ({ speech, next: 'end', ...extra });

/** The common open question: one text, and one as the reprompt. */
export const askText = (key: TextKey, repromptKey: TextKey, next: Dialog, vars?: Vars): OpenAnswer =>
  ask([text(key, vars)], [text(repromptKey, vars)], next);

/** What is said before an answer a caller got back ("Goed, vier seconden." before the offer). */
export function prepend<A extends Answer>(parts: readonly Part[], answer: A): A {
  return parts.length === 0 ? answer : { ...answer, speech: [...parts, ...answer.speech] };
}

export const silent = (next?: Dialog): Silent => (next ? { silent: true, next } : { silent: true });

export function isSilent(outcome: Outcome): outcome is Silent {
  return 'silent' in outcome;
}
