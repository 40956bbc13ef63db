import { getIntentName } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { SelfTestAnswer, SelfTestProgress, SelfTestVerdict } from '../domain/selfTest';
import { answerQuestion, firstQuestion } from '../domain/selfTest';
import { SELF_TEST_QUESTIONS } from '../speech/adviceTexts';
import type { Speech } from '../speech/ssml';
import { join, nothing, say } from '../speech/ssml';
import type { TextKey } from '../speech/translator';
import type { Turn } from '../skill/turn';
import { firstVisitNote, handler, isIntent } from './common';
import { changeProfile } from './recording';
import { fallback } from './fallback';
import { ask, tell } from '../skill/reply';

/**
 * The self-test: ten questions, one per answer. The progress (which question, how many
 * "ja") lives only in the session; at the end only the date is stored, never an answer.
 */

const VERDICT_TEXT: Record<SelfTestVerdict, TextKey> = {
  seePhysiotherapist: 'selfTest.seePhysiotherapist',
  keepTraining: 'selfTest.keepTraining',
};

function questionSpeech(turn: Turn, progress: SelfTestProgress): Speech {
  return join(
    say(turn.t('selfTest.questionNumber', { number: progress.question })),
    say(turn.t(SELF_TEST_QUESTIONS[progress.question - 1])),
  );
}

function askQuestion(turn: Turn, progress: SelfTestProgress, before: Speech = nothing): Response {
  turn.state.selfTest = progress;
  const question = questionSpeech(turn, progress);
  return ask(turn, join(before, question), join(say(turn.t('selfTest.answerHint')), question), { step: 'selfTest' });
}

/** From question one, with the note that nothing is stored. */
export function startSelfTest(turn: Turn, before: Speech = nothing): Response {
  return askQuestion(turn, firstQuestion, join(before, say(turn.t('selfTest.intro')), say(turn.t('selfTest.privacy'))));
}

/** The open question again (after "herhaal de vraag", help, or words it did not understand). */
export function askCurrentQuestion(turn: Turn, before: Speech = nothing): Response {
  const progress = turn.state.selfTest;
  return progress ? askQuestion(turn, progress, before) : startSelfTest(turn, before);
}

/** "Doe de zelftest": a fresh start, or, after a detour in this session, the offer to go on. */
export function selfTestEntry(turn: Turn, before: Speech = nothing): Response {
  const progress = turn.state.selfTest;
  if (progress && turn.state.dialog.step === 'selfTest') {
    return askQuestion(turn, progress, join(before, say(turn.t('selfTest.alreadyBusy'))));
  }
  if (progress && progress.question > firstQuestion.question) {
    const vars = { number: progress.question };
    return ask(turn, join(before, say(turn.t('selfTest.resumeOffer', vars))), say(turn.t('selfTest.resumeOfferReprompt', vars)), {
      step: 'offerSelfTestResume',
    });
  }
  return startSelfTest(turn, before);
}

/** Ends without a verdict: nothing was stored, and the session's progress is dropped. */
export function stopSelfTest(turn: Turn): Response {
  turn.state.selfTest = undefined;
  return tell(turn, say(turn.t('selfTest.stopped')));
}

async function finish(turn: Turn, yes: number, verdict: SelfTestVerdict, before: Speech): Promise<Response> {
  turn.state.selfTest = undefined;
  await changeProfile(turn, (p) => ({ ...p, selfTestOn: turn.today }));
  const { t } = turn;
  return tell(
    turn,
    join(
      before,
      say(t('selfTest.yesCount', { count: yes })),
      say(t(VERDICT_TEXT[verdict])),
      say(t('selfTest.notDiagnosis')),
      say(t('selfTest.alarm')),
      say(t('selfTest.closing')),
    ),
  );
}

async function takeAnswer(turn: Turn, answer: SelfTestAnswer): Promise<Response> {
  const progress = turn.state.selfTest;
  if (!progress) return startSelfTest(turn);
  const before = answer === 'dontKnow' ? say(turn.t('selfTest.countedAsNo')) : nothing;
  const next = answerQuestion(progress, answer);
  return next.done ? finish(turn, next.yes, next.verdict, before) : askQuestion(turn, next.progress, before);
}

/** What each intent means while a self-test question is open. */
const WHILE_ASKING: Readonly<Record<string, (turn: Turn) => Promise<Response> | Response>> = {
  'AMAZON.YesIntent': (turn) => takeAnswer(turn, 'yes'),
  'AMAZON.NoIntent': (turn) => takeAnswer(turn, 'no'),
  DontKnowIntent: (turn) => takeAnswer(turn, 'dontKnow'),
  'AMAZON.RepeatIntent': (turn) => askCurrentQuestion(turn),
  'AMAZON.NextIntent': (turn) => askCurrentQuestion(turn),
  'AMAZON.ResumeIntent': (turn) => askCurrentQuestion(turn),
  'AMAZON.HelpIntent': (turn) => askCurrentQuestion(turn, say(turn.t('selfTest.help'))),
  'AMAZON.StartOverIntent': (turn) => startSelfTest(turn),
  'AMAZON.StopIntent': stopSelfTest,
  'AMAZON.CancelIntent': stopSelfTest,
  // Not understood: the escalating repair, which asks the question again.
  'AMAZON.FallbackIntent': fallback,
  // A number is no answer to a yes/no question.
  NumberAnswerIntent: fallback,
};

/** Placed before the general handlers: while a question is open, these intents answer it. */
export const SelfTestStepHandler = handler(
  (input, turn) => turn.state.dialog.step === 'selfTest' && isIntent(input, ...Object.keys(WHILE_ASKING)),
  (turn) => WHILE_ASKING[getIntentName(turn.input.requestEnvelope)](turn),
);

export const SelfTestHandler = handler(
  (input) => isIntent(input, 'SelfTestIntent'),
  async (turn) => selfTestEntry(turn, await firstVisitNote(turn)),
);
