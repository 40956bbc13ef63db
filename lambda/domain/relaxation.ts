import type { SessionPlan } from './timeline';
import { checkPlan } from './rules';
import { guide, letGo, pause, repetitions } from './steps';

/**
 * For a tense pelvic floor (article 000, handout 003): calm belly breathing with a long
 * exhale; on the inhale the floor sinks and widens, on the exhale it springs back by itself.
 * No squeezing anywhere: the rules refuse a contraction in this programme. The image is told
 * before the breaths, so the pacing cues are short from the first breath and a breath stays
 * comfortable (about 5 s in and 7 to 8 s out, cues included), never 9 s in and 11 s out.
 */
export const RELAXATION = { breaths: 14, inhaleSeconds: 3, exhaleSeconds: 6 } as const;

export function planRelaxation(breaths: number = RELAXATION.breaths): SessionPlan {
  return checkPlan({
    programme: 'relaxation',
    sets: [
      {
        kind: 'relaxation',
        holdSeconds: 0,
        restSeconds: RELAXATION.exhaleSeconds,
        repetitions: repetitions(breaths, () => [
          letGo('breatheIn'),
          pause('breathe', RELAXATION.inhaleSeconds),
          guide('breatheOut', 'exhale'),
          pause('breathe', RELAXATION.exhaleSeconds),
        ]),
      },
    ],
  });
}
