/** What the skill keeps about a user: exercise settings, counts, dates. Nothing else. */
export interface StoredStartblok {
  readonly holdSeconds: number;
  readonly repetitions: number;
  /** ISO date (YYYY-MM-DD) the startblok was set. */
  readonly setOn: string;
}

export interface UserProfile {
  readonly startblok?: StoredStartblok;
  /** The first visit, when the disclaimer was said. */
  readonly welcomedOn?: string;
  /** The date the self-test was last completed: never its answers, never its score. */
  readonly selfTestOn?: string;
  /** Optimistic lock: 0 means never stored. */
  readonly version: number;
}

export interface DayTally {
  readonly date: string;
  /** Completed startblok sessions. */
  readonly sessions: number;
  /** Every repetition done, also from sessions stopped halfway. */
  readonly repetitions: number;
  readonly quickSets: number;
}

/** A change to one day's tally, applied at most once thanks to its id. */
export interface DayIncrement {
  readonly id: string;
  readonly date: string;
  readonly sessions: number;
  readonly repetitions: number;
  readonly quickSets: number;
}

export interface UserSnapshot {
  readonly profile: UserProfile;
  readonly today: DayTally;
}

export const emptyProfile: UserProfile = { version: 0 };

export function emptyDay(date: string): DayTally {
  return { date, sessions: 0, repetitions: 0, quickSets: 0 };
}

export interface UserStore {
  /** One read: the profile and today's tally. */
  load(userKey: string, today: string): Promise<UserSnapshot>;
  /** Conditional on the version; on a conflict the change is applied to the fresh profile. */
  updateProfile(userKey: string, current: UserProfile, change: (p: UserProfile) => UserProfile): Promise<UserProfile>;
  /** Atomic and idempotent: the same increment twice counts once. */
  addToDay(userKey: string, increment: DayIncrement): Promise<DayTally>;
}
