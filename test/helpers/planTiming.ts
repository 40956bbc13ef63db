import type { Cue, SessionPlan } from '../../lambda/domain/timeline';
import { stepSeconds } from '../../lambda/domain/timeline';
import { estimateSpeechSeconds } from '../../lambda/speech/durationEstimate';
import { cueSentence } from '../../lambda/speech/renderPlan';
import type { Translate } from '../../lambda/speech/translator';
import { tokenize } from '../../tools/ssmlText';

export interface TimedCueLine {
  readonly text: string;
  /** Seconds from the end of this cue to the next sentence: breaks plus counted words. */
  readonly after: number;
  /** Only in the plan's expectation. */
  readonly cue?: Cue;
  readonly kind?: 'hold' | 'rest' | 'breathe';
}

/** What the plan says should be heard: each cue sentence and the silence after it. */
export function plannedCues(plan: SessionPlan, t: Translate): TimedCueLine[] {
  const lines: TimedCueLine[] = [];
  for (const set of plan.sets) {
    for (const repetition of set.repetitions) {
      repetition.steps.forEach((step, i) => {
        if (step.type !== 'cue') return;
        const next = repetition.steps[i + 1];
        lines.push({
          text: cueSentence(step.id, repetition, t),
          cue: step,
          after: next && next.type !== 'cue' ? stepSeconds(next) : 0,
          kind: next && next.type !== 'cue' ? next.kind : undefined,
        });
      });
    }
  }
  return lines;
}

/** What the responses really say: every cue sentence, in order, with the time after it. */
export function heardCues(ssmls: readonly string[], cueTexts: ReadonlySet<string>): TimedCueLine[] {
  const lines: { text: string; after: number }[] = [];
  let current: { text: string; after: number } | undefined;
  for (const ssml of ssmls) {
    for (const token of tokenize(ssml)) {
      if (token.kind === 'sentence') {
        current = cueTexts.has(token.text) ? { text: token.text, after: 0 } : undefined;
        if (current) lines.push(current);
      } else if (current) {
        current.after += token.kind === 'break' ? token.seconds : estimateSpeechSeconds(token.text);
      }
    }
    current = undefined;
  }
  return lines;
}

export const HOLD_TOLERANCE_SECONDS = 0.3;

/**
 * The responses play the plan: the same cues in the same order, holds within 0.3 s of the
 * plan, rests and breaths exactly as planned (they are pure breaks). Returns the mismatches.
 */
export function timingMismatches(plan: SessionPlan, ssmls: readonly string[], t: Translate): string[] {
  const planned = plannedCues(plan, t);
  const heard = heardCues(ssmls, new Set(planned.map((line) => line.text)));
  const problems: string[] = [];
  if (heard.length !== planned.length) problems.push(`heard ${heard.length} cues, planned ${planned.length}`);
  planned.forEach((line, i) => {
    const actual = heard[i];
    if (!actual) return;
    if (actual.text !== line.text) problems.push(`cue ${i}: heard "${actual.text}", planned "${line.text}"`);
    const tolerance = line.kind === 'hold' ? HOLD_TOLERANCE_SECONDS : 0.001;
    if (Math.abs(actual.after - line.after) > tolerance) {
      problems.push(`cue ${i} "${line.text}": ${actual.after.toFixed(3)} s after, planned ${line.after} s (${line.kind})`);
    }
  });
  return problems;
}
