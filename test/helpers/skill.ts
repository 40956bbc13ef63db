import type { UserStore } from '../../lambda/persistence/userData';
import type { Skill } from '../../lambda/buildSkill';
import { buildSkill } from '../../lambda/buildSkill';
import type { LogLine } from '../../lambda/skill/log';
import type { SkillDeps } from '../../lambda/skill/deps';
import { fixedRandom } from '../../tools/seededRandom';

export interface TestSkill {
  readonly skill: Skill;
  readonly logs: LogLine[];
  /** Moves the skill's clock. */
  setNow(moment: Date): void;
}

export const MONDAY_MORNING = new Date('2026-11-23T08:00:00+01:00');

/**
 * The real skill with a fixed clock, counted ids, captured logs and fixed randomness: by
 * default always 0, the first variant of a text (the next one when it was just said).
 * Users count as having said "ja" to storing, so transcripts of other features need no consent
 * turn; askConsent: true runs the consent question as in production (test/conversations/consent.test.ts).
 */
export function testSkill(
  store: UserStore,
  options: {
    now?: Date;
    skillId?: string;
    random?: () => number;
    askConsent?: boolean;
    deps?: Partial<Pick<SkillDeps, 'handoff' | 'metric' | 'sleep'>>;
  } = {},
): TestSkill {
  let now = options.now ?? MONDAY_MORNING;
  let ids = 0;
  const logs: LogLine[] = [];
  const skill = buildSkill(
    {
      store,
      now: () => now,
      newId: () => `run-${++ids}`,
      log: (line) => logs.push(line),
      random: options.random ?? fixedRandom(0),
      assumeConsent: options.askConsent !== true,
      ...options.deps,
    },
    { skillId: options.skillId },
  );
  return {
    skill,
    logs,
    setNow(moment) {
      now = moment;
    },
  };
}

/** Counts the DynamoDB calls that really go out, by command name (shared with the benchmark). */
export { countCalls } from '../../tools/dynamoCalls';
