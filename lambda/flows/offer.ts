import type { UserProfile } from '../persistence/userData';
import type { OpenAnswer } from '../skill/answer';
import { ask, askText, text } from '../skill/answer';

/**
 * The one training offer, for every programme a user can be in: relaxation first for a tense
 * floor, the startblok to determine when there is none yet, maintenance after the switch,
 * else the startblok training. "Ja" then starts exactly what was offered (flows/training.ts).
 */
export function offerTraining(profile: UserProfile | undefined): OpenAnswer {
  const startblok = profile?.startblok;
  if (profile?.focus === 'ontspanning')
    return askText('exercises.offerRelaxation', 'exercises.offerRelaxationReprompt', { step: 'offerRelaxation' });
  if (!startblok) return askText('training.needsStartblok', 'training.needsStartblokReprompt', { step: 'offerMeasure' });
  const vars = { hold: startblok.holdSeconds, repetitions: startblok.repetitions };
  const offer = profile.maintenanceFrom !== undefined ? 'progress.maintenanceOffer' : 'training.offer';
  return ask([text(offer, vars)], [text('training.offerReprompt')], { step: 'offerTraining' });
}
