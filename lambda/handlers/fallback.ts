import type { Response } from 'ask-sdk-model';
import type { Speech } from '../speech/ssml';
import { say } from '../speech/ssml';
import { activeDialog, answersOf } from '../skill/dialog';
import type { ResumableDialog } from '../skill/dialog';
import { ask } from '../skill/reply';
import type { Turn } from '../skill/turn';
import { ACTIONS } from './actions';
import { leave } from './leave';

/** After this many misses in a row the skill offers to stop; one more and it stops. */
export const MISSES_BEFORE_STOP_OFFER = 3;

/**
 * Words the skill did not understand, escalating: the first miss asks again, shorter, with an
 * example that fits the open question; the second says what can be said here and offers help;
 * the third offers to stop. The open question stays open throughout.
 */
export function fallback(turn: Turn): Promise<Response> | Response {
  const misses = turn.state.misses + 1;
  const d = turn.state.dialog;
  const open = activeDialog(d);
  const { t } = turn;
  turn.state.misses = misses;
  turn.repairing = true;
  if (d.step === 'offerStop' || misses > MISSES_BEFORE_STOP_OFFER) return leave(turn, () => say(t('repair.givingUp')));
  if (misses === MISSES_BEFORE_STOP_OFFER) {
    return ask(turn, say(t('repair.offerStop')), say(t('question.offerStop')), { step: 'offerStop', resume: open });
  }
  const answers = answersOf(open);
  return askAgain(turn, open, d, say(t(misses === 2 ? answers.canSay : answers.retry)));
}

/** The open question once more, after the words of the repair. */
function askAgain(turn: Turn, open: ResumableDialog, d: typeof turn.state.dialog, words: Speech): Promise<Response> | Response {
  const answers = answersOf(open);
  // A step that words its own question (the self-test) repeats it after the repair.
  if (answers.reask) return ACTIONS[answers.reask](turn, open, words);
  return ask(turn, words, say(turn.t(answers.question)), d);
}
