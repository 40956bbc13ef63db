import type { HandoffQueue } from '../persistence/handoff';
import type { UserStore } from '../persistence/userData';
import type { Metrics } from '../services/metrics';
import type { Logger } from './log';

/** Everything from outside the skill's own logic, passed in so tests control it. */
export interface SkillDeps {
  readonly store: UserStore;
  readonly now: () => Date;
  /** A fresh id per training run, so a retried write counts once. */
  readonly newId: () => string;
  readonly log: Logger;
  /** A number in [0, 1), like Math.random: chooses among the variants of praise and greetings. */
  readonly random: () => number;
  /** Milliseconds on a clock that only moves forward: the turn's reply budget (skill/persist.ts). */
  readonly monotonicMs?: () => number;
  /** Waits between two tries of a failed save; tests may pass one that returns at once. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Where work the session could not store goes when the session ends (persistence/handoff.ts). */
  readonly handoff?: HandoffQueue;
  /** Counts failures for the alarms (services/metrics.ts); none when absent. */
  readonly metric?: Metrics;
  /**
   * Only for tests of other features: behave as if the user had said "ja" to storing, so their
   * transcripts need no consent turn. Never set in production (lambda/index.ts): there the
   * consent question is asked and nothing is stored without it.
   */
  readonly assumeConsent?: boolean;
}
