import type { DayIncrement, UserProfile, UserRef, UserStore } from '../../lambda/persistence/userData';

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

  async load(user: UserRef, today: string) {
    this.guard();
    return this.real.load(user, today);
  }

  async updateProfile(user: UserRef, current: UserProfile, change: (p: UserProfile) => UserProfile) {
    this.guard();
    return this.real.updateProfile(user, current, change);
  }

  async addToDay(user: UserRef, increment: DayIncrement) {
    this.guard();
    return this.real.addToDay(user, increment);
  }

  async deleteUser(user: UserRef) {
    this.guard();
    return this.real.deleteUser(user);
  }

  async deleteAccount(userId: string) {
    this.guard();
    return this.real.deleteAccount(userId);
  }
}
