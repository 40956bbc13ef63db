import type { ClockTime } from '../../lambda/domain/reminderTimes';
import type { UserProfile } from '../../lambda/persistence/userData';
import { emptyDay, emptyProfile } from '../../lambda/persistence/userData';
import type { FlowContext } from '../../lambda/skill/context';
import type { Dialog } from '../../lambda/skill/dialog';
import { idle } from '../../lambda/skill/dialog';
import type { Work } from '../../lambda/skill/recording';
import { parseSessionState } from '../../lambda/skill/sessionState';

/** What a flow did to the outside world, for assertions. */
export interface FlowCalls {
  readonly profiles: UserProfile[];
  readonly work: { id: string; work: Work }[];
  readonly reminders: (readonly ClockTime[])[];
}

/**
 * A flow's whole world as plain data: no database, no SDK, no translator. The store port
 * applies profile changes to the session's profile and records what it was asked to do.
 */
export function flowContext(options: { profile?: Partial<UserProfile>; dialog?: Dialog; today?: string; askConsent?: boolean } = {}): {
  ctx: FlowContext;
  calls: FlowCalls;
} {
  const today = options.today ?? '2026-11-23';
  const state = parseSessionState({});
  state.dialog = options.dialog ?? idle;
  state.user = { profile: { ...emptyProfile, ...options.profile }, today: emptyDay(today), recentDays: [] };
  const calls: FlowCalls = { profiles: [], work: [], reminders: [] };
  let ids = 0;
  const ctx: FlowContext = {
    today,
    state,
    newId: () => `run-${++ids}`,
    random: () => 0,
    log: () => undefined,
    askConsent: options.askConsent ?? false,
    store: {
      async changeProfile(change) {
        const user = state.user ?? { profile: emptyProfile, today: emptyDay(today), recentDays: [] };
        state.user = { ...user, profile: change(user.profile) };
        calls.profiles.push(state.user.profile);
        return true;
      },
      noteProfile(change) {
        const user = state.user ?? { profile: emptyProfile, today: emptyDay(today), recentDays: [] };
        state.user = { ...user, profile: change(user.profile) };
        calls.profiles.push(state.user.profile);
      },
      async recordWork(id, work) {
        calls.work.push({ id, work });
        return emptyDay(today);
      },
      flushUnsaved: async () => true,
      lastChanceFlush: async () => undefined,
      deleteUser: async () => true,
      deleteAccount: async () => undefined,
    },
    reminders: {
      granted: () => true,
      async createDaily(times) {
        calls.reminders.push(times);
      },
      list: async () => [],
      deleteAll: async () => 0,
    },
  };
  return { ctx, calls };
}
