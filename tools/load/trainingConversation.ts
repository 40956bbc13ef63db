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
}

export const TRAINING_CONVERSATION: readonly ScriptedTurn[] = [
  { say: 'vraag bekkenbodem coach om mijn startblok op vier seconden zes keer te zetten', label: 'one-shot: set startblok', open: true },
  { say: 'ja', label: 'setup, wait for klaar', open: true },
  { say: 'klaar', label: 'startblok set (write)', open: true },
  { say: 'ja', label: 'quick set, close (write)', open: false },
  { say: 'open bekkenbodem coach', label: 'launch (read)', open: true },
  { say: 'ja', label: 'setup, wait for klaar', open: true },
  { say: 'klaar', label: 'startblok set (write)', open: true },
  { say: 'ja', label: 'quick set, close (write)', open: false },
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
}

/**
 * Plays the script for one user through the handler. A turn's latency is the handler's time
 * only: the simulator's NLU step (resolving typed words) is not part of the skill.
 */
export async function playTrainingConversation(handler: Handler, userId: string): Promise<TurnResult[]> {
  let lastMs = 0;
  const timed: Handler = async (event) => {
    const started = performance.now();
    try {
      return await handler(event);
    } finally {
      lastMs = performance.now() - started;
    }
  };
  const alexa = new SimulatedAlexa(timed, userId);
  const results: TurnResult[] = [];
  for (const turn of TRAINING_CONVERSATION) {
    try {
      const { response } = await alexa.hear(turn.say);
      results.push({ label: turn.label, ms: lastMs, problem: turnProblem(turn, response) });
      // Where the script ends a session the skill left open (it asked to retry a save), the user
      // says nothing more, and Alexa sends SessionEndedRequest: the skill's last chance to save.
      if (!turn.open) await alexa.silence();
    } catch (error) {
      results.push({ label: turn.label, ms: lastMs, problem: `${turn.label}: threw ${(error as Error).name}` });
    }
  }
  return results;
}
