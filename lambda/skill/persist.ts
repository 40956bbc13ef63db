import type { HandlerInput } from 'ask-sdk-core';
import { getRequestType } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { Handoff } from '../persistence/handoff';
import type { ProfilePatch } from '../persistence/profileShape';
import { diffProfile } from '../persistence/profileShape';
import type { StorageFailure } from '../persistence/storageErrors';
import { classifyStorageError } from '../persistence/storageErrors';
import type { CallOptions, DayCounter, DayIncrement, DayTally, UserProfile, UserSnapshot } from '../persistence/userData';
import { DAY_COUNTERS, emptyDay, emptyProfile } from '../persistence/userData';
import type { MetricName } from '../services/metrics';
import { METRIC } from '../services/metrics';
import type { UserRef } from '../persistence/userData';
import type { SkillDeps } from './deps';
import { writesAllowed } from './privacy';
import type { SessionState } from './sessionState';
import { reconcileUnread } from '../persistence/reconcile';

/** What a bounded save needs of the turn (a Turn has it): the clock, the pause, the log, when the turn began and its deadline. */
export interface ReplyBudget {
  readonly deps: Pick<SkillDeps, 'monotonicMs' | 'sleep' | 'log'>;
  readonly startedMs: number;
  /** Aborts every call still running at the turn's deadline. */
  readonly signal: AbortSignal;
}

/** What storing needs of the turn (a Turn has it; kept apart so persist.ts and turn.ts do not import each other). */
export interface StoringTurn extends ReplyBudget {
  readonly input: HandlerInput;
  readonly deps: SkillDeps;
  readonly today: string;
  readonly user?: UserRef;
  readonly state: SessionState;
  /** True once the database failed in this turn: no further calls then. */
  storageDown: boolean;
  /** The profile is written at most once per turn (commitProfile). */
  profileWritten: boolean;
  /** The ids of the work recorded in this turn, so the turn's end can tell what a flow already kept. */
  workRecorded?: string[];
}

/**
 * Every turn has a deadline: Alexa waits 8 s for the answer and the function stops at 7 s
 * (infra FUNCTION_LIMITS). Each database call carries the turn's abort signal, the first try
 * included, so no call runs past deadlineMs after the turn began; within that, the client
 * tries each call up to four times with a short request timeout (persistence/client.ts).
 * What misses the deadline waits in the session and is tried next turn; at the session's end
 * it goes to the hand-off queue, which gets handoffMs of its own (still inside the 7 s).
 */
export const TURN_LIMITS = {
  /**
   * 4 s leaves 3 s below Lambda's 7 s for what is not a database call: a cold start's first
   * turn, and a busy machine's queue (npm run load at 200 users on 2 shared cores lagged up to
   * 2.6 s past a 5 s deadline).
   */
  deadlineMs: 4000,
  handoffMs: 1200,
  /** A call is started only when at least this much of the turn is left. */
  minCallMs: 200,
  /** Pauses before the second and third try of a save that failed as a whole. */
  backoffMs: [100, 300],
  /** Completed work waiting in the session: more is not kept (each entry is one training's worth). */
  maxUnsaved: 24,
} as const;

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function monotonicNow(turn: Pick<ReplyBudget, 'deps'>): number {
  return (turn.deps.monotonicMs ?? (() => performance.now()))();
}

export function remainingMs(turn: ReplyBudget): number {
  return TURN_LIMITS.deadlineMs - (monotonicNow(turn) - turn.startedMs);
}

/** True when a call started after `waitMs` more still has time to finish before the deadline. */
export function budgetAllows(turn: ReplyBudget, waitMs = 0): boolean {
  return !turn.signal.aborted && remainingMs(turn) - waitMs >= TURN_LIMITS.minCallMs;
}

/** What every store call of this turn carries. */
export function callOptions(turn: StoringTurn): CallOptions {
  return { abortSignal: turn.signal, sessionStartedAt: turn.state.sessionStartedAt, now: turn.deps.now().getTime() };
}

function count(turn: StoringTurn, name: MetricName, n = 1): void {
  if (n > 0) turn.deps.metric?.(name, n);
}

/**
 * Runs a save, and again after a short pause while the deadline allows. Only an outage is
 * tried again: a permanent error or an erasure fails the same way every time. Each failed try
 * is logged (its error name only) and counted; the last error is thrown.
 */
export async function saveWithRetry<T>(turn: StoringTurn, save: (options: CallOptions) => Promise<T>): Promise<T> {
  const sleep = turn.deps.sleep ?? defaultSleep;
  for (let attempt = 0; ; attempt++) {
    if (!budgetAllows(turn)) throw Object.assign(new Error('no time left in this turn'), { name: 'TimeoutError' });
    try {
      return await save(callOptions(turn));
    } catch (error) {
      const failure = classifyStorageError(error);
      if (failure === 'outage') {
        turn.deps.log({ event: 'storage', error: (error as Error).name });
        count(turn, METRIC.storageFailure);
      }
      const pause = TURN_LIMITS.backoffMs[attempt];
      if (failure !== 'outage' || pause === undefined || !budgetAllows(turn, pause)) throw error;
      await sleep(pause);
    }
  }
}

/** Today's tally, reset when the session runs past midnight. */
export function todayTally(turn: { readonly state: Pick<SessionState, 'user'>; readonly today: string }): DayTally {
  const tally = turn.state.user?.today;
  return tally && tally.date === turn.today ? tally : emptyDay(turn.today);
}

export function rememberTally(turn: Pick<StoringTurn, 'state'>, tally: DayTally): void {
  if (turn.state.user) turn.state.user = { ...turn.state.user, today: tally };
}

/** After a failed write: an outage waits (storageDown for the rest of the turn); the rest is given up. */
function failed(turn: StoringTurn, error: unknown, keep: () => void): StorageFailure {
  const failure = classifyStorageError(error);
  if (failure === 'outage') {
    keep();
    turn.storageDown = true;
  } else if (failure === 'erased') {
    forgetErased(turn);
  } else {
    turn.deps.log({ event: 'storage', error: (error as Error).name });
    if (failure === 'permanent') count(turn, METRIC.saveGivenUp);
  }
  return failure;
}

export type Work = Partial<Record<DayCounter, number>> & { readonly holdSeconds?: number };

/**
 * Records completed work for today, in the turn that played it. Counted locally at once;
 * when the database does not take it, it waits in the session and every later turn retries
 * it (same id, so once); at the session's end it goes to the hand-off queue.
 */
export async function recordWork(turn: StoringTurn, id: string, work: Work): Promise<DayTally> {
  turn.workRecorded = [...(turn.workRecorded ?? []), id];
  const increment = { id, date: turn.today } as Record<string, string | number>;
  for (const counter of DAY_COUNTERS) increment[counter] = work[counter] ?? 0;
  if (work.holdSeconds !== undefined) increment.holdSeconds = work.holdSeconds;
  return saveIncrement(turn, increment as DayIncrement, plus(todayTally(turn), increment as DayIncrement));
}

/** A day's tally with an increment of that day counted in, as the database's ADD would. */
function plus(tally: DayTally, increment: DayIncrement): DayTally {
  const sum: Record<string, string | number> = { ...tally };
  for (const counter of DAY_COUNTERS) sum[counter] = tally[counter] + increment[counter];
  if (increment.holdSeconds !== undefined) sum.holdSeconds = increment.holdSeconds;
  return sum as DayTally;
}

async function saveIncrement(turn: StoringTurn, increment: DayIncrement, local: DayTally): Promise<DayTally> {
  if (!turn.state.user) turn.state.user = { profile: emptyProfile, today: local, recentDays: [] };
  rememberTally(turn, local);
  // Without consent the work counts in the session only; while the consent is not known yet (the
  // read failed), it waits, and is written once a read shows the consent was given.
  if (!mayWrite(turn)) {
    if (turn.state.unread) keepUnsaved(turn, increment);
    return local;
  }
  const user = turn.user;
  if (user === undefined || turn.storageDown || !budgetAllows(turn)) {
    keepUnsaved(turn, increment);
    return local;
  }
  try {
    const stored = await saveWithRetry(turn, (options) => turn.deps.store.addToDay(user, increment, options));
    rememberTally(turn, stored);
    return stored;
  } catch (error) {
    failed(turn, error, () => keepUnsaved(turn, increment));
    return local;
  }
}

function keepUnsaved(turn: StoringTurn, increment: DayIncrement): void {
  if (turn.state.unsaved.length < TURN_LIMITS.maxUnsaved) turn.state.unsaved.push(increment);
  else count(turn, METRIC.saveGivenUp);
}

/**
 * Writes what is waiting, oldest first, while the deadline allows; keeps what still fails.
 * Returns true when nothing is left.
 */
export async function flushUnsaved(turn: StoringTurn): Promise<boolean> {
  const { state, deps, user } = turn;
  if (state.unsaved.length === 0) return true;
  if (user === undefined || !mayWrite(turn)) return false;
  const left: DayIncrement[] = [];
  for (const increment of state.unsaved) {
    if (turn.storageDown || !budgetAllows(turn)) {
      left.push(increment);
      continue;
    }
    try {
      const tally = await saveWithRetry(turn, (options) => deps.store.addToDay(user, increment, options));
      if (tally.date === turn.today) rememberTally(turn, tally);
    } catch (error) {
      failed(turn, error, () => left.push(increment));
    }
  }
  state.unsaved = left;
  return left.length === 0;
}

/**
 * Applies a profile change locally at once and stores it: true only when the database took
 * it, so a sentence that says "ik onthoud het" is said only then. What it did not take waits
 * in the session as a patch of the changed fields (merged with any earlier one) and is
 * written with the next profile write, at most one per turn, or handed off at the end.
 */
export async function changeProfile(turn: StoringTurn, change: (p: UserProfile) => UserProfile): Promise<boolean> {
  noteProfile(turn, change);
  // Without consent the change lives in the session only: as intended, so no failure to report.
  if (!mayWrite(turn)) return true;
  return commitProfile(turn);
}

/** The one gate for every write (skill/privacy.ts): nothing personal reaches the table without consent. */
function mayWrite(turn: StoringTurn): boolean {
  return writesAllowed(turn.state, turn.deps.assumeConsent);
}

/** A change that needs no answer now (a date noted): written with the turn's profile write. */
export function noteProfile(turn: StoringTurn, change: (p: UserProfile) => UserProfile): void {
  const current = turn.state.user?.profile ?? emptyProfile;
  const next = { ...change(current), version: current.version };
  const patch = diffProfile(current, next);
  // Kept even without consent (in the session only): a "ja" later in the session writes it all.
  if (Object.keys(patch).length > 0) addPatch(turn, patch);
  turn.state.user = { profile: next, today: todayTally(turn), recentDays: turn.state.user?.recentDays ?? [] };
}

function addPatch(turn: StoringTurn, patch: ProfilePatch): void {
  turn.state.pendingProfile = { ...turn.state.pendingProfile, ...patch };
}

/** Writes the waiting profile patch, once per turn; true when nothing is left waiting. */
export async function commitProfile(turn: StoringTurn): Promise<boolean> {
  const pending = turn.state.pendingProfile;
  if (pending === undefined) return true;
  if (!mayWrite(turn)) return false;
  const user = turn.user;
  if (user === undefined || turn.storageDown || turn.profileWritten || !budgetAllows(turn)) return false;
  turn.profileWritten = true;
  try {
    const stored = await saveWithRetry(turn, (options) => turn.deps.store.patchProfile(user, pending, options));
    // The stored profile holds other devices' changes too; changes made since stay pending.
    const since = turn.state.pendingProfile === pending ? undefined : turn.state.pendingProfile;
    turn.state.pendingProfile = since;
    turn.state.user = {
      profile: { ...stored, ...withoutNulls(since) },
      today: todayTally(turn),
      recentDays: turn.state.user?.recentDays ?? [],
    };
    return since === undefined;
  } catch (error) {
    if (failed(turn, error, () => undefined) !== 'outage') turn.state.pendingProfile = undefined;
    return false;
  }
}

const withoutNulls = (patch: ProfilePatch | undefined) => Object.fromEntries(Object.entries(patch ?? {}).filter(([, v]) => v !== null));

/**
 * The start of a turn: reads the user once per session, and in later turns checks that the
 * data was not erased since the session began (another device said "vergeet mij"); then
 * retries completed work that is waiting. Never throws: an outage only sets storageDown.
 */
export async function prepareStorage(turn: StoringTurn, isEvent: boolean): Promise<void> {
  const { state, deps } = turn;
  const user = turn.user;
  if (user === undefined || isEvent) return;
  if (!state.user || state.unread) {
    try {
      const { refreshDue, ...snapshot } = await deps.store.load(user, turn.today, callOptions(turn));
      state.user = state.unread ? withSessionWork(turn, snapshot) : snapshot;
      state.unread = undefined;
      // A profile in use is kept: its expiry moves on with the turn's profile write.
      if (refreshDue && snapshot.profile.version > 0) addPatch(turn, {});
      // Work kept while the consent was unknown: written now if it was given, else it stays in the session only.
      if (!mayWrite(turn)) state.unsaved = [];
    } catch (error) {
      turn.storageDown = true;
      state.unread = true;
      logFailure(turn, error);
    }
  } else {
    try {
      const erasedAt = await deps.store.erasedAt(user, callOptions(turn));
      if (erasedAt !== undefined && erasedAt > state.sessionStartedAt) forgetErased(turn);
    } catch (error) {
      // Not a reason to skip the writes: each is refused by the database itself after an erasure.
      logFailure(turn, error);
    }
  }
  await flushUnsaved(turn);
}

/**
 * The stored data once it could be read, with what this session did before: today's tally
 * plus the work still waiting (none of it was stored), the profile with the changes waiting,
 * made a patch against the stored profile (persistence/reconcile.ts).
 */
function withSessionWork(turn: StoringTurn, stored: UserSnapshot): UserSnapshot {
  const today = turn.state.unsaved.filter((increment) => increment.date === stored.today.date).reduce(plus, stored.today);
  const pending = turn.state.pendingProfile && reconcileUnread(stored.profile, turn.state.pendingProfile);
  turn.state.pendingProfile = pending;
  return { ...stored, profile: { ...stored.profile, ...withoutNulls(pending) }, today };
}

function logFailure(turn: StoringTurn, error: unknown): void {
  turn.deps.log({ event: 'storage', requestType: getRequestType(turn.input.requestEnvelope), error: (error as Error).name });
  count(turn, METRIC.storageFailure);
}

/** Erased while this session was open: nothing cached is said or written any more. */
function forgetErased(turn: StoringTurn): void {
  turn.state.user = { profile: emptyProfile, today: emptyDay(turn.today), recentDays: [] };
  turn.state.unsaved = [];
  turn.state.pendingProfile = undefined;
}

/**
 * The end of a turn (a response interceptor): the waiting profile patch is written if the
 * turn has not written the profile yet; when the session ends, whatever still waits goes to
 * the hand-off queue, because the session attributes that hold it end with the session.
 * True when the session's state changed, so the caller keeps it again (skill/render.ts keepState).
 */
export async function finishTurn(turn: StoringTurn, input: HandlerInput, response: Response | undefined): Promise<boolean> {
  const before = JSON.stringify([turn.state.pendingProfile, turn.state.unsaved]);
  if (turn.state.pendingProfile !== undefined) await commitProfile(turn);
  const ending =
    !input.requestEnvelope.session ||
    getRequestType(input.requestEnvelope) === 'SessionEndedRequest' ||
    response?.shouldEndSession === true;
  if (ending) await handOff(turn);
  return JSON.stringify([turn.state.pendingProfile, turn.state.unsaved]) !== before;
}

async function handOff(turn: StoringTurn): Promise<void> {
  const { state, deps, user } = turn;
  if (user === undefined) return;
  // Without consent nothing leaves the session, and with the session it is gone, as intended. When
  // the consent was never known (no read succeeded), the consumer writes only if it was given.
  const allowed = mayWrite(turn);
  if (!allowed && !state.unread) return;
  const common = { user, sessionStartedAt: state.sessionStartedAt, ...(allowed ? {} : { ifConsented: true as const }) };
  const messages: Handoff[] = state.unsaved.map((increment) => ({ kind: 'day', increment, ...common }));
  if (state.pendingProfile !== undefined) messages.push({ kind: 'profile', patch: state.pendingProfile, ...common });
  if (messages.length === 0) return;
  try {
    if (!deps.handoff) throw Object.assign(new Error('no hand-off queue'), { name: 'NoHandoff' });
    await deps.handoff.send(messages, { abortSignal: AbortSignal.timeout(TURN_LIMITS.handoffMs) });
    count(turn, METRIC.handedOff, messages.length);
    state.unsaved = [];
    state.pendingProfile = undefined;
  } catch (error) {
    deps.log({ event: 'storage', error: (error as Error).name });
    count(turn, METRIC.handoffFailed);
    count(turn, METRIC.saveGivenUp, messages.length);
  }
}
