import type { Startblok } from '../domain/startblok';
import type { Part } from '../skill/answer';
import { text } from '../skill/answer';
import type { FlowContext } from '../skill/context';

export function storedStartblok(ctx: FlowContext): Startblok | undefined {
  return ctx.state.user?.profile.startblok;
}

/**
 * The "not a substitute for your physiotherapist" sentence, said once per user: on the first
 * launch, or on the first one-shot request of someone who never opened the skill.
 */
export async function firstVisitNote(ctx: FlowContext): Promise<Part[]> {
  if (ctx.state.user?.profile.welcomedOn) return [];
  await ctx.store.changeProfile((p) => ({ ...p, welcomedOn: ctx.today }));
  return [text('launch.disclaimer')];
}
