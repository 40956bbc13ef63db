import type { ProgrammeRequest } from '../domain/programme';
import { parseProgrammeRequest } from '../domain/programme';
import type { SphincterPart } from '../domain/sphincter';
import { SPHINCTER_PARTS } from '../domain/sphincter';
import type { ClockTime } from '../domain/reminderTimes';
import { reminderTimes } from '../domain/reminderTimes';
import type { TipList } from '../domain/advice';
import { TIP_LISTS, isOneOf } from '../domain/advice';

/**
 * Where the conversation stands: the question the skill last asked, so that "ja", "nee",
 * a number or "help" mean the right thing. Kept in session attributes, so JSON-safe.
 */
export type Dialog =
  | { readonly step: 'idle' }
  | { readonly step: 'offerMeasure' }
  | { readonly step: 'offerTraining' }
  | { readonly step: 'offerRelaxation' }
  | { readonly step: 'offerRetest' }
  /** The reminder times were said back; "ja" creates them. */
  | { readonly step: 'confirmReminders'; readonly times: readonly ClockTime[] }
  | { readonly step: 'askReminderTimes' }
  | { readonly step: 'confirmDelete' }
  | { readonly step: 'offerMaintenance' }
  | { readonly step: 'chooseExercise' }
  | { readonly step: 'askEnduranceHold'; readonly parts: readonly SphincterPart[] }
  /** A few tips were said; "volgende" plays page `next`, "alles" the rest. */
  | { readonly step: 'tips'; readonly list: TipList; readonly next: number }
  | { readonly step: 'offerPelvicTilt' }
  /** A self-test question is open; the progress itself is in SessionState.selfTest. */
  | { readonly step: 'selfTest' }
  | { readonly step: 'offerSelfTest' }
  | { readonly step: 'offerSelfTestResume' }
  | {
      readonly step: 'exercise';
      readonly request: ProgrammeRequest;
      /** The segment to play on "ja". */
      readonly setIndex: number;
      readonly segmentIndex: number;
      readonly runId: string;
    }
  | { readonly step: 'measureAskHold' }
  | { readonly step: 'measureRepetitions'; readonly holdSeconds: number; readonly segmentIndex: number }
  | { readonly step: 'measureAskRepetitions'; readonly holdSeconds: number }
  | { readonly step: 'askStartblok'; readonly holdSeconds?: number }
  | { readonly step: 'confirmRetrySave' }
  | { readonly step: 'paused'; readonly resume: Dialog }
  /** The setup of a position was said; "klaar" starts the exercise it holds. */
  | { readonly step: 'getReady'; readonly resume: Extract<Dialog, { step: 'exercise' }> };

export type DialogStep = Dialog['step'];

export const idle: Dialog = { step: 'idle' };

const STEPS: readonly DialogStep[] = [
  'idle',
  'offerMeasure',
  'offerTraining',
  'offerRelaxation',
  'offerRetest',
  'confirmReminders',
  'askReminderTimes',
  'confirmDelete',
  'offerMaintenance',
  'chooseExercise',
  'askEnduranceHold',
  'exercise',
  'tips',
  'offerPelvicTilt',
  'selfTest',
  'offerSelfTest',
  'offerSelfTestResume',
  'measureAskHold',
  'measureRepetitions',
  'measureAskRepetitions',
  'askStartblok',
  'confirmRetrySave',
  'paused',
  'getReady',
];

const isInt = (v: unknown, min: number, max: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

/** Reminder times from session attributes or a Connections token: valid ones only. */
export function parseTimes(raw: unknown): ClockTime[] {
  if (!Array.isArray(raw)) return [];
  return reminderTimes(
    raw.map((t: unknown) => {
      const time = t as Record<string, unknown> | null;
      return time && isInt(time.hour, 0, 23) && isInt(time.minute, 0, 59) ? { hour: time.hour, minute: time.minute } : undefined;
    }),
  );
}

/** Session attributes come from outside: anything malformed starts the dialog afresh. */
export function parseDialog(raw: unknown, depth = 0): Dialog {
  if (typeof raw !== 'object' || raw === null) return idle;
  const d = raw as Record<string, unknown>;
  const step = d.step as DialogStep;
  if (!STEPS.includes(step)) return idle;
  switch (step) {
    case 'tips':
      return isOneOf(TIP_LISTS, d.list) && isInt(d.next, 0, 9) ? { step, list: d.list, next: d.next } : idle;
    case 'exercise': {
      const request = parseProgrammeRequest(d.request);
      return request && isInt(d.setIndex, 0, 9) && isInt(d.segmentIndex, 0, 99) && typeof d.runId === 'string'
        ? { step, request, setIndex: d.setIndex, segmentIndex: d.segmentIndex, runId: d.runId }
        : idle;
    }
    case 'confirmReminders': {
      const times = parseTimes(d.times);
      return times.length > 0 ? { step, times } : idle;
    }
    case 'askEnduranceHold': {
      const parts = Array.isArray(d.parts) ? d.parts.filter((p): p is SphincterPart => SPHINCTER_PARTS.includes(p)) : [];
      return parts.length > 0 ? { step, parts } : idle;
    }
    case 'measureRepetitions':
      return isInt(d.holdSeconds, 1, 10) && isInt(d.segmentIndex, 0, 99)
        ? { step, holdSeconds: d.holdSeconds, segmentIndex: d.segmentIndex }
        : idle;
    case 'measureAskRepetitions':
      return isInt(d.holdSeconds, 1, 10) ? { step, holdSeconds: d.holdSeconds } : idle;
    case 'askStartblok':
      return isInt(d.holdSeconds, 1, 10) ? { step, holdSeconds: d.holdSeconds } : { step };
    case 'getReady': {
      // Also inside 'paused' (depth 1): its exercise is one level further down.
      const resume = depth < 2 ? parseDialog(d.resume, depth + 1) : idle;
      return resume.step === 'exercise' ? { step, resume } : idle;
    }
    case 'paused': {
      const resume = depth < 1 ? parseDialog(d.resume, depth + 1) : idle;
      return resume.step === 'idle' ? idle : { step, resume };
    }
    default:
      return { step } as Dialog;
  }
}
