import type { Habit } from '../domain/advice';
import { HABIT_TEXT } from '../speech/adviceTexts';
import type { Answer } from '../skill/answer';
import { ask, text } from '../skill/answer';
import type { FlowContext } from '../skill/context';
import { inPassing } from './inPassing';
import { playTips } from './tips';

/**
 * A specific question ("hoeveel moet ik drinken") gets its one answer, then the offer of more
 * tips, or, asked in passing (between two parts of the training), the open question again;
 * otherwise the list.
 */
export function lifestyleAdvice(ctx: FlowContext, habit: Habit | undefined): Answer | Promise<Answer> {
  if (!habit) return playTips(ctx, 'lifestyle', 0, false);
  return inPassing(ctx, [text(HABIT_TEXT[habit])], () =>
    ask([text('lifestyle.offerMore')], [text('lifestyle.offerMoreReprompt')], { step: 'tips', list: 'lifestyle', next: 0 }),
  );
}
