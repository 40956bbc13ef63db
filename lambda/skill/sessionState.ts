import type { DayIncrement, DayTally, UserProfile, UserSnapshot } from '../persistence/userData';
import { DAY_COUNTERS } from '../persistence/userData';
import { isOwnMarkup } from '../speech/ssml';
import type { Dialog } from './dialog';
import { parseDialog } from './dialog';

/** Everything the skill carries between turns of one Alexa session. */
export interface SessionState {
  dialog: Dialog;
  /** The stored profile and today's tally, read once per session. */
  user?: UserSnapshot;
  /** Completed work the database did not take yet; retried every turn. */
  unsaved: DayIncrement[];
  /** The last thing said, for "herhaal". */
  last?: { speech: string; reprompt?: string };
}

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function parseProfile(raw: unknown): UserProfile | undefined {
  if (!isObj(raw) || !isNum(raw.version)) return undefined;
  const s = raw.startblok;
  const startblok =
    isObj(s) && isNum(s.holdSeconds) && isNum(s.repetitions) && isStr(s.setOn)
      ? { holdSeconds: s.holdSeconds, repetitions: s.repetitions, setOn: s.setOn }
      : undefined;
  return {
    version: raw.version,
    welcomedOn: isStr(raw.welcomedOn) ? raw.welcomedOn : undefined,
    startblok,
    focus: raw.focus === 'kracht' || raw.focus === 'ontspanning' ? raw.focus : undefined,
    liftExplainedOn: isStr(raw.liftExplainedOn) ? raw.liftExplainedOn : undefined,
    enduranceHoldSeconds: isNum(raw.enduranceHoldSeconds) ? raw.enduranceHoldSeconds : undefined,
  };
}

function parseTally(raw: unknown): DayTally | undefined {
  if (!isObj(raw) || !isStr(raw.date)) return undefined;
  if (!DAY_COUNTERS.every((counter) => isNum(raw[counter]))) return undefined;
  return Object.fromEntries([['date', raw.date], ...DAY_COUNTERS.map((c) => [c, raw[c]])]) as DayTally;
}

function parseIncrement(raw: unknown): DayIncrement | undefined {
  const tally = parseTally(raw);
  return tally && isObj(raw) && isStr(raw.id) ? { ...tally, id: raw.id } : undefined;
}

function recentDaysOf(raw: unknown): DayTally[] {
  return Array.isArray(raw) ? raw.map(parseTally).filter((d): d is DayTally => d !== undefined).slice(-7) : [];
}

/** Session attributes arrive from outside: keep what is well-formed, drop the rest. */
export function parseSessionState(raw: unknown): SessionState {
  const a = isObj(raw) ? raw : {};
  const u = isObj(a.user) ? a.user : undefined;
  const profile = u && parseProfile(u.profile);
  const today = u && parseTally(u.today);
  // Only an answer this skill could have written is replayed: anything else would be silence or broken SSML.
  const last =
    isObj(a.last) && isStr(a.last.speech) && isOwnMarkup(a.last.speech) && (a.last.reprompt === undefined || (isStr(a.last.reprompt) && isOwnMarkup(a.last.reprompt)))
      ? a.last
      : undefined;
  return {
    dialog: parseDialog(a.dialog),
    user: profile && today ? { profile, today, recentDays: recentDaysOf(u?.recentDays) } : undefined,
    unsaved: Array.isArray(a.unsaved)
      ? a.unsaved.map(parseIncrement).filter((i): i is DayIncrement => i !== undefined)
      : [],
    last: last ? { speech: last.speech as string, reprompt: last.reprompt as string | undefined } : undefined,
  };
}
