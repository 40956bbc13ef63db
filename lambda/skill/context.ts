import type { ClockTime } from '../domain/reminderTimes';
import type { DayTally, UserProfile } from '../persistence/userData';
import { createDailyReminders, deleteAllReminders, listReminderTimes, remindersGranted } from '../services/reminders';
import { explicitWording } from '../domain/discretion';
import type { Logger } from './log';
import { budgetAllows } from './persist';
import type { Work } from './recording';
import { changeProfile, recordWork } from './recording';
import { discretionOf } from './privacy';
import type { SessionState } from './sessionState';
import type { Turn } from './turn';
import { flushUnsaved } from './turn';

/** The database, as the flows see it: every write is bounded and never throws. */
export interface FlowStore {
  /** Applies a profile change locally and in the database; false when only local. */
  changeProfile(change: (p: UserProfile) => UserProfile): Promise<boolean>;
  /** Records completed work for today; what the database does not take waits in the session. */
  recordWork(id: string, work: Work): Promise<DayTally>;
  /** Writes what waits in the session; true when nothing is left. */
  flushUnsaved(): Promise<boolean>;
  /** The session's last chance to save what waits (Alexa closed it), when the budget allows. */
  lastChanceFlush(): Promise<void>;
  /** Deletes the asking user's own data; false when that failed. */
  deleteUser(): Promise<boolean>;
  /** Deletes a whole account (the skill was disabled). */
  deleteAccount(userId: string): Promise<void>;
}

/** The Alexa Reminders API; the calls throw RemindersError (services/reminders.ts). */
export interface RemindersPort {
  granted(): boolean;
  createDaily(times: readonly ClockTime[]): Promise<void>;
  list(): Promise<ClockTime[]>;
  deleteAll(): Promise<number>;
}

/**
 * What a flow works with: the session's state and today's date as data, the outside world
 * as ports. No SDK and no translator, so a flow is tested with a plain object.
 */
export interface FlowContext {
  readonly today: string;
  /** The session: flows read the dialog and the cached profile, and keep the self-test's progress here. */
  readonly state: SessionState;
  readonly store: FlowStore;
  readonly reminders: RemindersPort;
  /** A fresh id per exercise run, so a retried write counts once. */
  readonly newId: () => string;
  /** A number in [0, 1): which technique tip a training opens with, rotating over sessions. */
  readonly random: () => number;
  readonly log: Logger;
  /** False only in tests of other features (deps.assumeConsent): then nobody is asked, and writes go through. */
  readonly askConsent: boolean;
}

export function contextOf(turn: Turn): FlowContext {
  const { input, deps } = turn;
  return {
    today: turn.today,
    state: turn.state,
    newId: deps.newId,
    random: deps.random,
    log: deps.log,
    askConsent: deps.assumeConsent !== true,
    store: {
      changeProfile: (change) => changeProfile(turn, change),
      recordWork: (id, work) => recordWork(turn, id, work),
      flushUnsaved: () => flushUnsaved(turn),
      async lastChanceFlush() {
        if (turn.state.unsaved.length > 0 && budgetAllows(turn)) {
          turn.storageDown = false;
          await flushUnsaved(turn);
        }
      },
      async deleteUser() {
        if (turn.user === undefined) return false;
        try {
          await deps.store.deleteUser(turn.user);
          return true;
        } catch (error) {
          deps.log({ event: 'storage', error: (error as Error).name });
          return false;
        }
      },
      async deleteAccount(userId) {
        await deps.store.deleteAccount(userId);
      },
    },
    reminders: {
      granted: () => remindersGranted(input),
      createDaily: (times) =>
        createDailyReminders(
          input,
          times,
          turn.today,
          turn.t(explicitWording(discretionOf(turn.state)) ? 'discretion.reminderExplicit' : 'discretion.reminderNeutral'),
        ),
      list: () => listReminderTimes(input),
      deleteAll: () => deleteAllReminders(input),
    },
  };
}
