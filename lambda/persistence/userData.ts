import type * as v from 'valibot';
import type { IncrementSchema, ProfileSchema, StartblokSchema, TallySchema } from './profileShape';
import { DAY_COUNTERS } from './profileShape';

export { DAY_COUNTERS, HISTORY_LIMIT } from './profileShape';

type Stored<S extends v.GenericSchema> = Readonly<v.InferOutput<S>>;

/** What the skill keeps about a user: exercise settings, counts, dates, preferences. Nothing else. */
export type StoredStartblok = Stored<typeof StartblokSchema>;
export type UserProfile = Stored<typeof ProfileSchema>;
export type Focus = NonNullable<UserProfile['focus']>;
export type DayCounter = (typeof DAY_COUNTERS)[number];
/**
 * sessions: completed startblok sessions; repetitions: every startblok repetition done, also
 * from sessions stopped halfway; the rest: completed sets and exercises.
 */
export type DayTally = Stored<typeof TallySchema>;
/** A change to one day's tally, applied at most once thanks to its id. */
export type DayIncrement = Stored<typeof IncrementSchema>;

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

/** A day without work: every counter 0, so a new counter needs no change here. */
export function emptyDay(date: string): DayTally {
  return { date, ...(Object.fromEntries(DAY_COUNTERS.map((counter) => [counter, 0])) as Record<DayCounter, number>) };
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
