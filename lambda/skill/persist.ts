import { CLIENT_LIMITS } from '../persistence/client';
import type { SkillDeps } from './deps';

/** What a bounded save needs of the turn (a Turn has it): the clock, the pause, the log, and when the turn began. */
export interface ReplyBudget {
  readonly deps: Pick<SkillDeps, 'monotonicMs' | 'sleep' | 'log'>;
  readonly startedMs: number;
}

/**
 * A bounded retry of a failed save inside one turn. Alexa waits 8 s for the answer and the
 * function stops at 7 s (infra), so a further try starts only when even its slowest outcome
 * (every client attempt timing out, plus the SDK's backoff between them: persistence/client.ts)
 * still ends within budgetMs of the turn's start. Writes carry their run id, so a try whose
 * reply was lost and is tried again still counts once.
 */
export const SAVE_RETRY = {
  budgetMs: 6000,
  /** Short pauses before the second and third try; there is no fourth. */
  backoffMs: [150, 400],
  slowestCallMs: CLIENT_LIMITS.maxAttempts * CLIENT_LIMITS.requestTimeoutMs + CLIENT_LIMITS.sdkBackoffMaxMs,
} as const;

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function monotonicNow(turn: Pick<ReplyBudget, 'deps'>): number {
  return (turn.deps.monotonicMs ?? (() => performance.now()))();
}

/** True when a call started after `waitMs` more would still end inside the turn's budget. */
export function budgetAllows(turn: ReplyBudget, waitMs = 0): boolean {
  return monotonicNow(turn) - turn.startedMs + waitMs + SAVE_RETRY.slowestCallMs <= SAVE_RETRY.budgetMs;
}

/**
 * Runs a save, and again after a short pause while the budget allows. Each failed try is
 * logged (its error name only); the last error is thrown when no further try fits.
 */
export async function saveWithRetry<T>(turn: ReplyBudget, save: () => Promise<T>): Promise<T> {
  const sleep = turn.deps.sleep ?? defaultSleep;
  for (let attempt = 0; ; attempt++) {
    try {
      return await save();
    } catch (error) {
      turn.deps.log({ event: 'storage', error: (error as Error).name });
      const pause = SAVE_RETRY.backoffMs[attempt];
      if (pause === undefined || !budgetAllows(turn, pause)) throw error;
      await sleep(pause);
    }
  }
}
