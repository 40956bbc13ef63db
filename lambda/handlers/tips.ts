import type { Response } from 'ask-sdk-model';
import type { TipList } from '../domain/advice';
import { TIP_LIST_FOLLOW_UP } from '../domain/advice';
import { HABIT_TEXT, TIP_LIST_TEXT, TIP_PAGES } from '../speech/adviceTexts';
import type { Speech } from '../speech/ssml';
import { join, nothing, say } from '../speech/ssml';
import type { Turn } from '../skill/turn';
import { habitSlot } from './adviceSlots';
import { firstVisitNote, handler, isIntent } from './common';
import { askFollowUp } from './followUp';
import { ask } from '../skill/reply';

/**
 * Plays a tip list from page `from`: one page, or with `all` every page left. After the
 * last page comes the list's follow-up offer; before it, "Wil je nog een tip?".
 */
export function playTips(turn: Turn, list: TipList, from: number, all: boolean, before: Speech = nothing): Response {
  const { t } = turn;
  const pages = TIP_PAGES[list];
  const start = Math.min(Math.max(from, 0), pages.length - 1);
  const until = all ? pages.length : start + 1;
  const intro = start > 0 ? nothing : join(say(t(TIP_LIST_TEXT[list].intro)), all ? nothing : say(t('tips.howItWorks')));
  const tips = join(
    before,
    intro,
    ...pages
      .slice(start, until)
      .flat()
      .map((key) => say(t(key))),
  );
  if (until < pages.length) {
    return ask(turn, join(tips, say(t('tips.more'))), say(t('tips.moreReprompt')), { step: 'tips', list, next: until });
  }
  return askFollowUp(turn, join(tips, say(t(TIP_LIST_TEXT[list].done))), TIP_LIST_FOLLOW_UP[list]);
}

export const ToiletAdviceHandler = handler(
  (input) => isIntent(input, 'ToiletAdviceIntent'),
  async (turn) => playTips(turn, 'toilet', 0, false, await firstVisitNote(turn)),
);

/** A specific question ("hoeveel moet ik drinken") gets its one answer; otherwise the list. */
export const LifestyleAdviceHandler = handler(
  (input) => isIntent(input, 'LifestyleAdviceIntent'),
  async (turn) => {
    const note = await firstVisitNote(turn);
    const habit = habitSlot(turn.input);
    if (!habit) return playTips(turn, 'lifestyle', 0, false, note);
    return ask(
      turn,
      join(note, say(turn.t(HABIT_TEXT[habit])), say(turn.t('lifestyle.offerMore'))),
      say(turn.t('lifestyle.offerMoreReprompt')),
      { step: 'tips', list: 'lifestyle', next: 0 },
    );
  },
);

/** "Alles": the rest of the list under way, or else every toilet tip at once. */
export const AllTipsHandler = handler(
  (input) => isIntent(input, 'AllTipsIntent'),
  (turn) => {
    const d = turn.state.dialog;
    return d.step === 'tips' ? playTips(turn, d.list, d.next, true) : playTips(turn, 'toilet', 0, true);
  },
);
