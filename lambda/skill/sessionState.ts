import * as v from 'valibot';
import type { HandlerInput } from 'ask-sdk-core';
import { isValidProgress } from '../domain/selfTest';
import { optional, parseIncrement, parsePatch, parseProfile, parseTally } from '../persistence/profileShape';
import type { DayIncrement, ProfilePatch, UserSnapshot } from '../persistence/userData';
import { RECENT_DAYS } from '../persistence/userData';
import { isOwnMarkup } from '../speech/ssml';
import type { Parsed } from './dialog';
import { idle, parseDialog } from './dialog';
import type { VariantGroup } from '../speech/variants';
import { VARIANT_GROUPS, variantCount } from '../speech/variants';

/** Keeps the well-formed entries of a list, drops the rest. */
const listOf = <T>(parse: (raw: unknown) => T | undefined) =>
  v.pipe(
    v.fallback(v.array(v.unknown()), []),
    v.transform((raw) => raw.map((entry) => parse(entry)).filter((x): x is NonNullable<T> => x != null)),
  );

/** Only markup this skill could have written is replayed: anything else would be silence or broken SSML. */
const ownMarkup = v.pipe(v.string(), v.check(isOwnMarkup));

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
  last: optional(v.object({ speech: ownMarkup, reprompt: v.optional(ownMarkup) })),
  /**
   * A self-test under way: kept apart from the dialog, so that after a detour in the same
   * session "doe de zelftest" can pick up where it was. Never stored, never logged.
   */
  selfTest: optional(v.pipe(v.object({ question: v.number(), yes: v.number() }), v.check(isValidProgress))),
  /** The variant last said per group (praise, greetings, closings), so it is not said twice in a row. */
  variants: optional(
    v.pipe(
      v.record(v.picklist(VARIANT_GROUPS), v.pipe(v.number(), v.integer(), v.minValue(0))),
      v.check((last) => Object.entries(last).every(([group, index]) => index < variantCount(group as VariantGroup))),
    ),
  ),
  /** Words not understood in a row, for the escalating repair. */
  misses: v.fallback(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(9)), 0),
});

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export type SessionState = Mutable<Omit<Parsed<typeof SessionStateSchema>, 'user' | 'unsaved' | 'pendingProfile'>> & {
  user?: UserSnapshot;
  unsaved: DayIncrement[];
  pendingProfile?: ProfilePatch;
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
