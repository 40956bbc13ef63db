import type * as v from 'valibot';
import type { IncrementSchema, ProfilePatch, ProfileSchema, StartblokSchema, TallySchema } from './profileShape';
import { DAY_COUNTERS } from './profileShape';

export type { ProfilePatch } from './profileShape';

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
  /** The profile's expiry is due for a refresh (it is kept while used): not kept in the session. */
  readonly refreshDue?: boolean;
}

/**
 * What every call takes besides its data. abortSignal: the turn's deadline, so no call
 * outlives the reply (persistence/client.ts). sessionStartedAt (epoch ms): writes of a
 * session that began before the user's data was erased are refused (ErasedError).
 */
export interface CallOptions {
  readonly abortSignal?: AbortSignal;
  readonly sessionStartedAt?: number;
  /** The caller's clock (epoch ms), for the profile's expiry. */
  readonly now?: number;
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
  /** One read: the profile, today's tally and the recent days. Erased data reads as none. */
  load(user: UserRef, today: string, options?: CallOptions): Promise<UserSnapshot>;
  /**
   * Writes only the fields the patch names (null removes one), so two devices changing
   * different fields never undo each other; the same patch twice gives the same profile.
   * Returns the stored profile.
   */
  patchProfile(user: UserRef, patch: ProfilePatch, options?: CallOptions): Promise<UserProfile>;
  /** The change applied to `current`, stored as a patch of the fields it changed. */
  updateProfile(user: UserRef, current: UserProfile, change: (p: UserProfile) => UserProfile, options?: CallOptions): Promise<UserProfile>;
  /** Atomic and idempotent: the same increment twice counts once. */
  addToDay(user: UserRef, increment: DayIncrement, options?: CallOptions): Promise<DayTally>;
  /** When the owner's data was last erased (epoch ms), if it ever was. */
  erasedAt(user: UserRef, options?: CallOptions): Promise<number | undefined>;
  /**
   * Every item of the account, every person in it included; a deletion marker stays where
   * they were. Returns how many items held data. `at` is the deletion time (epoch ms).
   */
  deleteAccount(userId: string, at: number, options?: CallOptions): Promise<number>;
  /** Every item of one owner: a recognised person, or the account's own data. */
  deleteUser(user: UserRef, at: number, options?: CallOptions): Promise<number>;
}
