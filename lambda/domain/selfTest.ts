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
  /** A "ja" on pain during sex or chronic pelvic pain (questions 7, 8): relaxation comes first. */
  readonly pain?: true;
  /** A "ja" on an item that deserves a look even alone (stool loss, sagging, after a birth). */
  readonly notable?: true;
}

/**
 * Items where one "ja" is already worth the leaflets' advice (seed 000: complaints that last
 * more than a few weeks, come back or limit daily life -> bekkenfysiotherapeut; seed 002:
 * postpartum complaints that have not improved after 6-8 weeks). Pain items point to
 * relaxation first: more squeezing can make an overactive floor worse (seed 000).
 */
export const ITEM_ADVICE: Readonly<Partial<Record<number, 'pain' | 'notable'>>> = {
  5: 'notable',
  6: 'notable',
  7: 'pain',
  8: 'pain',
  10: 'notable',
};

export type SelfTestVerdict = 'seePhysiotherapist' | 'keepTraining';

/** Said with the verdict: painFirst (relax first, and a bekkenfysiotherapeut), or seeIfLasting. */
export type SelfTestNote = 'painFirst' | 'seeIfLasting';

export type SelfTestStep =
  | { readonly done: false; readonly progress: SelfTestProgress }
  | { readonly done: true; readonly yes: number; readonly verdict: SelfTestVerdict; readonly note?: SelfTestNote };

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

/**
 * The note for the verdict: pain first whenever a pain item was "ja" (also with two or more, as
 * the physiotherapist should hear that squeezing is not the first answer); with a single "ja" on
 * a notable item, the advice to get it looked at when it lasts. Nothing when no item calls for it.
 */
export function noteFor(yes: number, flags: Pick<SelfTestProgress, 'pain' | 'notable'>): SelfTestNote | undefined {
  if (flags.pain) return 'painFirst';
  if (flags.notable && yes < SELF_TEST.seePhysiotherapistFrom) return 'seeIfLasting';
  return undefined;
}

/** Takes the answer to the current question: the next question, or the verdict after the last. */
export function answerQuestion(progress: SelfTestProgress, answer: SelfTestAnswer): SelfTestStep {
  const yes = progress.yes + (answer === 'yes' ? 1 : 0);
  const kind = answer === 'yes' ? ITEM_ADVICE[progress.question] : undefined;
  const flags = {
    ...(progress.pain || kind === 'pain' ? { pain: true as const } : {}),
    ...(progress.notable || kind === 'notable' ? { notable: true as const } : {}),
  };
  if (progress.question >= SELF_TEST.questions) {
    const note = noteFor(yes, flags);
    return { done: true, yes, verdict: verdictFor(yes), ...(note ? { note } : {}) };
  }
  return { done: false, progress: { question: progress.question + 1, yes, ...flags } };
}
