import type { TrainingRecord } from '../domain/adherence';
import { checkInDue, cheerFor, maintenanceEarned, startblokAge } from '../domain/adherence';
import { planProgramme } from '../domain/programme';
import { activeDays, programmeStart, retestDue } from '../domain/progress';
import { describeResume, resumableToday } from '../domain/resume';
import type { UserProfile } from '../persistence/userData';
import { cheerLine, CARE_QUESTION, resumeLines, retestLine } from '../speech/careTexts';
import type { Answer, OpenAnswer, Part } from '../skill/answer';
import { ask, askText, prepend, text } from '../skill/answer';
import type { FlowContext } from '../skill/context';
import { todayTally } from '../skill/turn';
import { offerTraining } from './offer';

/** What the stored days say about the user's training: praise and the step to maintenance are earned by it. */
export function trainingRecord(ctx: FlowContext, profile: UserProfile): TrainingRecord {
  return {
    startedOn: programmeStart(profile.startblokHistory),
    lastTrainedOn: profile.lastTrainedOn,
    trainingDays: profile.trainingDays,
    daysThisWeek: activeDays([todayTally(ctx), ...(ctx.state.user?.recentDays ?? [])]),
  };
}

interface Offer {
  readonly offer: OpenAnswer;
  /** A step forward (retest, maintenance) was offered: not again for two weeks. */
  readonly progression?: boolean;
  readonly checkIn?: boolean;
  /** The exercise stopped earlier today is offered: nothing else is said first. */
  readonly resume?: boolean;
}

/** An exercise that stopped earlier today, when the session closed: where it was, and the offer to go on. */
function resumeOffer(ctx: FlowContext, profile: UserProfile): Offer | undefined {
  const point = resumableToday(profile.resumePoint, ctx.today);
  const where = point && describeResume(point, planProgramme(point.request));
  const said = point && where && resumeLines(where, point.setIndex + 1);
  if (!point || !said) return undefined;
  const parts = said.lines.map((l) => text(l.key, l.vars));
  return { offer: ask(parts, [text(said.reprompt.key)], { step: 'offerResume', point }), resume: true };
}

/**
 * What a returning user is offered, most important first: the exercise that stopped earlier
 * today, the check-in in week 6 and 12, the step to maintenance once six months of training are
 * done (asking first whether the complaints are gone), a new measurement every two weeks (with
 * the startblok's true age), else the training offer (flows/offer.ts).
 */
function offerFor(ctx: FlowContext, profile: UserProfile, record: TrainingRecord): Offer {
  const { today } = ctx;
  const startblok = profile.startblok;
  const resume = resumeOffer(ctx, profile);
  if (resume) return resume;
  const week = startblok ? checkInDue(record, profile.checkInAskedOn, today) : undefined;
  if (week !== undefined) {
    const question = CARE_QUESTION.checkIn;
    return { offer: askText(question.text, question.reprompt, { step: 'checkIn' }, { count: week }), checkIn: true };
  }
  const maintenance = profile.maintenanceFrom !== undefined;
  if (startblok && maintenanceEarned(record, maintenance, profile.progressionOfferedOn, today)) {
    const question = CARE_QUESTION.complaintsGone;
    return {
      offer: askText(question.text, question.reprompt, { step: 'askComplaintsGone' }, { count: record.trainingDays ?? 0 }),
      progression: true,
    };
  }
  if (startblok && !maintenance && retestDue(startblok.setOn, profile.progressionOfferedOn, today)) {
    const said = retestLine(startblokAge(startblok.setOn, today));
    return { offer: ask([text(said.key, said.vars)], [text('progress.retestReprompt')], { step: 'offerRetest' }), progression: true };
  }
  return { offer: offerTraining(profile) };
}

/**
 * A returning user's launch: a greeting, a word that fits the training actually done (an honest
 * "it has been a while" after a break replaces the greeting), then the offer.
 */
async function welcomeBack(ctx: FlowContext, profile: UserProfile): Promise<Answer> {
  const record = trainingRecord(ctx, profile);
  const { offer, progression, checkIn, resume } = offerFor(ctx, profile, record);
  const cheer = resume ? undefined : cheerFor(record, profile.encouragedOn, ctx.today);
  if (progression || cheer || checkIn || profile.resumePoint) {
    await ctx.store.changeProfile((p) => ({
      ...p,
      progressionOfferedOn: progression ? ctx.today : p.progressionOfferedOn,
      encouragedOn: cheer ? ctx.today : p.encouragedOn,
      checkInAskedOn: checkIn ? ctx.today : p.checkInAskedOn,
      // Offered once (the offer itself carries the point), or out of date: either way gone.
      resumePoint: undefined,
    }));
  }
  if (cheer?.kind === 'afterBreak') {
    const said = cheerLine(cheer, record.daysThisWeek);
    return prepend([text(said.key, said.vars)], offer);
  }
  const cheerText: Part[] = cheer ? [cheerLine(cheer, record.daysThisWeek)].map((l) => text(l.key, l.vars)) : [];
  return prepend([{ variant: 'welcomeBack' }, ...cheerText], offer);
}

/** A first visit: the startblok offer (or the training offer, once a startblok was set one-shot), nothing else yet. */
function firstOffer(ctx: FlowContext, profile: UserProfile): OpenAnswer {
  if (profile.startblok || profile.focus === 'ontspanning') return offerFor(ctx, profile, trainingRecord(ctx, profile)).offer;
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
