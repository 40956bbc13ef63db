import type { CallOptions, DayIncrement, ProfilePatch, UserProfile, UserRef, UserStore } from '../../lambda/persistence/userData';

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

  async load(user: UserRef, today: string, options?: CallOptions) {
    this.guard();
    return this.real.load(user, today, options);
  }

  async patchProfile(user: UserRef, patch: ProfilePatch, options?: CallOptions) {
    this.guard();
    return this.real.patchProfile(user, patch, options);
  }

  async updateProfile(user: UserRef, current: UserProfile, change: (p: UserProfile) => UserProfile, options?: CallOptions) {
    this.guard();
    return this.real.updateProfile(user, current, change, options);
  }

  async addToDay(user: UserRef, increment: DayIncrement, options?: CallOptions) {
    this.guard();
    return this.real.addToDay(user, increment, options);
  }

  async erasedAt(user: UserRef, options?: CallOptions) {
    this.guard();
    return this.real.erasedAt(user, options);
  }

  async deleteUser(user: UserRef, at: number, options?: CallOptions) {
    this.guard();
    return this.real.deleteUser(user, at, options);
  }

  async deleteAccount(userId: string, at: number, options?: CallOptions) {
    this.guard();
    return this.real.deleteAccount(userId, at, options);
  }
}
