import type { HandlerInput } from 'ask-sdk-core';
import { getLocale, getRequestType } from 'ask-sdk-core';
import type { UserRef } from '../persistence/userData';
import type { Translate } from '../speech/translator';
import { translatorFor } from '../speech/translator';
import { localDate } from './calendar';
import type { SkillDeps } from './deps';
import { monotonicNow, prepareStorage, TURN_LIMITS } from './persist';
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
  /** When the turn began, on deps.monotonicMs: the turn's deadline counts from here (skill/persist.ts). */
  readonly startedMs: number;
  /** Aborts every call still running at the turn's deadline. */
  readonly signal: AbortSignal;
  /** The profile is written at most once per turn (skill/persist.ts commitProfile). */
  profileWritten: boolean;
  /** The ids of the work recorded in this turn (skill/persist.ts recordWork). */
  workRecorded?: string[];
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

export { flushUnsaved, rememberTally, todayTally } from './persist';

/**
 * Builds the turn: reads the profile once per session (cached in session attributes) and
 * retries work that could not be saved earlier. Never throws: a database that is down only
 * sets storageDown, and the handlers say so.
 */
export async function beginTurn(input: HandlerInput, deps: SkillDeps): Promise<Turn> {
  const state = parseSessionState(readSessionAttributes(input));
  const now = deps.now().getTime();
  // A session's start decides whether an erasure came after it; a claimed start in the future is not believed.
  if (input.requestEnvelope.session?.new || !(state.sessionStartedAt <= now)) state.sessionStartedAt = now;
  const turn: Turn = {
    input,
    deps,
    t: translatorFor(safeLocale(input)),
    today: localDate(deps.now()),
    user: userRefOf(input),
    state,
    storageDown: false,
    startedMs: monotonicNow({ deps }),
    signal: AbortSignal.timeout(TURN_LIMITS.deadlineMs),
    profileWritten: false,
  };
  if (turn.user === undefined) {
    turn.storageDown = true;
    return turn;
  }
  // Skill events (a disabled skill) need no profile: they act on the whole account.
  await prepareStorage(turn, getRequestType(input.requestEnvelope).startsWith('AlexaSkillEvent.'));
  return turn;
}

export function attachTurn(input: HandlerInput, turn: Turn): void {
  input.attributesManager.getRequestAttributes()[TURN] = turn;
}

export function turnOf(input: HandlerInput): Turn | undefined {
  return input.attributesManager.getRequestAttributes()[TURN] as Turn | undefined;
}
