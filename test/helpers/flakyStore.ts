import type { DayIncrement, UserProfile, UserStore } from '../../lambda/persistence/userData';

/** The real store, with a switch that makes every call fail as a dead database would. */
export class SwitchableStore implements UserStore {
  down = false;

  constructor(private readonly real: UserStore) {}

  private guard(): void {
    if (this.down) {
      const error = new Error('connect ECONNREFUSED 127.0.0.1');
      error.name = 'TimeoutError';
      throw error;
    }
  }

  async load(userKey: string, today: string) {
    this.guard();
    return this.real.load(userKey, today);
  }

  async updateProfile(userKey: string, current: UserProfile, change: (p: UserProfile) => UserProfile) {
    this.guard();
    return this.real.updateProfile(userKey, current, change);
  }

  async addToDay(userKey: string, increment: DayIncrement) {
    this.guard();
    return this.real.addToDay(userKey, increment);
  }
}
