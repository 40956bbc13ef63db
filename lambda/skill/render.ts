import { getSupportedInterfaces } from 'ask-sdk-core';
import type { Directive, Response } from 'ask-sdk-model';
import { planEnduranceTrial, planMeasureHold, planMeasurePractice, planMeasureRepetitions } from '../domain/planner';
import { planProgramme } from '../domain/programme';
import type { SessionPlan } from '../domain/timeline';
import { exerciseScreen } from '../screen/exerciseScreen';
import { progressScreen } from '../screen/progressScreen';
import { exerciseTimeline } from '../screen/timeline';
import { planPelvicTilt } from '../domain/pelvicTilt';
import { REMINDERS_SCOPE } from '../services/reminders';
import type { Segment } from '../speech/renderPlan';
import { renderBreathing, renderGetReady, segmentPlan } from '../speech/renderPlan';
import { spokenTimes } from '../speech/spokenTimes';
import type { Speech } from '../speech/ssml';
import { document, join, longestBreakMs, MAX_BREAK_MS, nothing, say, silence } from '../speech/ssml';
import type { TextVars } from '../speech/translator';
import { pickVariant, variantCount, variantKey } from '../speech/variants';
import type { Answer, Outcome, Part, PlanRef, Vars } from './answer';
import { isSilent } from './answer';
import type { Dialog } from './dialog';
import { activeDialog, answersOf, idle } from './dialog';
import type { StoredPart } from './sessionState';
import { writeSessionState } from './sessionState';
import { writesAllowed } from './privacy';
import type { Turn } from './turn';

/**
 * The one place where an answer becomes a response: it resolves varied texts, translates,
 * joins the speech, keeps the answer (as data) for "herhaal", writes the session attributes
 * and fills the ResponseBuilder. Alexa's rules for a response are kept here, for every answer.
 */

/** Alexa's limits on one response (alexa-platform.md). */
export const RESPONSE_LIMITS = { ssmlCharacters: 8000, seconds: 240, breakMs: MAX_BREAK_MS } as const;

export function planOf(ref: PlanRef): SessionPlan {
  switch (ref.programme) {
    case 'measurePractice':
      return planMeasurePractice();
    case 'enduranceTrial':
      return planEnduranceTrial();
    case 'measureHold':
      return planMeasureHold();
    case 'measureRepetitions':
      return planMeasureRepetitions(ref.holdSeconds);
    case 'pelvicTilt':
      return planPelvicTilt();
    default:
      return planProgramme(ref);
  }
}

/** A varied text becomes the one chosen now; the session remembers it, so the next one differs. */
function resolveVariants(turn: Turn, parts: readonly Part[]): StoredPart[] {
  return parts.map((part) => {
    if (!('variant' in part)) return part;
    const index = pickVariant(variantCount(part.variant), turn.deps.random(), turn.state.variants?.[part.variant]);
    turn.state.variants = { ...turn.state.variants, [part.variant]: index };
    return { key: variantKey(part.variant, index) };
  });
}

function textVars(turn: Turn, vars: Vars | undefined): TextVars | undefined {
  if (!vars) return undefined;
  return Object.fromEntries(
    Object.entries(vars).map(([name, value]) => [name, typeof value === 'object' ? spokenTimes(turn.t, value.times) : value]),
  );
}

interface Rendered {
  readonly speech: Speech;
  /** The last words said, to see whether the answer ends with a question. */
  readonly lastText: string;
}

function renderPart(turn: Turn, part: StoredPart): Rendered {
  const { t } = turn;
  if ('key' in part) {
    const words = t(part.key, textVars(turn, part.vars));
    return { speech: say(words), lastText: words };
  }
  if ('segment' in part) {
    const { plan, set, index } = part.segment;
    return { speech: segmentPlan(planOf(plan), t)[set]?.[index]?.speech ?? nothing, lastText: '' };
  }
  if ('getReady' in part) {
    const kept = writesAllowed(turn.state, turn.deps.assumeConsent);
    const ready = renderGetReady(planProgramme(part.getReady.request).sets[0], t, part.getReady.full, kept);
    return { speech: ready?.speech ?? nothing, lastText: ready?.question ?? '' };
  }
  if ('pause' in part) return { speech: silence(Math.min(part.pause, MAX_BREAK_MS / 1000)), lastText: '' };
  return { speech: renderBreathing(t), lastText: '' };
}

function renderParts(turn: Turn, parts: readonly StoredPart[]): Rendered {
  const rendered = parts.map((part) => renderPart(turn, part));
  return { speech: join(...rendered.map((r) => r.speech)), lastText: rendered[rendered.length - 1]?.lastText ?? '' };
}

/** Every rule the answer breaks; empty when it keeps them all. */
export function answerProblems(speech: Rendered, reprompt: Rendered | undefined, open: boolean): string[] {
  const problems: string[] = [];
  for (const [label, r] of [
    ['speech', speech],
    ['reprompt', reprompt],
  ] as const) {
    if (!r) continue;
    if (document(r.speech).length >= RESPONSE_LIMITS.ssmlCharacters) problems.push(`${label}Characters`);
    if (r.speech.seconds > RESPONSE_LIMITS.seconds) problems.push(`${label}Seconds`);
    if (longestBreakMs(r.speech.ssml) > RESPONSE_LIMITS.breakMs) problems.push(`${label}Break`);
  }
  if (open) {
    if (!speech.lastText.trim().endsWith('?')) problems.push('noQuestion');
    if (!reprompt) problems.push('noReprompt');
    else if (!reprompt.lastText.trim().endsWith('?')) problems.push('repromptNoQuestion');
    else if (reprompt.speech.ssml === speech.speech.ssml) problems.push('repromptRepeatsSpeech');
  }
  return problems;
}

/** The answer of last resort: it keeps every rule. */
const GENERAL_ERROR: Answer = { speech: [{ key: 'error.general' }], reprompt: [{ key: 'question.idle' }], next: idle };

const QUESTION_RULES: readonly string[] = ['noQuestion', 'noReprompt', 'repromptNoQuestion', 'repromptRepeatsSpeech'];

/**
 * An answer that breaks a rule is logged and replaced: an open answer that only misses its
 * question (or a fitting reprompt) gets the step's question and the step's help as reprompt;
 * anything else, or a replacement that still breaks a rule, says the general error and asks
 * what the user wants. Alexa never receives a response it refuses, and nothing throws.
 */
export function repaired(problems: readonly string[], answer: Answer, attempt: number): Answer {
  if (attempt === 0 && answer.next !== 'end' && problems.every((p) => QUESTION_RULES.includes(p))) {
    const step = answersOf(activeDialog(answer.next));
    const speech = problems.includes('noQuestion') ? [...answer.speech, { key: step.question }] : answer.speech;
    return { ...answer, speech, reprompt: [{ key: step.help }] };
  }
  return GENERAL_ERROR;
}

/** True when the device can show APL (an Echo Show); a voice-only device gets no directive. */
function hasScreen(turn: Turn): boolean {
  try {
    return getSupportedInterfaces(turn.input.requestEnvelope)['Alexa.Presentation.APL'] !== undefined;
  } catch {
    return false;
  }
}

function withExtras(turn: Turn, answer: Answer, parts: readonly StoredPart[]): void {
  const builder = turn.input.responseBuilder;
  if (answer.card?.kind === 'simple') builder.withSimpleCard(turn.t(answer.card.title), turn.t(answer.card.content));
  if (answer.card?.kind === 'lines') {
    const lines = answer.card.lines.flatMap((part) => ('key' in part ? [turn.t(part.key, textVars(turn, part.vars))] : []));
    builder.withSimpleCard(turn.t(answer.card.title), lines.join('\n'));
  }
  if (answer.card?.kind === 'remindersConsent') builder.withAskForPermissionsConsentCard([REMINDERS_SCOPE]);
  if (!answer.screen || !hasScreen(turn)) return;
  if (answer.screen.kind === 'progress') {
    builder.addDirective(progressScreen(answer.screen.picture, turn.t) as unknown as Directive);
    return;
  }
  // The picture walks the same plan and segments as the speech, after what is said before them.
  const at = parts.findIndex((part) => 'segment' in part);
  const found = parts[at];
  if (!found || !('segment' in found)) return;
  const { plan: ref, set } = found.segment;
  const plan = planOf(ref);
  const segments = segmentPlan(plan, turn.t)[set] ?? [];
  // Segments of one set said in one answer (the tilt, a closing answer) make one picture.
  const played: Segment[] = [];
  for (const part of parts.slice(at)) {
    if (!('segment' in part) || JSON.stringify(part.segment.plan) !== JSON.stringify(ref) || part.segment.set !== set) break;
    const segment = segments[part.segment.index];
    if (segment) played.push(segment);
  }
  if (played.length === 0) return;
  const segment = { speech: join(...played.map((p) => p.speech)), first: played[0].first, last: played[played.length - 1].last };
  const lead = renderParts(turn, parts.slice(0, at)).speech.seconds;
  builder.addDirective(exerciseScreen(exerciseTimeline(plan, set, segment, turn.t, lead), turn.t) as unknown as Directive);
}

function renderAnswer(turn: Turn, answer: Answer, attempt = 0): Response {
  const speechParts = resolveVariants(turn, answer.speech);
  const repromptParts = answer.reprompt && resolveVariants(turn, answer.reprompt);
  const speech = renderParts(turn, speechParts);
  const reprompt = repromptParts && renderParts(turn, repromptParts);
  const problems = answerProblems(speech, reprompt, answer.next !== 'end');
  // The general error keeps every rule, so the third attempt is never needed; it only stops a loop.
  if (problems.length > 0 && attempt < 2) {
    turn.deps.log({ event: 'error', error: `AnswerRule:${problems.join(',')}` });
    return renderAnswer(turn, { ...repaired(problems, answer, attempt), screen: undefined }, attempt + 1);
  }
  const next: Dialog = answer.next === 'end' ? idle : answer.next;
  turn.state.dialog = next;
  // Misses count only in a row: any answer but a repair starts the count afresh. "Herhaal" after
  // a repair means the question that was not understood, so a repair is not kept as the last answer.
  if (!answer.repair) {
    turn.state.misses = 0;
    turn.state.last = { speech: speechParts, reprompt: repromptParts };
  }
  writeSessionState(turn.input, turn.state);
  withExtras(turn, answer, speechParts);
  const builder = turn.input.responseBuilder.speak(speech.speech.ssml);
  return reprompt
    ? builder.reprompt(reprompt.speech.ssml).withShouldEndSession(false).getResponse()
    : builder.withShouldEndSession(true).getResponse();
}

/** The response for a flow's outcome. */
export function render(turn: Turn, outcome: Outcome): Response {
  if (!isSilent(outcome)) return renderAnswer(turn, outcome);
  if (outcome.next) turn.state.dialog = outcome.next;
  writeSessionState(turn.input, turn.state);
  const builder = turn.input.responseBuilder;
  if (outcome.askRemindersPermission) {
    builder.addDirective({
      type: 'Connections.SendRequest',
      name: 'AskFor',
      payload: { '@type': 'AskForPermissionsConsentRequest', '@version': '1', permissionScope: REMINDERS_SCOPE },
      token: JSON.stringify(outcome.askRemindersPermission),
    });
  }
  return builder.getResponse();
}

/** After the answer: what the turn's end changed (a profile stored, work handed off: skill/persist.ts finishTurn) is kept in the session too. */
export function keepState(turn: Turn): void {
  writeSessionState(turn.input, turn.state);
}
