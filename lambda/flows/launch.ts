import { encouragement, maintenanceDue, programmeStart, retestDue } from '../domain/progress';
import type { UserProfile } from '../persistence/userData';
import type { Answer, OpenAnswer, Part } from '../skill/answer';
import { askText, prepend, text } from '../skill/answer';
import type { FlowContext } from '../skill/context';
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

/** A returning user's launch: a greeting, a word of encouragement when it is due, then the offer. */
async function welcomeBack(ctx: FlowContext, profile: UserProfile): Promise<Answer> {
  const { offer, progression } = offerFor(ctx, profile);
  const cheer = encouragement(programmeStart(profile.startblokHistory), profile.encouragedOn, ctx.today);
  if (progression || cheer) {
    await ctx.store.changeProfile((p) => ({
      ...p,
      progressionOfferedOn: progression ? ctx.today : p.progressionOfferedOn,
      encouragedOn: cheer ? ctx.today : p.encouragedOn,
    }));
  }
  const cheerText: Part[] = cheer ? [text(cheer === 'weeks3to6' ? 'progress.weeks3to6' : 'progress.later')] : [];
  return prepend([{ variant: 'welcomeBack' }, ...cheerText], offer);
}

/** A first visit: the startblok offer (or the training offer, once a startblok was set one-shot), nothing else yet. */
function firstOffer(ctx: FlowContext, profile: UserProfile): OpenAnswer {
  if (profile.startblok || profile.focus === 'ontspanning') return offerFor(ctx, profile).offer;
  return askText('launch.offerMeasure', 'launch.offerMeasureReprompt', { step: 'offerMeasure' });
}

export async function launch(ctx: FlowContext): Promise<Answer> {
  if (!ctx.state.user) return askText('error.storageDown', 'startblok.askWhichReprompt', { step: 'askStartblok' });
  const profile = ctx.state.user.profile;
  if (!profile.welcomedOn) {
    await ctx.store.changeProfile((p) => ({ ...p, welcomedOn: ctx.today }));
    return prepend([text('launch.welcome'), text('launch.disclaimer')], firstOffer(ctx, profile));
  }
  return welcomeBack(ctx, profile);
}
