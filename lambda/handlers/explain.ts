import type { Response } from 'ask-sdk-model';
import { planProgramme } from '../domain/programme';
import { segmentPlan } from '../speech/renderPlan';
import { join, say } from '../speech/ssml';
import type { TextKey } from '../speech/translator';
import type { ResumableDialog } from '../skill/dialog';
import { activeDialog, answersOf } from '../skill/dialog';
import { ask } from '../skill/reply';
import type { Turn } from '../skill/turn';
import { reask } from './actions';
import { handler, isIntent } from './common';
import { customSlot } from './slots';

/**
 * Jargon and "wat bedoel je", answered wherever the user is (mid-set, mid-self-test, while a
 * number is asked): a short explanation, then the open question again, so nothing is lost.
 */
const TERMS: Readonly<Record<string, TextKey>> = {
  startblok: 'explain.startblok',
  'snelle knijpjes': 'explain.quick',
  lift: 'explain.lift',
  kringspier: 'explain.sphincter',
  lagen: 'explain.layers',
  kanteling: 'explain.tilt',
};

export const ExplainHandler = handler(
  (input) => isIntent(input, 'ExplainIntent'),
  (turn) => {
    const term = customSlot(turn.input, 'term');
    const open = activeDialog(turn.state.dialog);
    const key = term.kind === 'matched' ? TERMS[term.value] : undefined;
    if (key) return reask(turn, open, say(turn.t(key)));
    // "Wat bedoel je?": what the open question is about, in the words of its help.
    const answers = answersOf(open);
    return ask(turn, say(turn.t(answers.help)), say(turn.t(answers.question)), open);
  },
);

/** "Hoe lang nog?": the repetitions left in this part and the parts after it. */
function whatIsLeft(turn: Turn, d: Extract<ResumableDialog, { step: 'exercise' }>) {
  const sets = segmentPlan(planProgramme(d.request), turn.t);
  const left = sets[d.setIndex]?.slice(d.segmentIndex) ?? [];
  const count = left.reduce((sum, segment) => sum + segment.last - segment.first + 1, 0);
  const partsAfter = sets.length - d.setIndex - 1;
  const thisPart = count > 0 ? say(turn.t('timeLeft.thisPart', { count })) : say(turn.t('timeLeft.partDone'));
  return join(thisPart, say(partsAfter > 0 ? turn.t('timeLeft.partsAfter', { count: partsAfter }) : turn.t('timeLeft.thenDone')));
}

export const TimeLeftHandler = handler(
  (input) => isIntent(input, 'TimeLeftIntent'),
  (turn): Promise<Response> | Response => {
    const open = activeDialog(turn.state.dialog);
    if (open.step === 'exercise') return reask(turn, open, whatIsLeft(turn, open));
    if (open.step.startsWith('measure')) return reask(turn, open, say(turn.t('timeLeft.measure')));
    return reask(turn, open, say(turn.t('timeLeft.nothing')));
  },
);
