import type { DayIncrement, DayTally, UserSnapshot } from '../persistence/userData';
import { parseProfile, parseTally } from '../persistence/profileShape';
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

const isStr = (v: unknown): v is string => typeof v === 'string';
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function parseIncrement(raw: unknown): DayIncrement | undefined {
  const tally = parseTally(raw);
  return tally && isObj(raw) && isStr(raw.id) ? { ...tally, id: raw.id } : undefined;
}

function recentDaysOf(raw: unknown): DayTally[] {
  return Array.isArray(raw) ? raw.map((day) => parseTally(day)).filter((d): d is DayTally => d !== undefined).slice(-7) : [];
}

/** Session attributes arrive from outside: keep what is well-formed, drop the rest. */
export function parseSessionState(raw: unknown): SessionState {
  const a = isObj(raw) ? raw : {};
  const u = isObj(a.user) ? a.user : undefined;
  const profile = u && parseProfile(u.profile);
  const today = u && parseTally(u.today);
  const last = isObj(a.last) && isStr(a.last.speech) ? a.last : undefined;
  return {
    dialog: parseDialog(a.dialog),
    user: profile && today ? { profile, today, recentDays: recentDaysOf(u?.recentDays) } : undefined,
    unsaved: Array.isArray(a.unsaved)
      ? a.unsaved.map(parseIncrement).filter((i): i is DayIncrement => i !== undefined)
      : [],
    last: last ? { speech: last.speech as string, reprompt: isStr(last.reprompt) ? last.reprompt : undefined } : undefined,
  };
}
