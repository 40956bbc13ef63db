import type { Answer } from '../skill/answer';
import type { FlowContext } from '../skill/context';
import { storedStartblok } from './common';
import { startExercise } from './exercise';
import { startMeasure } from './startblok';

/** "Ja" to maintenance after the six months: two sets a week from now on, starting with one now. */
export async function acceptMaintenance(ctx: FlowContext): Promise<Answer> {
  await ctx.store.changeProfile((p) => ({ ...p, maintenanceFrom: p.maintenanceFrom ?? ctx.today }));
  const startblok = storedStartblok(ctx);
  if (!startblok) return startMeasure(ctx);
  return startExercise(ctx, { programme: 'maintenance', holdSeconds: startblok.holdSeconds, repetitions: startblok.repetitions });
}
