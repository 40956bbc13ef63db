import type { ResponseEnvelope } from 'ask-sdk-model';
import type { TextKey } from '../../lambda/speech/translator';
import { translatorFor } from '../../lambda/speech/translator';
import type { Handler } from '../simulator/session';
import { SimulatedAlexa } from '../simulator/session';

/**
 * The conversation the load test and the benchmark play for every simulated user: set a
 * startblok by one-shot and train it, then open the skill again and train once more. Two
 * Alexa sessions, two completed trainings (four completed sets).
 */
export interface ScriptedTurn {
  readonly say: string;
  /** What the turn is, for the latency tables. */
  readonly label: string;
  /** The session stays open after this turn. */
  readonly open: boolean;
  /** The turn opens an Alexa session (a launch or a one-shot request). */
  readonly opens?: boolean;
  /** What the turn completes, when its answer shows it played (`played` in the speech). */
  readonly completes?: { readonly sets: number; readonly played: RegExp };
  readonly changesProfile?: boolean;
}

/** The words that end each set: the set was played (saved or not). */
const STARTBLOK_SET = { sets: 1, played: /je startblok zit erop/ } as const;
const QUICK_SET = { sets: 1, played: /keer per dag|je training is klaar/ } as const;

export const TRAINING_CONVERSATION: readonly ScriptedTurn[] = [
  // A new user is asked first whether the skill may store anything (issue 22); the load plays one who agrees.
  { say: 'open bekkenbodem coach', label: 'first launch: consent asked', open: true, opens: true },
  { say: 'ja', label: 'consent given (write)', open: true, changesProfile: true },
  { say: 'mijn startblok is vier seconden zes keer', label: 'set startblok (write)', open: true, changesProfile: true },
  { say: 'ja', label: 'setup, wait for klaar', open: true },
  { say: 'klaar', label: 'startblok set (write)', open: true, completes: STARTBLOK_SET },
  { say: 'ja', label: 'quick set, close (write)', open: false, completes: QUICK_SET },
  { say: 'open bekkenbodem coach', label: 'launch (read)', open: true, opens: true },
  { say: 'ja', label: 'setup, wait for klaar', open: true },
  { say: 'klaar', label: 'startblok set (write)', open: true, completes: STARTBLOK_SET },
  { say: 'ja', label: 'quick set, close (write)', open: false, completes: QUICK_SET },
];

/** What one conversation completes, as the day tally must show it afterwards. */
export const COMPLETED_PER_CONVERSATION = { sessions: 2, repetitions: 12, quickSets: 2, alexaSessions: 2, completedSets: 4 } as const;

const t = translatorFor('nl-NL');
/** Texts that mean something went wrong: the general error, or data that could not be read or saved. */
const TROUBLE: readonly TextKey[] = [
  'error.general',
  'error.storageDown',
  'error.saveRetry',
  'error.lostOnExit',
  'error.saveGivenUp',
  'training.doneUnsaved',
];
const troubleTexts = TROUBLE.map((key) => t(key));
/** The consent question, new user or existing: a "ja" to it lets the skill store (issue 22). */
const consentQuestions = [t('consent.question'), t('consent.questionExisting')];

/** Why a response is not what the script expects; undefined when it is. */
export function turnProblem(turn: ScriptedTurn, response: ResponseEnvelope): string | undefined {
  const ssml = (response.response?.outputSpeech as { ssml?: string } | undefined)?.ssml ?? '';
  const trouble = troubleTexts.find((text) => ssml.includes(text));
  if (trouble) return `${turn.label}: "${trouble}"`;
  if ((response.response?.shouldEndSession === false) !== turn.open) return `${turn.label}: session ${turn.open ? 'closed' : 'left open'}`;
  return undefined;
}

export interface TurnResult {
  readonly label: string;
  readonly ms: number;
  readonly problem?: string;
  /** Answered after the deadline: Alexa dropped the answer and its session attributes. */
  readonly pastDeadline?: boolean;
  /** Not played: an earlier turn of its session went past the deadline, so the session was over. */
  readonly skipped?: boolean;
}

/** What one user heard and did, for the comparison with what the table holds. */
export interface ConversationOutcome {
  readonly turns: TurnResult[];
  /** Completed sets the user heard (their turn was answered in time) after saying "ja" to storing. */
  readonly setsPlayed: number;
  /**
   * Completed sets heard before the user had said "ja" to storing: they must not be stored. A new
   * user whose first read failed is not asked (the skill cannot know they are new) until a later launch.
   */
  readonly setsWithoutConsent: number;
  /** Completed sets whose turn ran at all, answered in time or not: what may be stored at most. */
  readonly setsAttempted: number;
  /** The user, having consented, was answered after stating their startblok, so the change must be kept. */
  readonly profileChangeTold: boolean;
}

class PastDeadline extends Error {
  constructor(readonly ms: number) {
    super(`answered after ${ms.toFixed(0)} ms`);
    this.name = 'PastDeadline';
  }
}

/**
 * Plays the script for one user through the handler, with Alexa's limits enforced: an answer
 * later than `limitMs` (Lambda's timeout, below Alexa's 8 s) is dropped with its session
 * attributes, as Alexa would; Alexa then ends the session (SessionEndedRequest with the
 * attributes it last had), and the script goes on at its next session. A turn's latency is
 * the handler's time only: the simulator's NLU step is not part of the skill.
 */
export async function playTrainingConversation(
  handler: Handler,
  userId: string,
  limitMs = Number.POSITIVE_INFINITY,
): Promise<ConversationOutcome> {
  let lastMs = 0;
  const timed: Handler = async (event) => {
    const started = performance.now();
    const response = await handler(event);
    lastMs = performance.now() - started;
    if (lastMs > limitMs) throw new PastDeadline(lastMs);
    return response;
  };
  const alexa = new SimulatedAlexa(timed, userId);
  const turns: TurnResult[] = [];
  let setsPlayed = 0;
  let setsWithoutConsent = 0;
  let setsAttempted = 0;
  let consented = false;
  let consentAsked = false;
  let profileChangeTold = false;
  let sessionOver = false;
  for (const turn of TRAINING_CONVERSATION) {
    if (turn.opens) sessionOver = false;
    if (sessionOver) {
      turns.push({ label: turn.label, ms: 0, skipped: true });
      continue;
    }
    setsAttempted += turn.completes?.sets ?? 0;
    try {
      const { response } = await alexa.hear(turn.say);
      const problem = turnProblem(turn, response);
      turns.push({ label: turn.label, ms: lastMs, problem });
      // A set is played when its answer says it ended ("could not save" or not); after a failed read, "klaar" plays nothing.
      const ssml = (response.response?.outputSpeech as { ssml?: string } | undefined)?.ssml ?? '';
      if (consentAsked && turn.say === 'ja') consented = true;
      consentAsked = consentQuestions.some((question) => ssml.includes(question));
      if (turn.completes?.played.test(ssml)) {
        if (consented) setsPlayed += turn.completes.sets;
        else setsWithoutConsent += turn.completes.sets;
      }
      if (turn.changesProfile && consented) profileChangeTold = true;
      // Where the script ends a session the skill left open (it asked to retry a save), the user
      // says nothing more, and Alexa sends SessionEndedRequest: the skill's last chance to save.
      if (!turn.open) await alexa.silence().catch(() => undefined);
    } catch (error) {
      if (error instanceof PastDeadline) {
        turns.push({ label: turn.label, ms: error.ms, pastDeadline: true, problem: `${turn.label}: past the deadline` });
        await alexa.silence().catch(() => undefined);
        sessionOver = true;
      } else turns.push({ label: turn.label, ms: lastMs, problem: `${turn.label}: threw ${(error as Error).name}` });
    }
  }
  return { turns, setsPlayed, setsWithoutConsent, setsAttempted, profileChangeTold };
}
