import type { TrainingRecord } from '../domain/adherence';
import { checkInDue, cheerFor, maintenanceEarned, onBreak, startblokAge } from '../domain/adherence';
import { planProgramme } from '../domain/programme';
import { activeDays, programmeStart, retestDue } from '../domain/progress';
import { describeResume, resumableToday } from '../domain/resume';
import type { UserProfile } from '../persistence/userData';
import { cheerLine, CARE_QUESTION, resumeLines, retestLine } from '../speech/careTexts';
import type { Answer, OpenAnswer, Part } from '../skill/answer';
import { ask, askText, prepend, tell, text } from '../skill/answer';
import type { FlowContext } from '../skill/context';
import { todayTally } from '../skill/turn';
import { consentRecord } from '../domain/consent';
import { shortOpenings } from '../domain/discretion';
import { emptyProfile } from '../persistence/userData';
import { discretionOf } from '../skill/privacy';
import { askConsent, needsConsent, storedBefore } from './consent';
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
  // A new maximal measurement is no step forward for a tense floor, which trains letting go first.
  const measuring = profile.focus !== 'ontspanning';
  if (startblok && measuring && !maintenance && retestDue(startblok.setOn, profile.progressionOfferedOn, today)) {
    const said = retestLine(startblokAge(startblok.setOn, today), onBreak(record, today));
    return { offer: ask([text(said.key, said.vars)], [text('progress.retestReprompt')], { step: 'offerRetest' }), progression: true };
  }
  return { offer: offerTraining(profile) };
}

/**
 * A returning user's launch: a greeting, a word that fits the training actually done (an honest
 * "it has been a while" after a break replaces the greeting), then the offer. A user who asked for
 * discretion hears a short, neutral opening before the plain training offer; a question with its
 * own answers (resume, check-in, a step forward) is asked as it is, so "ja" answers what was heard.
 * Without a greeting (just after the consent answer) the offer follows that answer directly.
 */
async function welcomeBack(ctx: FlowContext, profile: UserProfile, greet: boolean): Promise<Answer> {
  const record = trainingRecord(ctx, profile);
  const { offer, progression, checkIn, resume } = offerFor(ctx, profile, record);
  const discreet = greet && shortOpenings(discretionOf(ctx.state));
  const cheer = resume || discreet ? undefined : cheerFor(record, profile.encouragedOn, ctx.today);
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
  if (discreet && !progression && !checkIn && !resume)
    return askText('discretion.welcomeBackShort', 'discretion.welcomeShortReprompt', offer.next);
  if (discreet) return offer;
  if (cheer?.kind === 'afterBreak') {
    const said = cheerLine(cheer, record.daysThisWeek);
    return prepend([text(said.key, said.vars)], offer);
  }
  const cheerText: Part[] = cheer ? [cheerLine(cheer, record.daysThisWeek)].map((l) => text(l.key, l.vars)) : [];
  return prepend([...(greet ? [{ variant: 'welcomeBack' } as const] : []), ...cheerText], offer);
}

/** A first visit: the startblok offer (or the training offer, once a startblok was set one-shot), nothing else yet. */
function firstOffer(ctx: FlowContext, profile: UserProfile): OpenAnswer {
  if (profile.startblok || profile.focus === 'ontspanning') return offerFor(ctx, profile, trainingRecord(ctx, profile)).offer;
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
  // Noted: the turn's one profile write stores it with the first visit's date (skill/persist.ts).
  ctx.store.noteProfile((p) => ({ ...p, consent: consentRecord(ctx.today) }));
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
