import type { SelfTestProgress } from '../domain/selfTest';
import { isValidProgress } from '../domain/selfTest';
import type { DayIncrement, DayTally, UserSnapshot } from '../persistence/userData';
import { parseProfile, parseTally } from '../persistence/profileShape';
import type { HandlerInput } from 'ask-sdk-core';
import { isOwnMarkup } from '../speech/ssml';
import type { Dialog } from './dialog';
import { parseDialog } from './dialog';
import type { VariantGroup } from '../speech/variants';
import { VARIANT_GROUPS, variantCount } from '../speech/variants';

/** Everything the skill carries between turns of one Alexa session. */
export interface SessionState {
  dialog: Dialog;
  /** The stored profile and today's tally, read once per session. */
  user?: UserSnapshot;
  /** Completed work the database did not take yet; retried every turn. */
  unsaved: DayIncrement[];
  /** The last thing said, for "herhaal". */
  last?: { speech: string; reprompt?: string };
  /**
   * A self-test under way: kept apart from the dialog, so that after a detour in the same
   * session "doe de zelftest" can pick up where it was. Never stored, never logged.
   */
  selfTest?: SelfTestProgress;
  /** The variant last said per group (praise, greetings, closings), so it is not said twice in a row. */
  variants?: Partial<Record<VariantGroup, number>>;
}

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function parseSelfTest(raw: unknown): SelfTestProgress | undefined {
  if (!isObj(raw) || !isNum(raw.question) || !isNum(raw.yes)) return undefined;
  const progress = { question: raw.question, yes: raw.yes };
  return isValidProgress(progress) ? progress : undefined;
}

function parseIncrement(raw: unknown): DayIncrement | undefined {
  const tally = parseTally(raw);
  return tally && isObj(raw) && isStr(raw.id) ? { ...tally, id: raw.id } : undefined;
}

function recentDaysOf(raw: unknown): DayTally[] {
  return Array.isArray(raw) ? raw.map((day) => parseTally(day)).filter((d): d is DayTally => d !== undefined).slice(-7) : [];
}

function parseVariants(raw: unknown): Partial<Record<VariantGroup, number>> | undefined {
  if (!isObj(raw)) return undefined;
  const out: Partial<Record<VariantGroup, number>> = {};
  for (const group of VARIANT_GROUPS) {
    const index = raw[group];
    if (isNum(index) && Number.isInteger(index) && index >= 0 && index < variantCount(group)) out[group] = index;
  }
  return out;
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
    last: last ? { speech: last.speech as string, reprompt: isStr(last.reprompt) ? last.reprompt : undefined } : undefined,
    selfTest: parseSelfTest(a.selfTest),
    variants: parseVariants(a.variants),
  };
}

/** The raw session attributes; an out-of-session request (a skill event) simply has none. */
export function readSessionAttributes(input: HandlerInput): unknown {
  return input.requestEnvelope.session ? input.attributesManager.getSessionAttributes() : {};
}

/** Keeps the state for the next turn; there is nothing to keep it in outside a session. */
export function writeSessionState(input: HandlerInput, state: SessionState): void {
  if (input.requestEnvelope.session) input.attributesManager.setSessionAttributes({ ...state });
}
