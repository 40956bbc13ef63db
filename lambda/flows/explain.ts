import { planProgramme } from '../domain/programme';
import { segmentLayout } from '../speech/layout';
import type { TextKey } from '../speech/translator';
import type { Answer, Part } from '../skill/answer';
import { askText, prepend, text } from '../skill/answer';
import type { FlowContext } from '../skill/context';
import type { ResumableDialog } from '../skill/dialog';
import { activeDialog, answersOf, isMeasuring } from '../skill/dialog';
import { reask } from './actions';
import { selfTestHelp } from './selfTest';

/**
 * Jargon and "wat bedoel je", answered wherever the user is (mid-set, mid-self-test, while a
 * number is asked): a short explanation, then the open question again, so nothing is lost.
 */
export async function explain(ctx: FlowContext, term: TextKey | undefined): Promise<Answer> {
  const open = activeDialog(ctx.state.dialog);
  if (term) return prepend([text(term)], await reask(ctx, open));
  // In the self-test it is about the question: how to answer, then that question again (a "Gaan
  // we verder?" there would take the next "nee" as the answer to a question not heard again).
  if (open.step === 'selfTest') return selfTestHelp(ctx);
  // "Wat bedoel je?": what the open question is about, in the words of its help.
  const answers = answersOf(open);
  return askText(answers.help, answers.question, open);
}

/** "Hoe lang nog?": the repetitions left in this part and the parts after it. */
function whatIsLeft(d: Extract<ResumableDialog, { step: 'exercise' }>): Part[] {
  const sets = segmentLayout(planProgramme(d.request));
  const left = sets[d.setIndex]?.slice(d.segmentIndex) ?? [];
  const count = left.reduce((sum, segment) => sum + segment.last - segment.first + 1, 0);
  const partsAfter = sets.length - d.setIndex - 1;
  return [
    count > 0 ? text('timeLeft.thisPart', { count }) : text('timeLeft.partDone'),
    partsAfter > 0 ? text('timeLeft.partsAfter', { count: partsAfter }) : text('timeLeft.thenDone'),
  ];
}

export async function timeLeft(ctx: FlowContext): Promise<Answer> {
  const open = activeDialog(ctx.state.dialog);
  // Getting ready counts too: the whole exercise is still to come.
  const exercise = open.step === 'exercise' ? open : open.step === 'getReady' ? open.resume : undefined;
  const said = exercise ? whatIsLeft(exercise) : [text(isMeasuring(open) ? 'timeLeft.measure' : 'timeLeft.nothing')];
  return prepend(said, await reask(ctx, open));
}
