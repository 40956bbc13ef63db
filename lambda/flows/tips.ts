import type { TipList } from '../domain/advice';
import { TIP_LIST_FOLLOW_UP } from '../domain/advice';
import { TIP_LIST_TEXT, TIP_PAGES } from '../speech/adviceTexts';
import type { Answer, Part } from '../skill/answer';
import { ask, text } from '../skill/answer';
import type { FlowContext } from '../skill/context';
import { askFollowUp } from './followUp';
import { allSqueezes } from './startblok';

/**
 * Plays a tip list from page `from`: one page, or with `all` every page left. After the
 * last page comes the list's follow-up offer; before it, "Wil je nog een tip?".
 */
export function playTips(ctx: FlowContext, list: TipList, from: number, all: boolean): Answer {
  const pages = TIP_PAGES[list];
  const start = Math.min(Math.max(from, 0), pages.length - 1);
  const until = all ? pages.length : start + 1;
  const intro: Part[] = start > 0 ? [] : [text(TIP_LIST_TEXT[list].intro), ...(all ? [] : [text('tips.howItWorks')])];
  const tips: Part[] = [
    ...intro,
    ...pages
      .slice(start, until)
      .flat()
      .map((key) => text(key)),
  ];
  if (until < pages.length) return ask([...tips, text('tips.more')], [text('tips.moreReprompt')], { step: 'tips', list, next: until });
  return askFollowUp(ctx, [...tips, text(TIP_LIST_TEXT[list].done)], TIP_LIST_FOLLOW_UP[list]);
}

/** "Alles": the rest of the list under way, or else every toilet tip at once. */
export function allTips(ctx: FlowContext): Answer | Promise<Answer> {
  const d = ctx.state.dialog;
  // "Alles", "allemaal" in the measurement are about the squeezes, never a call for toilet tips.
  const counted = allSqueezes(ctx);
  if (counted) return counted;
  return d.step === 'tips' ? playTips(ctx, d.list, d.next, true) : playTips(ctx, 'toilet', 0, true);
}
