import type { DayTally, Focus, StoredStartblok, UserProfile } from './userData';
import { DAY_COUNTERS, HISTORY_LIMIT } from './userData';

/**
 * One reader for profile and tally data that comes from outside the code (a DynamoDB item or
 * session attributes): whatever is malformed is dropped, and nothing outside the whitelist
 * survives, so it can never be written back.
 */
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const str = (v: unknown) => (isStr(v) ? v : undefined);

export const PROFILE_FIELDS = [
  'version',
  'startblok',
  'startblokHistory',
  'welcomedOn',
  'focus',
  'liftExplainedOn',
  'enduranceHoldSeconds',
  'progressionOfferedOn',
  'encouragedOn',
  'maintenanceFrom',
  'selfTestOn',
  'routineOfferedOn',
] as const satisfies readonly (keyof UserProfile)[];

export function parseStartblok(raw: unknown): StoredStartblok | undefined {
  if (!isObj(raw) || !isNum(raw.holdSeconds) || !isNum(raw.repetitions) || !isStr(raw.setOn)) return undefined;
  return { holdSeconds: raw.holdSeconds, repetitions: raw.repetitions, setOn: raw.setOn };
}

export function parseProfile(raw: unknown): UserProfile | undefined {
  if (!isObj(raw) || !isNum(raw.version)) return undefined;
  const history = Array.isArray(raw.startblokHistory)
    ? raw.startblokHistory.map(parseStartblok).filter((s): s is StoredStartblok => s !== undefined).slice(-HISTORY_LIMIT)
    : undefined;
  const focus: Focus | undefined = raw.focus === 'kracht' || raw.focus === 'ontspanning' ? raw.focus : undefined;
  return {
    version: raw.version,
    startblok: parseStartblok(raw.startblok),
    startblokHistory: history && history.length > 0 ? history : undefined,
    welcomedOn: str(raw.welcomedOn),
    focus,
    liftExplainedOn: str(raw.liftExplainedOn),
    enduranceHoldSeconds: isNum(raw.enduranceHoldSeconds) ? raw.enduranceHoldSeconds : undefined,
    progressionOfferedOn: str(raw.progressionOfferedOn),
    encouragedOn: str(raw.encouragedOn),
    maintenanceFrom: str(raw.maintenanceFrom),
    selfTestOn: str(raw.selfTestOn),
    routineOfferedOn: str(raw.routineOfferedOn),
  };
}

/** Only whitelisted, defined fields: what the store writes. */
export function profileFields(profile: UserProfile): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of PROFILE_FIELDS) if (profile[field] !== undefined) out[field] = profile[field];
  return out;
}

export function parseTally(raw: unknown, date?: string): DayTally | undefined {
  if (!isObj(raw)) return undefined;
  const day = date ?? str(raw.date);
  if (!day) return undefined;
  const tally: Record<string, unknown> = { date: day };
  for (const counter of DAY_COUNTERS) {
    const value = raw[counter] ?? (date ? 0 : undefined);
    if (!isNum(value)) return undefined;
    tally[counter] = value;
  }
  if (isNum(raw.holdSeconds)) tally.holdSeconds = raw.holdSeconds;
  return tally as DayTally;
}
