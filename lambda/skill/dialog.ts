import * as v from 'valibot';
import type { ProgrammeRequest } from '../domain/programme';
import type { ClockTime } from '../domain/reminderTimes';
import { reminderTimes } from '../domain/reminderTimes';
import { TIP_LISTS } from '../domain/advice';
import { SPHINCTER_PARTS } from '../domain/sphincter';
import { HOLD_SECONDS, REPETITIONS } from '../domain/startblok';
import type { TextKey } from '../speech/translator';
import { ProgrammeRequestSchema, ResumePointSchema } from '../persistence/resumeShape';

/**
 * Where the conversation stands: the question the skill last asked, so that "ja", "nee",
 * "help", a number or words it did not understand mean the right thing there.
 *
 * Every step is ONE declaration below: its payload schema (session attributes come back from
 * outside, so each is parsed, and the Dialog type is inferred from these schemas) and what
 * the generic answers mean in it. Handlers look answers up here; they do not switch on steps.
 */

export const whole = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
export const hold = whole(HOLD_SECONDS.min, HOLD_SECONDS.max);
const sphincterParts = v.pipe(v.array(v.picklist(SPHINCTER_PARTS)), v.minLength(1), v.maxLength(SPHINCTER_PARTS.length));

/** A running exercise travels as its small request, never as its timeline (one schema, also for the stored resume point). */
export { ProgrammeRequestSchema };

/** What a schema yields, read-only all the way down like the rest of the skill's state. */
export type Parsed<S extends v.GenericSchema> = DeepReadonly<v.InferOutput<S>>;
type DeepReadonly<T> = T extends readonly (infer E)[]
  ? readonly DeepReadonly<E>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

// The domain keeps its own type (it imports no libraries); this fails to compile if the two drift.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const requestTypesAgree: Same<Parsed<typeof ProgrammeRequestSchema>, ProgrammeRequest> = true;
void requestTypesAgree;

/** The parsed value, or undefined for anything that does not fit the schema. */
export function parsed<S extends v.GenericSchema>(schema: S, raw: unknown): Parsed<S> | undefined {
  const result = v.safeParse(schema, raw);
  return result.success ? (result.output as Parsed<S>) : undefined;
}

/** A request read back from session attributes: anything malformed is no request at all. */
export const parseProgrammeRequest = (raw: unknown): ProgrammeRequest | undefined => parsed(ProgrammeRequestSchema, raw);

export const clockTimeSchema = v.object({ hour: whole(0, 23), minute: whole(0, 59) });

/** Reminder times from session attributes or a Connections token: the valid ones, de-duplicated. */
export function parseTimes(raw: unknown): ClockTime[] {
  if (!Array.isArray(raw)) return [];
  return reminderTimes(raw.map((t) => parsed(clockTimeSchema, t)));
}

const reminderTimesSchema = v.pipe(
  v.unknown(),
  v.transform(parseTimes),
  v.check((times) => times.length > 0),
);

/**
 * What an answer does in a step: an action by name (the handlers hold the actions, so this
 * core stays below them), or nothing, when the answer does not fit the question.
 */
export type Action =
  | 'startMeasure'
  | 'startLightStrength'
  | 'practiceMeasure'
  | 'measureNow'
  | 'startQuick'
  | 'startTraining'
  | 'startRelaxation'
  | 'startPelvicTilt'
  | 'sphincterWhenReady'
  | 'askWhichStartblok'
  | 'offerTrainingInstead'
  | 'createReminders'
  | 'askOtherTimes'
  | 'deleteData'
  | 'keepData'
  | 'acceptMaintenance'
  | 'continueExercise'
  | 'stopExercise'
  | 'playTips'
  | 'selfTestEntry'
  | 'askSelfTestQuestion'
  | 'restartSelfTest'
  | 'stopSelfTest'
  | 'continueMeasure'
  | 'askRepetitionsCount'
  | 'retrySave'
  | 'giveUpSave'
  | 'leave'
  | 'resume'
  | 'startWhenReady'
  | 'notReadyYet'
  | 'restAfterPain'
  | 'backToQuestion'
  | 'stayPaused'
  | 'declineGeneral'
  | 'giveConsent'
  | 'refuseConsent'
  | 'stopStoring'
  | 'keepStoring'
  | 'declineMeasure'
  | 'resumeExercise'
  | 'declineResume'
  | 'checkInYes'
  | 'checkInNo'
  | 'complaintsGone'
  | 'complaintsNotGone'
  | 'sayAlarmList'
  | 'closeSelfTest'
  | 'repeatAlarm'
  | 'closeAfterAlarm'
  | 'tryShorterHold'
  | 'numberHelp';

/** The sort of question a step asks; it decides which answers it must have. */
export type StepKind = 'idle' | 'offer' | 'number' | 'choice' | 'running';

export interface StepAnswers {
  readonly kind: StepKind;
  /** "Ja", "volgende", "verder". */
  readonly yes?: Action;
  /** "Nee"; without it a polite "goed" and the general offer. */
  readonly no?: Action;
  /** The open question, short: said again after a jargon answer, "hoe lang nog", and as reprompt. */
  readonly question: TextKey;
  /** Help that fits here (it ends with a question). */
  readonly help: TextKey;
  /** The first miss: asked again, shorter, with an example that fits this question. */
  readonly retry: TextKey;
  /** The second miss: what can be said here, and the offer of help. */
  readonly canSay: TextKey;
  /** Asks the open question again in its own words (the self-test repeats its question). */
  readonly reask?: Action;
  /**
   * Owed an answer: a fact, a tip or a care remark said in passing comes back to this question
   * instead of offering something new (flows/inPassing.ts). Something under way, a number asked
   * for, or a decision the user is in the middle of.
   */
  readonly owed: boolean;
  /**
   * A decision that changes what is stored or set (consent, erasing, reminders): only a real
   * "ja" makes it. "Verder", "volgende" or going on after a pause asks the question again.
   */
  readonly decision?: boolean;
}

/** Shared defaults by kind, so a step states only what is its own. */
const BY_KIND: Record<StepKind, Omit<StepAnswers, 'kind' | 'question' | 'help'>> = {
  idle: { no: 'declineGeneral', retry: 'repair.idle', canSay: 'repair.canSayIdle', owed: false },
  offer: { no: 'declineGeneral', retry: 'repair.offer', canSay: 'repair.canSayOffer', owed: false },
  number: { retry: 'repair.number', canSay: 'repair.canSayNumber', owed: true },
  choice: { retry: 'repair.choice', canSay: 'repair.canSayChoice', owed: false },
  running: { no: 'leave', retry: 'repair.running', canSay: 'repair.canSayRunning', owed: true },
};

function step<const Name extends string, const Entries extends v.ObjectEntries>(
  name: Name,
  payload: Entries,
  answers: Partial<StepAnswers> & Pick<StepAnswers, 'kind' | 'question'>,
) {
  const full: StepAnswers = { help: 'help.general', ...BY_KIND[answers.kind], ...answers };
  return { name, schema: v.object({ step: v.literal(name), ...payload }), answers: full };
}

const exerciseEntries = {
  request: ProgrammeRequestSchema,
  /** The segment to play on "ja". */
  setIndex: whole(0, 9),
  segmentIndex: whole(0, 99),
  runId: v.string(),
  /** Repetitions of the current set recorded before a closed session (a resumed exercise): not counted twice. */
  counted: v.optional(whole(0, REPETITIONS.max)),
};

const RESUMABLE = [
  // "Ja" to "Wat wil je doen?" is no misunderstanding: the usual training is offered.
  step('idle', {}, { kind: 'idle', yes: 'offerTrainingInstead', question: 'question.idle' }),
  // "Nee" to determining a startblok is no request for one: a newcomer hears how to give one later.
  // After "nul" or "ik voel niks" at the measurement: "ik voel niks" again is counted on (flows/startblok.ts nothingFelt).
  step(
    'offerMeasure',
    { afterNothingFelt: v.optional(v.literal(true)) },
    { kind: 'offer', yes: 'startMeasure', no: 'declineMeasure', question: 'question.offerMeasure' },
  ),
  /** An exercise stopped earlier today when the session closed; the point travels with the offer. */
  step(
    'offerResume',
    { point: ResumePointSchema },
    { kind: 'offer', yes: 'resumeExercise', no: 'declineResume', question: 'care.resume.question', help: 'care.resume.help', owed: true },
  ),
  /** "Merk je al verschil?" in week 6 and 12: the answer is never stored. */
  step(
    'checkIn',
    {},
    { kind: 'offer', yes: 'checkInYes', no: 'checkInNo', question: 'care.checkIn.question', help: 'care.checkIn.reprompt' },
  ),
  /** Before maintenance: are the complaints gone? Never stored either. */
  step(
    'askComplaintsGone',
    {},
    {
      kind: 'offer',
      yes: 'complaintsGone',
      no: 'complaintsNotGone',
      question: 'care.maintenance.question',
      help: 'care.maintenance.askComplaintsReprompt',
    },
  ),
  /** The self-test's result was said; the alarm list on request. */
  step(
    'selfTestAlarm',
    {},
    {
      kind: 'offer',
      yes: 'sayAlarmList',
      no: 'closeSelfTest',
      question: 'care.selfTest.alarmOffer',
      help: 'care.selfTest.alarmOfferReprompt',
    },
  ),
  /** An alarm signal was answered: it can be heard once more (someone hard of hearing, a shock), and nothing else is offered. */
  step(
    'alarmSaid',
    {},
    { kind: 'offer', yes: 'repeatAlarm', no: 'closeAfterAlarm', question: 'alarm.offerRepeat', help: 'alarm.offerRepeatReprompt' },
  ),
  step('offerTraining', {}, { kind: 'offer', yes: 'startTraining', question: 'question.offerTraining', help: 'help.offerTraining' }),
  step(
    'offerRelaxation',
    {},
    { kind: 'offer', yes: 'startRelaxation', question: 'question.offerRelaxation', help: 'help.offerRelaxation' },
  ),
  /** After pain: "nee" is no call to train but a kind goodbye. */
  step(
    'offerRelaxationAfterPain',
    {},
    {
      kind: 'offer',
      yes: 'startRelaxation',
      no: 'restAfterPain',
      question: 'question.offerRelaxation',
      help: 'care.pain.offerRelaxationReprompt',
    },
  ),
  step(
    'offerRetest',
    {},
    { kind: 'offer', yes: 'startMeasure', no: 'offerTrainingInstead', question: 'question.offerRetest', help: 'help.offerRetest' },
  ),
  /** The reminder times were said back; "ja" creates them. */
  step(
    'confirmReminders',
    { times: reminderTimesSchema },
    {
      kind: 'offer',
      yes: 'createReminders',
      no: 'askOtherTimes',
      question: 'question.confirmReminders',
      help: 'reminders.confirmReprompt',
      owed: true,
      decision: true,
    },
  ),
  step(
    'askReminderTimes',
    {},
    { kind: 'choice', question: 'question.askReminderTimes', help: 'reminders.askTimes', retry: 'reminders.askTimesReprompt' },
  ),
  step(
    'confirmDelete',
    {},
    {
      kind: 'offer',
      yes: 'deleteData',
      no: 'keepData',
      question: 'question.confirmDelete',
      help: 'privacy.confirmDeleteReprompt',
      owed: true,
      decision: true,
    },
  ),
  /** May the skill store? Asked once, at launch (flows/consent.ts). */
  step(
    'askConsent',
    {},
    {
      kind: 'offer',
      yes: 'giveConsent',
      no: 'refuseConsent',
      question: 'consent.questionShort',
      help: 'consent.questionReprompt',
      decision: true,
      // A question in passing ("is dit wel veilig als je zwanger bent") is answered, and consent is asked again, not taken as a "nee".
      owed: true,
    },
  ),
  step(
    'confirmStopStoring',
    {},
    {
      kind: 'offer',
      yes: 'stopStoring',
      no: 'keepStoring',
      question: 'consent.confirmStopShort',
      help: 'consent.confirmStopReprompt',
      owed: true,
      decision: true,
    },
  ),
  /** The silent self-test was read out; only the number of "ja" answers is asked. */
  step(
    'selfTestCount',
    {},
    { kind: 'number', question: 'discretion.silentAskShort', help: 'discretion.silentAskReprompt', retry: 'discretion.silentAskReprompt' },
  ),
  step(
    'offerMaintenance',
    {},
    {
      kind: 'offer',
      yes: 'acceptMaintenance',
      no: 'offerTrainingInstead',
      question: 'question.offerMaintenance',
      help: 'help.offerMaintenance',
    },
  ),
  step(
    'chooseExercise',
    {},
    { kind: 'choice', question: 'question.chooseExercise', help: 'exercises.list', retry: 'fallback.chooseExercise' },
  ),
  /** Before the sphincter programme (or its first half-strength trial): sitting ready, "klaar" starts it. */
  step(
    'sphincterReady',
    { parts: sphincterParts },
    {
      kind: 'running',
      yes: 'sphincterWhenReady',
      no: 'notReadyYet',
      question: 'question.getReady',
      help: 'exercises.sphincterReadyReprompt',
      retry: 'fallback.getReady',
    },
  ),
  step(
    'askEnduranceHold',
    { parts: sphincterParts },
    { kind: 'number', question: 'question.askEnduranceHold', help: 'help.enduranceHold' },
  ),
  /** A few tips were said; "volgende" plays page `next`, "alles" the rest. */
  step(
    'tips',
    { list: v.picklist(TIP_LISTS), next: whole(0, 9) },
    {
      kind: 'offer',
      yes: 'playTips',
      question: 'question.tips',
      help: 'tips.help',
      retry: 'tips.notUnderstood',
    },
  ),
  step('offerPelvicTilt', {}, { kind: 'offer', yes: 'startPelvicTilt', question: 'question.offerPelvicTilt', help: 'tilt.help' }),
  /** A self-test question is open; the progress itself is in SessionState.selfTest. */
  step(
    'selfTest',
    {},
    {
      kind: 'offer',
      yes: 'askSelfTestQuestion',
      no: 'stopSelfTest',
      question: 'question.selfTest',
      help: 'selfTest.helpPaused',
      retry: 'selfTest.notUnderstood',
      canSay: 'repair.canSaySelfTest',
      reask: 'askSelfTestQuestion',
      owed: true,
    },
  ),
  step('offerSelfTest', {}, { kind: 'offer', yes: 'selfTestEntry', question: 'question.offerSelfTest', help: 'selfTest.offerReprompt' }),
  step(
    'offerSelfTestResume',
    {},
    {
      kind: 'offer',
      yes: 'askSelfTestQuestion',
      no: 'restartSelfTest',
      question: 'question.offerSelfTestResume',
      help: 'selfTest.resumeHelp',
      owed: true,
    },
  ),
  step('exercise', exerciseEntries, {
    kind: 'running',
    yes: 'continueExercise',
    no: 'stopExercise',
    question: 'question.exercise',
    help: 'help.training',
  }),
  /** The setup of a position was said; "klaar" starts the exercise it holds. */
  step(
    'getReady',
    { resume: v.object({ step: v.literal('exercise'), ...exerciseEntries }) },
    {
      kind: 'running',
      yes: 'startWhenReady',
      // "Nee" to "Ben je zover?" is "not yet", not "stop": stop and cancel still close.
      no: 'notReadyYet',
      question: 'question.getReady',
      help: 'help.getReady',
      retry: 'fallback.getReady',
    },
  ),
  /** The first measurement: the position was said; "klaar" gives the muscle-finding tip and two gentle squeezes. */
  step(
    'measurePosition',
    {},
    {
      kind: 'running',
      yes: 'practiceMeasure',
      no: 'notReadyYet',
      question: 'question.getReady',
      help: 'help.measure',
      retry: 'fallback.getReady',
    },
  ),
  /** The gentle squeezes were done, or (again) a returning user sits ready; "klaar" starts the maximal one. */
  step(
    'measureReady',
    { again: v.optional(v.literal(true)) },
    {
      kind: 'running',
      yes: 'measureNow',
      no: 'notReadyYet',
      question: 'question.getReady',
      help: 'help.measure',
      retry: 'fallback.getReady',
    },
  ),
  /** After a measurement, which counts as a training: only the quick contractions are offered. */
  /** A tense floor after several days of relaxation: light strength is offered. */
  step(
    'offerLightStrength',
    {},
    {
      kind: 'offer',
      yes: 'startLightStrength',
      question: 'question.offerLightStrength',
      help: 'done.relaxationThenStrengthReprompt',
      owed: true,
    },
  ),
  /** None of the guided squeezes held the measured time: the same squeezes at a shorter hold are offered. */
  step(
    'offerShorterHold',
    { holdSeconds: hold },
    {
      kind: 'offer',
      yes: 'tryShorterHold',
      no: 'declineMeasure',
      question: 'measure.tryShorter',
      help: 'measure.tryShorterReprompt',
      owed: true,
    },
  ),
  step(
    'offerQuick',
    {},
    { kind: 'offer', yes: 'startQuick', question: 'question.offerQuick', help: 'measure.offerQuickReprompt', owed: true },
  ),
  /** `unsure`: "weet ik niet" was said once already; a second time a cautious number is taken. */
  step(
    'measureAskHold',
    { unsure: v.optional(v.literal(true)) },
    // "Nee" is no number: the measurement just done is not thrown away for it, the question is explained.
    { kind: 'number', no: 'numberHelp', question: 'question.measureAskHold', help: 'help.measureHold' },
  ),
  step(
    'measureRepetitions',
    { holdSeconds: hold, segmentIndex: whole(0, 99) },
    {
      kind: 'running',
      yes: 'continueMeasure',
      no: 'askRepetitionsCount',
      question: 'question.measureRepetitions',
      help: 'help.measure',
    },
  ),
  step(
    'measureAskRepetitions',
    /** How many were guided: "allemaal" means that many. */
    { holdSeconds: hold, guided: v.optional(whole(1, REPETITIONS.max)), unsure: v.optional(v.literal(true)) },
    { kind: 'number', no: 'numberHelp', question: 'question.measureAskRepetitions', help: 'help.measureRepetitions' },
  ),
  step(
    'askStartblok',
    { holdSeconds: v.optional(hold), repetitions: v.optional(whole(REPETITIONS.min, REPETITIONS.max)) },
    { kind: 'number', question: 'question.askStartblok', help: 'help.startblok' },
  ),
  step(
    'confirmRetrySave',
    {},
    { kind: 'offer', yes: 'retrySave', no: 'giveUpSave', question: 'question.confirmRetrySave', help: 'help.confirmRetrySave', owed: true },
  ),
] as const;

/** The steps a pause or a repair can come back to. */
export type ResumableDialog = Parsed<(typeof RESUMABLE)[number]['schema']>;
const ResumableSchema = v.variant(
  'step',
  RESUMABLE.map((s) => s.schema),
);

const STEPS = [
  ...RESUMABLE,
  step(
    'paused',
    { resume: ResumableSchema },
    { kind: 'running', yes: 'resume', question: 'question.paused', help: 'pause.pausedReprompt' },
  ),
  /** Three misses in a row: "ja" stops, "nee" goes back to the question that was open. */
  step(
    'offerStop',
    { resume: ResumableSchema },
    { kind: 'offer', yes: 'leave', no: 'backToQuestion', question: 'question.offerStop', help: 'help.offerStop' },
  ),
] as const;

export type Dialog = Parsed<(typeof STEPS)[number]['schema']>;
export type DialogStep = Dialog['step'];
export type DialogOf<S extends DialogStep> = Extract<Dialog, { step: S }>;

export const idle: Dialog = { step: 'idle' };

const DialogSchema = v.variant(
  'step',
  STEPS.map((s) => s.schema),
);

const ANSWERS = Object.fromEntries(STEPS.map((s) => [s.name, s.answers])) as Record<DialogStep, StepAnswers>;

/** Every step with what the answers mean there: for the completeness test. */
export const STEP_TABLE: Readonly<Record<DialogStep, StepAnswers>> = ANSWERS;

export function answersOf(dialog: Dialog): StepAnswers {
  return ANSWERS[dialog.step];
}

/** Session attributes come from outside: anything malformed starts the dialog afresh. */
export function parseDialog(raw: unknown): Dialog {
  return parsed(DialogSchema, raw) ?? idle;
}

/** Determining the startblok, from the position to the last count (every such step is named measure…). */
export function isMeasuring(dialog: ResumableDialog): boolean {
  return dialog.step.startsWith('measure');
}

/** Whether this dialog, or the one a pause, a repair or getting ready goes back to, is still that exercise run. */
export function holdsRun(dialog: Dialog, runId: string): boolean {
  const d = activeDialog(dialog);
  const exercise = d.step === 'getReady' ? d.resume : d;
  return exercise.step === 'exercise' && exercise.runId === runId;
}

/** The dialog a pause or a repair will go back to, or the dialog itself. */
export function activeDialog(dialog: Dialog): ResumableDialog {
  return dialog.step === 'paused' || dialog.step === 'offerStop' ? dialog.resume : dialog;
}
