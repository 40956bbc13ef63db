import type { SelfTestAnswer, SelfTestNote, SelfTestProgress, SelfTestVerdict } from '../domain/selfTest';
import { shortOpenings } from '../domain/discretion';
import { CARE_QUESTION, SELF_TEST_NOTE } from '../speech/careTexts';
import { answerQuestion, firstQuestion } from '../domain/selfTest';
import { SILENT_PAUSE_SECONDS, silentNoteNeeded, verdictForCount } from '../domain/silentSelfTest';
import { discretionOf } from '../skill/privacy';
import { SELF_TEST_QUESTIONS } from '../speech/adviceTexts';
import type { TextKey } from '../speech/translator';
import type { Answer, OpenAnswer, Part } from '../skill/answer';
import { ask, askText, prepend, tell, text } from '../skill/answer';
import type { FlowContext } from '../skill/context';

/**
 * The self-test: ten questions, one per answer. The progress (which question, how many
 * "ja") lives only in the session; at the end only the date is stored, never an answer.
 */

const VERDICT_TEXT: Record<SelfTestVerdict, TextKey> = {
  seePhysiotherapist: 'selfTest.seePhysiotherapist',
  keepTraining: 'selfTest.keepTraining',
};

function askQuestion(ctx: FlowContext, progress: SelfTestProgress): OpenAnswer {
  ctx.state.selfTest = progress;
  const question: Part[] = [
    text('selfTest.questionNumber', { number: progress.question }),
    text(SELF_TEST_QUESTIONS[progress.question - 1]),
  ];
  return ask(question, [text('selfTest.answerHint'), ...question], { step: 'selfTest' });
}

/**
 * From question one, with the note that nothing is stored and that the answers need not be said
 * aloud. A user who asked for discretion gets the silent reading straight away.
 */
export function startSelfTest(ctx: FlowContext): OpenAnswer {
  if (shortOpenings(discretionOf(ctx.state))) return silentSelfTest(ctx);
  return prepend([text('selfTest.intro'), text('selfTest.privacy'), text('discretion.selfTestHint')], askQuestion(ctx, firstQuestion));
}

/**
 * "In stilte": every question read with a pause to count it; only the number of "ja" answers is
 * asked at the end. The count, like the answers, is never stored and never logged.
 */
export function silentSelfTest(ctx: FlowContext): OpenAnswer {
  ctx.state.selfTest = undefined;
  const questions: Part[] = SELF_TEST_QUESTIONS.flatMap((key, i) => [
    text('selfTest.questionNumber', { number: i + 1 }),
    text(key),
    { pause: SILENT_PAUSE_SECONDS },
  ]);
  return ask([text('discretion.silentIntro'), ...questions, text('discretion.silentAsk')], [text('discretion.silentAskReprompt')], {
    step: 'selfTestCount',
  });
}

/** The count after the silent reading: guidance, or the question again for a number that cannot be a count. */
export async function takeCount(ctx: FlowContext, count: number | undefined): Promise<Answer> {
  const verdict = count === undefined ? undefined : verdictForCount(count);
  if (!verdict) return askText('discretion.silentNotACount', 'discretion.silentAskReprompt', { step: 'selfTestCount' });
  await ctx.store.changeProfile((p) => ({ ...p, selfTestOn: ctx.today }));
  // As after the spoken self-test: the alarm list only on request.
  const alarm = CARE_QUESTION.alarmOnRequest;
  const note = count !== undefined && silentNoteNeeded(count) ? [text('discretion.silentNote')] : [];
  return ask([text(VERDICT_TEXT[verdict]), ...note, text('selfTest.notDiagnosis'), text(alarm.text)], [text(alarm.reprompt)], {
    step: 'selfTestAlarm',
  });
}

/** The open question again (after "herhaal de vraag", help, or words it did not understand). */
export function askCurrentQuestion(ctx: FlowContext): OpenAnswer {
  const progress = ctx.state.selfTest;
  return progress ? askQuestion(ctx, progress) : startSelfTest(ctx);
}

/** "Doe de zelftest": a fresh start, or, after a detour in this session, the offer to go on. */
export function selfTestEntry(ctx: FlowContext): OpenAnswer {
  const progress = ctx.state.selfTest;
  if (progress && ctx.state.dialog.step === 'selfTest') return prepend([text('selfTest.alreadyBusy')], askQuestion(ctx, progress));
  if (progress && progress.question > firstQuestion.question) {
    return askText('selfTest.resumeOffer', 'selfTest.resumeOfferReprompt', { step: 'offerSelfTestResume' }, { number: progress.question });
  }
  return startSelfTest(ctx);
}

/** Ends without a verdict: nothing was stored, and the session's progress is dropped. */
export function stopSelfTest(ctx: FlowContext): Answer {
  ctx.state.selfTest = undefined;
  return tell([text('selfTest.stopped')]);
}

/**
 * The result, short: how many "ja", the advice (with the note a single "ja" on pain, stool loss,
 * sagging or a birth calls for), that it is no diagnosis; the alarm list only on request.
 */
async function finish(ctx: FlowContext, yes: number, verdict: SelfTestVerdict, note: SelfTestNote | undefined): Promise<Answer> {
  ctx.state.selfTest = undefined;
  await ctx.store.changeProfile((p) => ({ ...p, selfTestOn: ctx.today }));
  // With pain the note is the advice (relaxation first, and a bekkenfysiotherapeut): "blijf lekker trainen" does not fit.
  const advice = note === 'painFirst' ? [] : [text(VERDICT_TEXT[verdict])];
  const alarm = CARE_QUESTION.alarmOnRequest;
  return ask(
    [
      text('selfTest.yesCount', { count: yes }),
      ...advice,
      ...(note ? [text(SELF_TEST_NOTE[note])] : []),
      text('selfTest.notDiagnosis'),
      text(alarm.text),
    ],
    [text(alarm.reprompt)],
    { step: 'selfTestAlarm' },
  );
}

/** "Ja", "nee" or "weet ik niet" to the open question. */
export async function takeAnswer(ctx: FlowContext, answer: SelfTestAnswer): Promise<Answer> {
  const progress = ctx.state.selfTest;
  if (!progress) return startSelfTest(ctx);
  const before: Part[] = answer === 'dontKnow' ? [text('selfTest.countedAsNo')] : [];
  const next = answerQuestion(progress, answer);
  return prepend(before, next.done ? await finish(ctx, next.yes, next.verdict, next.note) : askQuestion(ctx, next.progress));
}

export const selfTestHelp = (ctx: FlowContext): Answer => prepend([text('selfTest.help')], askCurrentQuestion(ctx));
