import { encouragement, maintenanceDue, programmeStart, retestDue } from '../domain/progress';
import type { UserProfile } from '../persistence/userData';
import type { Answer, OpenAnswer, Part } from '../skill/answer';
import { askText, prepend, tell, text } from '../skill/answer';
import type { FlowContext } from '../skill/context';
import { consentRecord } from '../domain/consent';
import { shortOpenings } from '../domain/discretion';
import { emptyProfile } from '../persistence/userData';
import { discretionOf } from '../skill/privacy';
import { askConsent, needsConsent, storedBefore } from './consent';
import { offerTraining } from './offer';

/**
 * What a returning user is offered, most important first: the step to maintenance after six
 * months, a new measurement every two weeks, else the training offer (flows/offer.ts).
 */
function offerFor(ctx: FlowContext, profile: UserProfile): { offer: OpenAnswer; progression: boolean } {
  const { today } = ctx;
  const startblok = profile.startblok;
  const startedOn = programmeStart(profile.startblokHistory);
  const maintenance = profile.maintenanceFrom !== undefined;
  if (startblok && maintenanceDue(startedOn, maintenance, today) && retestDue(startedOn, profile.progressionOfferedOn, today)) {
    return { offer: askText('progress.maintenanceDue', 'progress.maintenanceReprompt', { step: 'offerMaintenance' }), progression: true };
  }
  if (startblok && !maintenance && retestDue(startblok.setOn, profile.progressionOfferedOn, today)) {
    return { offer: askText('progress.retestDue', 'progress.retestReprompt', { step: 'offerRetest' }), progression: true };
  }
  return { offer: offerTraining(profile), progression: false };
}

/**
 * A returning user's launch: a greeting, a word of encouragement when it is due, then the offer.
 * A user who asked for discretion hears a short, neutral opening that leads to the same offer.
 */
async function welcomeBack(ctx: FlowContext, profile: UserProfile, greet: boolean): Promise<Answer> {
  const { offer, progression } = offerFor(ctx, profile);
  if (greet && shortOpenings(discretionOf(ctx.state)))
    return askText('discretion.welcomeBackShort', 'discretion.welcomeShortReprompt', offer.next);
  const cheer = encouragement(programmeStart(profile.startblokHistory), profile.encouragedOn, ctx.today);
  if (progression || cheer) {
    await ctx.store.changeProfile((p) => ({
      ...p,
      progressionOfferedOn: progression ? ctx.today : p.progressionOfferedOn,
      encouragedOn: cheer ? ctx.today : p.encouragedOn,
    }));
  }
  const cheerText: Part[] = cheer ? [text(cheer === 'weeks3to6' ? 'progress.weeks3to6' : 'progress.later')] : [];
  return prepend([...(greet ? [{ variant: 'welcomeBack' } as const] : []), ...cheerText], offer);
}

/** A first visit: the startblok offer (or the training offer, once a startblok was set one-shot), nothing else yet. */
function firstOffer(ctx: FlowContext, profile: UserProfile): OpenAnswer {
  if (profile.startblok || profile.focus === 'ontspanning') return offerFor(ctx, profile).offer;
  return askText('launch.offerMeasure', 'launch.offerMeasureReprompt', { step: 'offerMeasure' });
}

export async function launch(ctx: FlowContext): Promise<Answer> {
  if (!ctx.state.user) return askText('error.storageDown', 'startblok.askWhichReprompt', { step: 'askStartblok' });
  // Before anything is stored: the consent question, once, after the greeting.
  if (needsConsent(ctx)) {
    const existing = storedBefore(ctx);
    const greeting: Part[] = existing ? [{ variant: 'welcomeBack' }] : [text('launch.welcome'), text('launch.disclaimer')];
    return prepend(greeting, askConsent(existing));
  }
  return continueLaunch(ctx, true);
}

/** The launch after its greeting: the first visit's offer, or the returning user's. */
async function continueLaunch(ctx: FlowContext, greet: boolean): Promise<Answer> {
  const profile = ctx.state.user?.profile ?? emptyProfile;
  if (!profile.welcomedOn) {
    await ctx.store.changeProfile((p) => ({ ...p, welcomedOn: ctx.today }));
    return prepend(greet ? [text('launch.welcome'), text('launch.disclaimer')] : [], firstOffer(ctx, profile));
  }
  return welcomeBack(ctx, profile, greet);
}

/** "Ja" to storing: the consent is kept with its date and text version, and the launch goes on. */
export async function giveConsent(ctx: FlowContext): Promise<Answer> {
  ctx.state.consent = 'given';
  await ctx.store.changeProfile((p) => ({ ...p, consent: consentRecord(ctx.today) }));
  return prepend([text('consent.given')], await continueLaunch(ctx, false));
}

/**
 * "Nee": the coaching goes on from the session alone. What a user from before consent existed
 * had stored has no basis any more, and goes; the session keeps its copy until it ends.
 */
export async function refuseConsent(ctx: FlowContext): Promise<Answer> {
  const existing = storedBefore(ctx);
  ctx.state.consent = 'refused';
  ctx.state.unsaved = [];
  if (existing && !(await ctx.store.deleteUser())) return tell([text('privacy.deleteFailed')]);
  return prepend([text(existing ? 'consent.refusedExisting' : 'consent.refused')], await continueLaunch(ctx, false));
}
