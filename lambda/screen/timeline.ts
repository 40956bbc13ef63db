import type { ExerciseSet, PauseKind, SessionPlan, SetKind } from '../domain/timeline';
import type { Segment } from '../speech/renderPlan';
import { renderRepetition, renderStep, repetitionNumber } from '../speech/renderPlan';
import type { TextKey, Translate } from '../speech/translator';

/**
 * What the screen does while one response is spoken, walked from the same plan, with the
 * same rendered pieces (and so the same durations) as the SSML. Times are whole
 * milliseconds from the start of the speech; pauses land on the millisecond.
 */
export type Phase = 'ready' | 'counter' | 'contract' | 'ease' | 'relax' | 'hold' | 'rest' | 'inhale' | 'exhale' | 'breathe';

export interface Moment {
  readonly startMs: number;
  readonly ms: number;
  readonly phase: Phase;
  /** Shown from this moment on: "3 van 6". */
  readonly counter?: { readonly number: number; readonly of: number };
  /** The shape's size at the end of this moment (0..1), animated over it. */
  readonly shape: number;
  /** For a pause: its kind, and the seconds counted down on screen. */
  readonly pause?: PauseKind;
}

export interface ScreenTimeline {
  readonly title: TextKey;
  /** breath: a calm breath (relaxation, the tilt), never a squeeze. */
  readonly style: 'squeeze' | 'breath';
  readonly moments: readonly Moment[];
  readonly totalMs: number;
}

const TITLE: Record<SetKind, TextKey> = {
  startblok: 'screen.set.startblok',
  quick: 'screen.set.quick',
  measureHold: 'screen.set.measure',
  measureRepetitions: 'screen.set.measure',
  lift: 'screen.set.lift',
  sphincterStrength: 'screen.set.sphincterStrength',
  sphincterEndurance: 'screen.set.sphincterEndurance',
  sphincterSpeed: 'screen.set.sphincterSpeed',
  relaxation: 'screen.set.relaxation',
  layerSurface: 'screen.set.layerSurface',
  layerMiddle: 'screen.set.layerMiddle',
  layerDeep: 'screen.set.layerDeep',
  maintenance: 'screen.set.maintenance',
  practice: 'screen.set.practice',
  light: 'screen.set.light',
  enduranceTrial: 'screen.set.sphincterEndurance',
  pelvicTilt: 'screen.set.tilt',
};

/** Sets shown as a calm breath that swells and settles: never a squeeze. */
const BREATH_STYLE: ReadonlySet<SetKind> = new Set<SetKind>(['relaxation', 'pelvicTilt']);

const REST_SHAPE = 0;
const BREATH_SHAPE = { in: 1, out: 0 } as const;

/** Lays pieces of speech end to end, rounding the running total, so the sum is exact. */
class Clock {
  private seconds = 0;
  readonly moments: Moment[] = [];
  get ms(): number {
    return Math.round(this.seconds * 1000);
  }
  add(seconds: number, moment: Omit<Moment, 'startMs' | 'ms'>): void {
    const startMs = this.ms;
    this.seconds += seconds;
    this.moments.push({ ...moment, startMs, ms: this.ms - startMs });
  }
}

function squeezeRepetitions(set: ExerciseSet, segment: Segment, t: Translate, clock: Clock): void {
  for (const repetition of set.repetitions.slice(segment.first - 1, segment.last)) {
    const levels = Math.max(1, repetition.steps.filter((s) => s.type === 'cue' && s.effort === 'contract').length);
    let level = 0;
    const counter = { number: repetition.number, of: repetition.of };
    clock.add(repetitionNumber(set, repetition, t).seconds, { phase: 'counter', counter, shape: REST_SHAPE });
    for (const step of repetition.steps) {
      const seconds = renderStep(step, repetition, t).seconds;
      if (step.type === 'cue') {
        level = step.effort === 'contract' ? level + 1 : step.effort === 'relax' ? 0 : Math.max(0, level - 1);
        const phase = step.effort === 'contract' ? 'contract' : step.effort === 'relax' ? 'relax' : 'ease';
        clock.add(seconds, { phase, shape: level / levels });
      } else {
        clock.add(seconds, { phase: step.kind === 'hold' ? 'hold' : 'rest', shape: level / levels, pause: step.kind });
      }
    }
  }
}

function breathRepetitions(set: ExerciseSet, segment: Segment, t: Translate, clock: Clock): void {
  for (const repetition of set.repetitions.slice(segment.first - 1, segment.last)) {
    const counter = { number: repetition.number, of: repetition.of };
    clock.add(repetitionNumber(set, repetition, t).seconds, { phase: 'counter', counter, shape: BREATH_SHAPE.out });
    let breath: 'inhale' | 'exhale' = 'inhale';
    for (const step of repetition.steps) {
      const seconds = renderStep(step, repetition, t).seconds;
      if (step.type === 'cue') {
        breath = step.breath === 'exhale' ? 'exhale' : 'inhale';
        clock.add(seconds, { phase: breath, shape: breath === 'inhale' ? BREATH_SHAPE.out : BREATH_SHAPE.in });
      } else {
        // The breath itself fills the pause: the shape swells on the inhale, settles on the exhale.
        clock.add(seconds, { phase: 'breathe', shape: breath === 'inhale' ? BREATH_SHAPE.in : BREATH_SHAPE.out, pause: step.kind });
      }
    }
  }
}

/**
 * The screen's timeline for one response of an exercise: `leadSeconds` is what is said
 * before the segment (a note, a confirmation); the segment's own introduction is the rest
 * of its speech before the first repetition.
 */
export function exerciseTimeline(plan: SessionPlan, setIndex: number, segment: Segment, t: Translate, leadSeconds = 0): ScreenTimeline {
  const set = plan.sets[setIndex];
  const played = set.repetitions.slice(segment.first - 1, segment.last).reduce((sum, r) => sum + renderRepetition(set, r, t).seconds, 0);
  const clock = new Clock();
  clock.add(leadSeconds + segment.speech.seconds - played, { phase: 'ready', shape: REST_SHAPE });
  const style = BREATH_STYLE.has(set.kind) ? 'breath' : 'squeeze';
  (style === 'breath' ? breathRepetitions : squeezeRepetitions)(set, segment, t, clock);
  return { title: TITLE[set.kind], style, moments: clock.moments, totalMs: clock.ms };
}
