import { getIntentName } from 'ask-sdk-core';
import { firstVisitNote } from '../flows/common';
import { repair } from '../flows/repair';
import {
  askCurrentQuestion,
  selfTestEntry,
  selfTestHelp,
  silentSelfTest,
  startSelfTest,
  stopSelfTest,
  takeAnswer,
  takeCount,
} from '../flows/selfTest';
import type { Answer } from '../skill/answer';
import { prepend } from '../skill/answer';
import type { FlowContext } from '../skill/context';
import type { IntentName } from '../skill/intentNames';
import { handler, isIntent } from './common';
import { countSlot, saidNone } from './slots';

/** What each intent means while a self-test question is open. */
const WHILE_ASKING: ReadonlyMap<IntentName, (ctx: FlowContext) => Promise<Answer> | Answer> = new Map<
  IntentName,
  (ctx: FlowContext) => Promise<Answer> | Answer
>([
  ['AMAZON.YesIntent', (ctx) => takeAnswer(ctx, 'yes')],
  ['AMAZON.NoIntent', (ctx) => takeAnswer(ctx, 'no')],
  ['DontKnowIntent', (ctx) => takeAnswer(ctx, 'dontKnow')],
  ['AMAZON.RepeatIntent', askCurrentQuestion],
  ['AMAZON.NextIntent', askCurrentQuestion],
  ['AMAZON.ResumeIntent', askCurrentQuestion],
  ['AMAZON.HelpIntent', selfTestHelp],
  ['AMAZON.StartOverIntent', startSelfTest],
  ['AMAZON.StopIntent', stopSelfTest],
  ['AMAZON.CancelIntent', stopSelfTest],
  // Not understood: the escalating repair, which asks the question again.
  ['AMAZON.FallbackIntent', repair],
  // A number is no answer to a yes/no question.
  ['NumberAnswerIntent', repair],
  // "In stilte" (or "discreet"): from here on the questions are read and only counted.
  ['DiscreetIntent', silentSelfTest],
]);

/** Placed before the general handlers: while a question is open, these intents answer it. */
export const SelfTestStepHandler = handler(
  (input, turn) => turn.state.dialog.step === 'selfTest' && isIntent(input, ...WHILE_ASKING.keys()),
  // "Geen enkele keer" to "verlies je urine bij hoesten?" is a "nee", not a number.
  (ctx, input) =>
    isIntent(input, 'NumberAnswerIntent') && saidNone(input)
      ? takeAnswer(ctx, 'no')
      : (WHILE_ASKING.get(getIntentName(input.requestEnvelope) as IntentName) ?? repair)(ctx),
);

/** The silent self-test's total ("twee of meer" is two). */
export const SelfTestCountHandler = handler(
  (input, turn) => turn.state.dialog.step === 'selfTestCount' && isIntent(input, 'NumberAnswerIntent'),
  (ctx, input) => takeCount(ctx, countSlot(input)),
);

export const SelfTestHandler = handler(
  (input) => isIntent(input, 'SelfTestIntent'),
  async (ctx) => prepend(await firstVisitNote(ctx), selfTestEntry(ctx)),
);
