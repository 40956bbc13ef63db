import type { Startblok } from '../domain/startblok';
import type { Part } from '../skill/answer';
import { text } from '../skill/answer';
import type { FlowContext } from '../skill/context';
import { activeDialog } from '../skill/dialog';
import { needsConsent } from './consent';

export function storedStartblok(ctx: FlowContext): Startblok | undefined {
  return ctx.state.user?.profile.startblok;
}

/**
 * The "not a substitute for your physiotherapist" sentence, said once per user: on the first
 * launch, or on the first one-shot request of someone who never opened the skill.
 */
export async function firstVisitNote(ctx: FlowContext): Promise<Part[]> {
  const skipped = consentSkipped(ctx);
  if (skipped.length) return skipped;
  // The consent question belongs to the launch; a one-shot before it is coached without storing, and says so.
  const consent: Part[] = needsConsent(ctx) && !ctx.state.consentNoted ? [text('consent.notYet')] : [];
  if (consent.length > 0) ctx.state.consentNoted = true;
  if (ctx.state.user?.profile.welcomedOn) return consent;
  // Noted, not written yet: the turn writes the profile once (a one-shot startblok follows).
  ctx.store.noteProfile((p) => ({ ...p, welcomedOn: ctx.today }));
  return [text('launch.disclaimer'), ...consent];
}

/**
 * The launch just said the disclaimer and asked for consent, and got a request or a remark
 * instead: that nothing is kept for now (the next launch asks again), with no second disclaimer
 * and no "open the skill" hint to someone who just did. Empty when no consent question is open.
 */
export function consentSkipped(ctx: FlowContext): Part[] {
  if (activeDialog(ctx.state.dialog).step !== 'askConsent') return [];
  ctx.state.consentNoted = true;
  ctx.store.noteProfile((p) => ({ ...p, welcomedOn: p.welcomedOn ?? ctx.today }));
  return [text('consent.notYetAsked')];
}
