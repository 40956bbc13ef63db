/** What the skill keeps about a user: exercise settings, counts, dates, preferences. Nothing else. */
export interface StoredStartblok {
  readonly holdSeconds: number;
  readonly repetitions: number;
  /** ISO date (YYYY-MM-DD) the startblok was set. */
  readonly setOn: string;
}

/** kracht: a weak floor (startblok + quick contractions); ontspanning: a tense floor. */
export type Focus = 'kracht' | 'ontspanning';

export interface UserProfile {
  readonly startblok?: StoredStartblok;
  /** Every startblok the user had, oldest first (capped), for "begonnen met … nu …". */
  readonly startblokHistory?: readonly StoredStartblok[];
  /** The first visit, when the disclaimer was said. */
  readonly welcomedOn?: string;
  readonly focus?: Focus;
  /** The lift image is explained once. */
  readonly liftExplainedOn?: string;
  /** Sphincter endurance: how long the user holds at half strength, asked once. */
  readonly enduranceHoldSeconds?: number;
  /** When a step forward (measuring again, or maintenance) was last offered, so it is not offered daily. */
  readonly progressionOfferedOn?: string;
  /** When the last "geef niet op" was said. */
  readonly encouragedOn?: string;
  /** The day the user moved on to the maintenance programme. */
  readonly maintenanceFrom?: string;
  /** The date the self-test was last completed: never its answers, never its score. */
  readonly selfTestOn?: string;
  /** When the routine hint was said (after reminders were set), so it is said once. */
  readonly routineOfferedOn?: string;
  /** Optimistic lock: 0 means never stored. */
  readonly version: number;
}

/** How many startbloks the history keeps: the first, and the most recent ones. */
export const HISTORY_LIMIT = 24;

/** Per day: how often each thing was done. A closed list, so nothing else can be stored. */
export const DAY_COUNTERS = ['sessions', 'repetitions', 'quickSets', 'lift', 'sphincter', 'relaxation', 'layers'] as const;
export type DayCounter = (typeof DAY_COUNTERS)[number];

/**
 * sessions: completed startblok sessions; repetitions: every startblok repetition done, also
 * from sessions stopped halfway; the rest: completed sets and exercises.
 */
export type DayTally = { readonly date: string } & Readonly<Record<DayCounter, number>> & {
  /** The hold of the day's last completed startblok session: the diary's "which startblok". */
  readonly holdSeconds?: number;
};

/** A change to one day's tally, applied at most once thanks to its id. */
export type DayIncrement = DayTally & { readonly id: string };

export interface UserSnapshot {
  readonly profile: UserProfile;
  readonly today: DayTally;
  /** The six days before today that have any record, oldest first. */
  readonly recentDays: readonly DayTally[];
}

/**
 * Whose data: always the Alexa account (userId), and within it the recognised voice
 * (personId) when there is one. Person data lives in the account's partition, so that
 * deleting an account (SkillDisabled carries only the userId) deletes every person in it.
 */
export interface UserRef {
  readonly userId: string;
  readonly personId?: string;
}

/** How many days back a load reads: this week's training days. */
export const RECENT_DAYS = 7;

export const emptyProfile: UserProfile = { version: 0 };

export function emptyDay(date: string): DayTally {
  return { date, sessions: 0, repetitions: 0, quickSets: 0, lift: 0, sphincter: 0, relaxation: 0, layers: 0 };
}

export interface UserStore {
  /** One read: the profile, today's tally and the recent days. */
  load(user: UserRef, today: string): Promise<UserSnapshot>;
  /** Conditional on the version; on a conflict the change is applied to the fresh profile. */
  updateProfile(user: UserRef, current: UserProfile, change: (p: UserProfile) => UserProfile): Promise<UserProfile>;
  /** Atomic and idempotent: the same increment twice counts once. */
  addToDay(user: UserRef, increment: DayIncrement): Promise<DayTally>;
  /** Every item of the account, every person in it included. Returns how many were deleted. */
  deleteAccount(userId: string): Promise<number>;
  /** Every item of one owner: a recognised person, or the account's own data. */
  deleteUser(user: UserRef): Promise<number>;
}
