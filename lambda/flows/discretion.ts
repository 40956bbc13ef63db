import type { Discretion } from '../domain/discretion';
import type { Answer, Part } from '../skill/answer';
import { ask, text } from '../skill/answer';
import type { FlowContext } from '../skill/context';
import { idle } from '../skill/dialog';
import { storing } from './consent';
import { inPassing } from './inPassing';

/**
 * "Discreet" / "zeg het gewoon": reminders, cards and openings keep health words out unless the
 * user asks for plain words. Kept in the profile with consent, else for this session, said so.
 */
export async function setDiscretion(ctx: FlowContext, discretion: Discretion): Promise<Answer> {
  ctx.state.discretion = discretion;
  const kept = storing(ctx);
  if (kept) await ctx.store.changeProfile((p) => ({ ...p, discretion }));
  const note: Part[] = kept ? [] : [text('discretion.sessionOnly')];
  const said = text(discretion === 'discreet' ? 'discretion.discreetOn' : 'discretion.plainOn');
  // Said while getting ready or mid-set: the set waits, it is not dropped.
  return inPassing(ctx, [said, ...note], () => ask([text('discretion.question')], [text('discretion.question')], idle));
}
