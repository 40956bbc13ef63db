import type { InfoTopic } from '../domain/advice';
import { INFO_FOLLOW_UP } from '../domain/advice';
import { INFO_TEXT } from '../speech/adviceTexts';
import type { Answer } from '../skill/answer';
import { askText, text } from '../skill/answer';
import type { FlowContext } from '../skill/context';
import { idle } from '../skill/dialog';
import { lifeSituation } from './care';
import { followUpOffer } from './followUp';
import { inPassing, onlyInPassing } from './inPassing';

/**
 * One or two sentences on a topic, then a related action to take, or, asked in passing (between
 * two sets, in the self-test), the question that was open; no topic: ask which.
 */
export function info(ctx: FlowContext, topic: InfoTopic | undefined): Answer | Promise<Answer> {
  // A question without a topic in the middle of something: asked again later, the open question kept.
  if (!topic) return onlyInPassing(ctx, [text('info.askLater')], () => askText('info.askTopic', 'info.askTopicReprompt', idle));
  // Training after a birth: the gentle start, "nooit te laat", and the 6-8 week check (flows/care.ts).
  if (topic === 'childbirth') return lifeSituation(ctx, 'afterBirth');
  return inPassing(ctx, [text(INFO_TEXT[topic])], () => followUpOffer(ctx, INFO_FOLLOW_UP[topic]));
}
