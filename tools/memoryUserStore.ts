import type { DayIncrement, DayTally, ProfilePatch, UserProfile, UserRef, UserSnapshot, UserStore } from '../lambda/persistence/userData';
import { diffProfile } from '../lambda/persistence/profileShape';
import { DAY_COUNTERS, emptyDay, emptyProfile, RECENT_DAYS } from '../lambda/persistence/userData';

/**
 * The UserStore contract in process memory: versioned profiles and idempotent day
 * increments, like DynamoUserStore, without any I/O. For the property tests (thousands of
 * turns, where the database is not what is tested) and for the benchmark's "excluding
 * database time" figures. Never used by the skill itself.
 */
export class MemoryUserStore implements UserStore {
  private readonly profiles = new Map<string, UserProfile>();
  private readonly days = new Map<string, { tally: DayTally; ids: Set<string> }>();

  private static owner(user: UserRef): string {
    return `${user.userId}|${user.personId ?? ''}`;
  }

  async load(user: UserRef, today: string): Promise<UserSnapshot> {
    const owner = MemoryUserStore.owner(user);
    const recentDays: DayTally[] = [];
    for (let back = RECENT_DAYS - 1; back >= 1; back--) {
      const date = new Date(Date.parse(`${today}T00:00:00Z`) - back * 86_400_000).toISOString().slice(0, 10);
      const day = this.days.get(`${owner}|${date}`);
      if (day) recentDays.push({ ...day.tally });
    }
    const todayDay = this.days.get(`${owner}|${today}`);
    return {
      profile: { ...(this.profiles.get(owner) ?? emptyProfile) },
      today: todayDay ? { ...todayDay.tally } : emptyDay(today),
      recentDays,
    };
  }

  async patchProfile(user: UserRef, patch: ProfilePatch): Promise<UserProfile> {
    const owner = MemoryUserStore.owner(user);
    const next: Record<string, unknown> = { ...(this.profiles.get(owner) ?? emptyProfile) };
    for (const [field, value] of Object.entries(patch)) {
      if (value === null) delete next[field];
      else next[field] = value;
    }
    next.version = (next.version as number) + 1;
    this.profiles.set(owner, next as UserProfile);
    return { ...(next as UserProfile) };
  }

  async updateProfile(user: UserRef, current: UserProfile, change: (p: UserProfile) => UserProfile): Promise<UserProfile> {
    return this.patchProfile(user, diffProfile(current, change(current)));
  }

  /** No erasure markers here: a deletion simply removes. */
  async erasedAt(): Promise<number | undefined> {
    return undefined;
  }

  async addToDay(user: UserRef, increment: DayIncrement): Promise<DayTally> {
    const key = `${MemoryUserStore.owner(user)}|${increment.date}`;
    const day = this.days.get(key) ?? { tally: emptyDay(increment.date), ids: new Set<string>() };
    if (!day.ids.has(increment.id)) {
      const tally: Record<string, number | string> = { ...day.tally };
      for (const counter of DAY_COUNTERS) tally[counter] = day.tally[counter] + increment[counter];
      if (increment.holdSeconds !== undefined) tally.holdSeconds = increment.holdSeconds;
      day.tally = tally as DayTally;
      day.ids.add(increment.id);
      this.days.set(key, day);
    }
    return { ...day.tally };
  }

  async deleteAccount(userId: string): Promise<number> {
    return this.deleteKeys((key) => key.startsWith(`${userId}|`));
  }

  async deleteUser(user: UserRef): Promise<number> {
    const owner = MemoryUserStore.owner(user);
    return this.deleteKeys((key) => key === owner || key.startsWith(`${owner}|`));
  }

  private deleteKeys(matches: (key: string) => boolean): number {
    let deleted = 0;
    for (const map of [this.profiles, this.days] as Map<string, unknown>[]) {
      for (const key of [...map.keys()]) {
        if (matches(key)) {
          map.delete(key);
          deleted += 1;
        }
      }
    }
    return deleted;
  }

  /** Every stored day tally of one user, by date (for the tests' and the load run's accounting). */
  daysOf(user: UserRef): Map<string, DayTally> {
    const prefix = `${MemoryUserStore.owner(user)}|`;
    return new Map([...this.days].filter(([key]) => key.startsWith(prefix)).map(([key, day]) => [key.slice(prefix.length), day.tally]));
  }
}
