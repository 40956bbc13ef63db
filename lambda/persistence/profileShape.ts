import * as v from 'valibot';
import { HOLD_SECONDS, REPETITIONS } from '../domain/startblok';
import { ResumePointSchema } from './resumeShape';

/**
 * The schemas of everything the skill keeps about a user, for data that comes from outside
 * the code (a DynamoDB item, or session attributes that Alexa echoes back). The types in
 * userData.ts are inferred from these, so a type and its reader cannot drift. Whatever is
 * malformed is dropped, and nothing outside the schema survives, so it can never be written back.
 */

/** How many startbloks the history keeps: the first, and the most recent ones. */
export const HISTORY_LIMIT = 24;

/** Per day: how often each thing was done. A closed list, so nothing else can be stored. */
export const DAY_COUNTERS = ['sessions', 'repetitions', 'quickSets', 'lift', 'sphincter', 'relaxation', 'layers'] as const;

const finite = v.pipe(v.number(), v.finite());
/**
 * Ranges, not just numbers: session attributes come back from outside, and a forged
 * `sessions: -1000` or a `1e9`-second hold must never be stored or spoken.
 */
const whole = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
const holdSeconds = whole(HOLD_SECONDS.min, HOLD_SECONDS.max);
/** A calendar date: nothing else may become part of a key. */
const isoDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/),
  v.check((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`))),
);
/** A day's total can grow over the day; one increment is one training's worth. */
const DAY_TOTAL_MAX = 10_000;
const INCREMENT_MAX = 200;
/** Write ids are run ids plus a suffix (a UUID in Lambda); a longer one is not ours. */
const WRITE_ID_MAX_LENGTH = 80;
/** An optional field that is simply left out when it is malformed. */
export const optional = <S extends v.GenericSchema>(schema: S) => v.fallback(v.optional(schema), undefined);

export const StartblokSchema = v.object({
  holdSeconds,
  repetitions: whole(REPETITIONS.min, REPETITIONS.max),
  /** ISO date (YYYY-MM-DD) the startblok was set. */
  setOn: isoDate,
});

/** Malformed entries are left out; the newest HISTORY_LIMIT are kept; an empty history is none. */
const history = v.pipe(
  v.array(v.unknown()),
  v.transform((entries) =>
    entries
      .flatMap((e) => {
        const r = v.safeParse(StartblokSchema, e);
        return r.success ? [r.output] : [];
      })
      .slice(-HISTORY_LIMIT),
  ),
  v.transform((kept) => (kept.length > 0 ? kept : undefined)),
);

export const ProfileSchema = v.object({
  startblok: optional(StartblokSchema),
  /** Every startblok the user had, oldest first (capped), for "begonnen met … nu …". */
  startblokHistory: optional(history),
  /** The first visit, when the disclaimer was said. */
  welcomedOn: optional(v.string()),
  /** kracht: a weak floor (startblok + quick contractions); ontspanning: a tense floor. */
  focus: optional(v.picklist(['kracht', 'ontspanning'])),
  /** The lift image is explained once. */
  liftExplainedOn: optional(v.string()),
  /** The sphincter programme's full introduction (position, technique, when to get guidance) is said once. */
  sphincterExplainedOn: optional(v.string()),
  /** Sphincter endurance: how long the user holds at half strength, asked once. */
  enduranceHoldSeconds: optional(whole(1, 120)),
  /** When a step forward (measuring again, or maintenance) was last offered, so it is not offered daily. */
  progressionOfferedOn: optional(v.string()),
  /** When the last "geef niet op" was said. */
  encouragedOn: optional(v.string()),
  /** The day the user moved on to the maintenance programme. */
  maintenanceFrom: optional(v.string()),
  /** The date the self-test was last completed: never its answers, never its score. */
  selfTestOn: optional(v.string()),
  /** When the routine hint was said (after reminders were set), so it is said once. */
  routineOfferedOn: optional(v.string()),
  /** The "ja" to storing (GDPR Art. 9(2)(a)): its date and the version of the text heard (domain/consent.ts). */
  consent: optional(v.object({ givenOn: v.string(), version: v.string() })),
  /** discreet: neutral reminders and short openings; plain: the explicit wording. Absent: neutral reminders. */
  discretion: optional(v.picklist(['discreet', 'plain'])),
  /** The last day with a completed exercise: an honest welcome after a break (domain/adherence.ts). */
  lastTrainedOn: optional(v.string()),
  /** Days with a completed exercise since the programme started: praise and maintenance are earned. */
  trainingDays: optional(finite),
  /** When "Merk je al verschil?" was last asked: the date only, never the answer. */
  checkInAskedOn: optional(v.string()),
  /** Where an exercise stopped when the session closed, offered again the same day (domain/resume.ts). */
  resumePoint: optional(ResumePointSchema),
  /** Optimistic lock: 0 means never stored. */
  version: finite,
});

/** The profile's fields: exactly what the store may write. */
export const PROFILE_FIELDS = Object.keys(ProfileSchema.entries) as (keyof v.InferOutput<typeof ProfileSchema>)[];

const countersUpTo = (max: number) =>
  Object.fromEntries(DAY_COUNTERS.map((c) => [c, whole(0, max)])) as Record<(typeof DAY_COUNTERS)[number], ReturnType<typeof whole>>;

export const TallySchema = v.object({
  date: isoDate,
  ...countersUpTo(DAY_TOTAL_MAX),
  /** The hold of the day's last completed startblok session: the diary's "which startblok". */
  holdSeconds: optional(holdSeconds),
});

export const IncrementSchema = v.object({
  date: isoDate,
  ...countersUpTo(INCREMENT_MAX),
  holdSeconds: optional(holdSeconds),
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(WRITE_ID_MAX_LENGTH)),
});

function parsed<S extends v.GenericSchema>(schema: S, raw: unknown): v.InferOutput<S> | undefined {
  const result = v.safeParse(schema, raw);
  return result.success ? result.output : undefined;
}

/** Drops the keys an optional field left undefined, so items and attributes stay lean. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

export const parseStartblok = (raw: unknown) => parsed(StartblokSchema, raw);
export const parseProfile = (raw: unknown) => {
  const p = parsed(ProfileSchema, raw);
  return p && defined(p);
};

/** Only the schema's defined fields: what the store writes. */
export const profileFields = (profile: v.InferOutput<typeof ProfileSchema>): Record<string, unknown> =>
  defined({ ...parsed(ProfileSchema, profile) });

/**
 * A day's tally. A stored day item (date given) may lack counters it never counted; a tally
 * from the session must be whole.
 */
export function parseTally(raw: unknown, date?: string) {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const fields = raw as Record<string, unknown>;
  const filled = date
    ? { ...Object.fromEntries(DAY_COUNTERS.map((c) => [c, fields[c] ?? 0])), holdSeconds: fields.holdSeconds, date }
    : raw;
  const tally = parsed(TallySchema, filled);
  return tally && defined(tally);
}

/**
 * A change to the profile, field by field: a value sets the field, null removes it. Only the
 * profile's own fields, each valid on its own (version is the store's business).
 */
export type ProfilePatch = Partial<Record<Exclude<(typeof PROFILE_FIELDS)[number], 'version'>, unknown>>;

export function parsePatch(raw: unknown): ProfilePatch | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const entries = Object.entries(raw as Record<string, unknown>).filter(
    ([key]) => key !== 'version' && PROFILE_FIELDS.includes(key as never),
  );
  const valid = parseProfile({ ...Object.fromEntries(entries.filter(([, value]) => value !== null)), version: 0 }) ?? { version: 0 };
  const patch: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    if (value === null) patch[key] = null;
    else if ((valid as Record<string, unknown>)[key] !== undefined) patch[key] = (valid as Record<string, unknown>)[key];
  }
  return patch as ProfilePatch;
}

/** The fields that differ between two profiles, as a patch. */
export function diffProfile(before: v.InferOutput<typeof ProfileSchema>, after: v.InferOutput<typeof ProfileSchema>): ProfilePatch {
  const patch: Record<string, unknown> = {};
  for (const key of PROFILE_FIELDS) {
    if (key === 'version') continue;
    const a = (before as Record<string, unknown>)[key];
    const b = (after as Record<string, unknown>)[key];
    if (JSON.stringify(a) !== JSON.stringify(b)) patch[key] = b === undefined ? null : b;
  }
  return parsePatch(patch) ?? {};
}

export const parseIncrement = (raw: unknown) => {
  const i = parsed(IncrementSchema, raw);
  return i && defined(i);
};
