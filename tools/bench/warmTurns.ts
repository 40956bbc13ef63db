import { randomUUID } from 'node:crypto';
import type { UserStore } from '../../lambda/persistence/userData';
import { buildSkill } from '../../lambda/buildSkill';
import { silentLogger } from '../../lambda/skill/log';
import { seededRandom } from '../seededRandom';
import type { TurnResult } from '../load/trainingConversation';
import { playTrainingConversation } from '../load/trainingConversation';

export interface WarmRun {
  /** Handler time of every measured turn, in ms. */
  readonly turns: number[];
  readonly conversations: number;
  /** Answers that were not what the script expects (must be 0, or the figures mean nothing). */
  readonly problems: string[];
}

/**
 * Whole training conversations one after another through the skill (buildSkill, as the
 * Lambda handler builds it) on the given store, after `warmup` unmeasured ones, so that
 * every code path is compiled and every module loaded.
 */
export async function warmTurns(store: UserStore, conversations: number, warmup: number): Promise<WarmRun> {
  const skill = buildSkill({ store, now: () => new Date(), newId: randomUUID, log: silentLogger, random: seededRandom(1) });
  const handler = (event: Parameters<typeof skill.invoke>[0]) => skill.invoke(event);
  const all: TurnResult[] = [];
  for (let i = 0; i < warmup + conversations; i++) {
    const { turns: results } = await playTrainingConversation(handler, `amzn1.ask.account.bench-${randomUUID()}`);
    if (i >= warmup) all.push(...results);
  }
  return {
    turns: all.map((r) => r.ms),
    conversations,
    problems: all.flatMap((r) => (r.problem ? [r.problem] : [])),
  };
}
