import * as v from 'valibot';
import type { HandlerInput } from 'ask-sdk-core';
import { isValidProgress } from '../domain/selfTest';
import { optional, parseIncrement, parsePatch, parseProfile, parseTally } from '../persistence/profileShape';
import type { DayIncrement, ProfilePatch, UserSnapshot } from '../persistence/userData';
import { RECENT_DAYS } from '../persistence/userData';
import { isTextKey } from '../speech/translator';
import type { Part } from './answer';
import type { Parsed } from './dialog';
import { clockTimeSchema, hold, idle, parseDialog, ProgrammeRequestSchema, whole } from './dialog';
import type { VariantGroup } from '../speech/variants';
import { VARIANT_GROUPS, variantCount } from '../speech/variants';

/** Keeps the well-formed entries of a list, drops the rest. */
const listOf = <T>(parse: (raw: unknown) => T | undefined) =>
  v.pipe(
    v.fallback(v.array(v.unknown()), []),
    v.transform((raw) => raw.map((entry) => parse(entry)).filter((x): x is NonNullable<T> => x != null)),
  );

/** A part of an answer as it is kept for "herhaal": data, with its varied texts already chosen. */
export type StoredPart = Exclude<Part, { readonly variant: unknown }>;

const PartSchema = v.union([
  v.object({
    key: v.pipe(v.string(), v.check(isTextKey)),
    vars: v.optional(v.record(v.string(), v.union([v.string(), v.number(), v.object({ times: v.array(clockTimeSchema) })]))),
  }),
  v.object({
    segment: v.object({
      plan: v.union([
        ProgrammeRequestSchema,
        v.object({ programme: v.literal('measurePractice') }),
        v.object({ programme: v.literal('enduranceTrial') }),
        v.object({ programme: v.literal('pelvicTilt') }),
        v.object({ programme: v.literal('measureHold') }),
        v.object({ programme: v.literal('measureRepetitions'), holdSeconds: hold }),
      ]),
      set: whole(0, 9),
      index: whole(0, 99),
    }),
  }),
  v.object({ getReady: v.object({ request: ProgrammeRequestSchema, full: v.boolean() }) }),
  v.object({ breathing: v.literal(true) }),
  v.object({ pause: whole(1, 10) }),
]);

/** Only an answer this skill could have given is said again: its parts are parsed, never replayed as markup. */
const storedParts = v.pipe(v.array(PartSchema), v.minLength(1));

const SnapshotSchema = v.pipe(
  v.object({ profile: v.optional(v.unknown()), today: v.optional(v.unknown()), recentDays: listOf(parseTally) }),
  v.transform(({ profile, today, recentDays }) => ({
    profile: parseProfile(profile),
    today: parseTally(today),
    recentDays: recentDays.slice(-RECENT_DAYS),
  })),
  v.check((u) => u.profile !== undefined && u.today !== undefined),
);

/** Everything the skill carries between turns of one Alexa session, as Alexa echoes it back. */
const SessionStateSchema = v.object({
  dialog: v.optional(v.pipe(v.unknown(), v.transform(parseDialog)), idle),
  /** The stored profile and today's tally, read once per session. */
  user: optional(SnapshotSchema),
  /**
   * The read at the session's start failed: `user` holds only this session's own work, and the
   * read is tried again every turn until it succeeds; meanwhile the consent is not known, so the
   * work waits in `unsaved` instead of being dropped.
   */
  unread: v.fallback(v.optional(v.literal(true)), undefined),
  /** Completed work the database did not take yet; retried every turn (at most 24 kept). */
  unsaved: v.pipe(
    listOf(parseIncrement),
    v.transform((list) => list.slice(0, 24)),
  ),
  /** Profile fields changed but not stored yet (null: removed); written with the next profile write. */
  pendingProfile: v.fallback(v.optional(v.pipe(v.unknown(), v.transform(parsePatch))), undefined),
  /** When this Alexa session began (epoch ms): its writes are refused once the data was erased after it. */
  sessionStartedAt: v.fallback(v.pipe(v.number(), v.integer(), v.minValue(0)), 0),
  /** The last thing said, for "herhaal". */
  last: optional(v.object({ speech: storedParts, reprompt: v.optional(storedParts) })),
  /**
   * A self-test under way: kept apart from the dialog, so that after a detour in the same
   * session "doe de zelftest" can pick up where it was. Never stored, never logged.
   */
  selfTest: optional(
    v.pipe(
      v.object({ question: v.number(), yes: v.number(), pain: v.optional(v.literal(true)), notable: v.optional(v.literal(true)) }),
      v.check(isValidProgress),
    ),
  ),
  /** The variant last said per group (praise, greetings, closings), so it is not said twice in a row. */
  variants: optional(
    v.pipe(
      v.record(v.picklist(VARIANT_GROUPS), v.pipe(v.number(), v.integer(), v.minValue(0))),
      v.check((last) => Object.entries(last).every(([group, index]) => index < variantCount(group as VariantGroup))),
    ),
  ),
  /** This session's answer to the consent question; a "nee" lives only here, never in the table. */
  consent: optional(v.picklist(['given', 'refused'])),
  /** "Ik bewaar nog niets van je" was said in this session: once is enough. */
  consentNoted: optional(v.boolean()),
  /** How often nothing was felt at the measurement in this session (1-3), so the words change. Never stored. */
  nothingFelt: optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3))),
  /** "Ik ben zwanger" was said in this session: no set on the back unasked. A health fact, so never stored. */
  pregnant: optional(v.literal(true)),
  /** A wording chosen in this session: kept in the profile too when the user consented. */
  discretion: optional(v.picklist(['discreet', 'plain'])),
  /** Words not understood in a row, for the escalating repair. */
  misses: v.fallback(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(9)), 0),
});

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export type SessionState = Mutable<Omit<Parsed<typeof SessionStateSchema>, 'user' | 'unsaved' | 'pendingProfile' | 'last'>> & {
  user?: UserSnapshot;
  unsaved: DayIncrement[];
  pendingProfile?: ProfilePatch;
  last?: { readonly speech: readonly StoredPart[]; readonly reprompt?: readonly StoredPart[] };
};

/** Session attributes arrive from outside: keep what is well-formed, drop the rest. */
export function parseSessionState(raw: unknown): SessionState {
  // Every field falls back on its own, so only a non-object fails, and it counts as empty.
  const result = v.safeParse(SessionStateSchema, typeof raw === 'object' && raw !== null ? raw : {});
  return (result.success ? result.output : { dialog: idle, unsaved: [], misses: 0, sessionStartedAt: 0 }) as SessionState;
}

/** The raw session attributes; an out-of-session request (a skill event) simply has none. */
export function readSessionAttributes(input: HandlerInput): unknown {
  return input.requestEnvelope.session ? input.attributesManager.getSessionAttributes() : {};
}

/** Keeps the state for the next turn; there is nothing to keep it in outside a session. */
export function writeSessionState(input: HandlerInput, state: SessionState): void {
  if (input.requestEnvelope.session) input.attributesManager.setSessionAttributes({ ...state });
}
