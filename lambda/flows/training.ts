import { tipFrom } from '../domain/planner';
import { positionFor } from '../domain/positions';
import type { Position } from '../domain/timeline';
import type { Answer } from '../skill/answer';
import { askText, prepend, text } from '../skill/answer';
import type { FlowContext } from '../skill/context';
import { todayTally } from '../skill/turn';
import { storedStartblok } from './common';
import { startExercise } from './exercise';
import { offerTraining } from './offer';

/** The daily training with the stored startblok (maintenance after the switch), or the offer to determine one first. */
export async function startTraining(ctx: FlowContext, chosen?: Position, fullSetup?: boolean): Promise<Answer> {
  const startblok = storedStartblok(ctx);
  const profile = ctx.state.user?.profile;
  // A tense floor learns to let go first: an ordinary request does not lead to a maximal squeeze to measure.
  if (!startblok && profile?.focus === 'ontspanning') return prepend([text('training.relaxFirst')], offerTraining(profile));
  if (!startblok) return askText('training.needsStartblok', 'training.needsStartblokReprompt', { step: 'offerMeasure' });
  const { holdSeconds, repetitions } = startblok;
  // One point of technique per set, a different one from session to session, for daily users too.
  const tip = tipFrom(ctx.random());
  if (ctx.state.user?.profile.maintenanceFrom) return startExercise(ctx, { programme: 'maintenance', holdSeconds, repetitions, tip });
  const position = positionFor(todayTally(ctx).sessions, chosen, ctx.state.pregnant === true);
  return startExercise(ctx, { programme: 'startblokTraining', holdSeconds, repetitions, position, tip }, fullSetup);
}
