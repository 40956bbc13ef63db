import { shouldAskConsent } from '../domain/consent';
import type { Answer, OpenAnswer } from '../skill/answer';
import { ask, askText, tell, text } from '../skill/answer';
import type { FlowContext } from '../skill/context';
import { idle } from '../skill/dialog';
import { consentOf, writesAllowed } from '../skill/privacy';
import { stopRemindersAfterErasure } from './reminderErasure';

/**
 * Consent by voice (GDPR Art. 9(2)(a)): asked once, at launch, before anything personal is
 * stored. The gate itself is in skill/recording.ts: without consent every write stays in the
 * session. "Nee" is never stored either, so the next visit asks again. The answers to the
 * question itself continue the launch (flows/launch.ts).
 */

/** May this session write? The same gate as skill/recording.ts. */
export const storing = (ctx: FlowContext): boolean => writesAllowed(ctx.state, !ctx.askConsent);

export const needsConsent = (ctx: FlowContext): boolean => ctx.askConsent && shouldAskConsent(consentOf(ctx.state));

/** Something of this user is in the table: a user from before consent existed, or from an older text. */
export const storedBefore = (ctx: FlowContext): boolean => (ctx.state.user?.profile.version ?? 0) > 0;

/** Nothing of this user is kept, nor will be this session: "vergeet mij" or "stop met bewaren" has nothing to erase. */
export const keepsNothing = (ctx: FlowContext): boolean => !storing(ctx) && !storedBefore(ctx);

export function askConsent(existing: boolean): OpenAnswer {
  return askText(existing ? 'consent.questionExisting' : 'consent.question', 'consent.questionReprompt', { step: 'askConsent' });
}

/** Unsure whether to allow storing: the coaching is whole either way, and what a "ja" would keep. */
export const consentUnsure = (): Answer =>
  ask([text('consent.unsure'), text('consent.whatWouldBeKept')], [text('consent.questionReprompt')], { step: 'askConsent' });

/** Withdrawn: everything kept is erased, the reminder times with it (PRIVACY.md lists them as kept data). */
export async function stopStoring(ctx: FlowContext): Promise<Answer> {
  if (!(await ctx.store.deleteUser())) return tell([text('privacy.deleteFailed')]);
  ctx.state.consent = 'refused';
  ctx.state.user = undefined;
  ctx.state.unsaved = [];
  return tell([text('consent.stopped'), ...(await stopRemindersAfterErasure(ctx)), text('consent.stoppedGoodbye')]);
}

export const keepStoring = (): Answer => askText('consent.kept', 'no.general', idle);
