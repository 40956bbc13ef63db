import type { HandlerInput } from 'ask-sdk-core';
import { getLocale, getRequestType } from 'ask-sdk-core';
import type { DayTally, UserRef } from '../persistence/userData';
import { emptyDay } from '../persistence/userData';
import type { Translate } from '../speech/translator';
import { translatorFor } from '../speech/translator';
import { localDate } from './calendar';
import type { SkillDeps } from './deps';
import { monotonicNow, saveWithRetry } from './persist';
import type { SessionState } from './sessionState';
import { parseSessionState, readSessionAttributes } from './sessionState';

/** What every handler works with during one request. */
export interface Turn {
  readonly input: HandlerInput;
  readonly deps: SkillDeps;
  readonly t: Translate;
  readonly today: string;
  /** The account, and the recognised voice in it; absent in a malformed request. */
  readonly user?: UserRef;
  readonly state: SessionState;
  /**
   * True once the database failed in this turn (or the request names no user). No further
   * calls are made in the turn then: each failing call can take the client's whole timeout
   * (persistence/client.ts), and Alexa waits only 8 s for the answer.
   */
  storageDown: boolean;
  /** Set while answering words that were not understood, so the miss count carries on. */
  repairing?: boolean;
  /** When the turn began, on deps.monotonicMs: the reply budget of a retried save counts from here. */
  readonly startedMs: number;
}

const TURN = 'bekkenbodemTurn';

export function userRefOf(input: HandlerInput): UserRef | undefined {
  const system = input.requestEnvelope.context?.System;
  const userId = system?.user?.userId;
  if (typeof userId !== 'string' || userId.length === 0) return undefined;
  const personId = system?.person?.personId;
  return typeof personId === 'string' && personId.length > 0 ? { userId, personId } : { userId };
}

function safeLocale(input: HandlerInput): string | undefined {
  try {
    return getLocale(input.requestEnvelope);
  } catch {
    return undefined;
  }
}

/** Today's tally, reset when the session runs past midnight. */
export function todayTally(turn: Pick<Turn, 'state' | 'today'>): DayTally {
  const tally = turn.state.user?.today;
  return tally && tally.date === turn.today ? tally : emptyDay(turn.today);
}

/**
 * Builds the turn: reads the profile once per session (cached in session attributes) and
 * retries work that could not be saved earlier. Never throws: a database that is down only
 * sets storageDown, and the handlers say so.
 */
export async function beginTurn(input: HandlerInput, deps: SkillDeps): Promise<Turn> {
  const state = parseSessionState(readSessionAttributes(input));
  const turn: Turn = {
    input,
    deps,
    t: translatorFor(safeLocale(input)),
    today: localDate(deps.now()),
    user: userRefOf(input),
    state,
    storageDown: false,
    startedMs: monotonicNow({ deps }),
  };
  if (turn.user === undefined) {
    turn.storageDown = true;
    return turn;
  }
  // Skill events (a disabled skill) need no profile: they act on the whole account.
  const isEvent = getRequestType(input.requestEnvelope).startsWith('AlexaSkillEvent.');
  if (!state.user && !isEvent) {
    try {
      state.user = await deps.store.load(turn.user, turn.today);
    } catch (error) {
      turn.storageDown = true;
      deps.log({ event: 'storage', requestType: getRequestType(input.requestEnvelope), error: (error as Error).name });
    }
  }
  await flushUnsaved(turn);
  return turn;
}

/** Writes what is waiting; keeps what still fails. Returns true when nothing is left. */
export async function flushUnsaved(turn: Turn): Promise<boolean> {
  const { state, deps, user } = turn;
  if (state.unsaved.length === 0) return true;
  if (user === undefined) return false;
  const left = [];
  for (const increment of state.unsaved) {
    if (turn.storageDown) {
      left.push(increment);
      continue;
    }
    try {
      const tally = await saveWithRetry(turn, () => deps.store.addToDay(user, increment));
      if (tally.date === turn.today) rememberTally(turn, tally);
    } catch {
      left.push(increment);
      turn.storageDown = true;
    }
  }
  state.unsaved = left;
  return left.length === 0;
}

export function rememberTally(turn: Turn, tally: DayTally): void {
  if (turn.state.user) turn.state.user = { ...turn.state.user, today: tally };
}

export function attachTurn(input: HandlerInput, turn: Turn): void {
  input.attributesManager.getRequestAttributes()[TURN] = turn;
}

export function turnOf(input: HandlerInput): Turn | undefined {
  return input.attributesManager.getRequestAttributes()[TURN] as Turn | undefined;
}
