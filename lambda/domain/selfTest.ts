/**
 * The ten-question self-test (seed 002, inspired by the PFDI-20): yes/no questions, one at a
 * time; two or more "ja" means a pelvic physiotherapist is worth a visit. The progress lives
 * only in the Alexa session: no answer and no score is ever stored.
 */
export const SELF_TEST = { questions: 10, seePhysiotherapistFrom: 2 } as const;

/** "Weet ik niet" counts as "nee": the test only points to help on a clear yes. */
export type SelfTestAnswer = 'yes' | 'no' | 'dontKnow';

export interface SelfTestProgress {
  /** The question to ask next, 1-based. */
  readonly question: number;
  /** How many questions were answered "ja" so far. */
  readonly yes: number;
}

export type SelfTestVerdict = 'seePhysiotherapist' | 'keepTraining';

export type SelfTestStep =
  | { readonly done: false; readonly progress: SelfTestProgress }
  | { readonly done: true; readonly yes: number; readonly verdict: SelfTestVerdict };

export const firstQuestion: SelfTestProgress = { question: 1, yes: 0 };

export function isValidProgress(progress: SelfTestProgress): boolean {
  const { question, yes } = progress;
  return (
    Number.isInteger(question) && Number.isInteger(yes) && question >= 1 && question <= SELF_TEST.questions && yes >= 0 && yes < question
  );
}

export function verdictFor(yes: number): SelfTestVerdict {
  return yes >= SELF_TEST.seePhysiotherapistFrom ? 'seePhysiotherapist' : 'keepTraining';
}

/** Takes the answer to the current question: the next question, or the verdict after the last. */
export function answerQuestion(progress: SelfTestProgress, answer: SelfTestAnswer): SelfTestStep {
  const yes = progress.yes + (answer === 'yes' ? 1 : 0);
  if (progress.question >= SELF_TEST.questions) return { done: true, yes, verdict: verdictFor(yes) };
  return { done: false, progress: { question: progress.question + 1, yes } };
}
