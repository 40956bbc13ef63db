import type { ResponseEnvelope } from 'ask-sdk-model';
import type { ExerciseSet, SessionPlan } from '../../lambda/domain/timeline';
import { cueSentence } from '../../lambda/speech/renderPlan';
import type { Translate, TextKey } from '../../lambda/speech/translator';
import { tokenize } from '../../tools/ssmlText';
import { alexaLimitProblems } from './alexaLimits';
import { heardCues, timingMismatches } from './planTiming';

/**
 * What a whole exercise session must sound like, checked on the SSML of the responses it
 * is split into: the plan's cues in order with their timing (planTiming), a squeeze only
 * on the breath out and letting go only on the breath in as the user hears it, every rest
 * at least as long as the hold before it (or the leaflet's own number), and every
 * repetition counted exactly once, in order.
 */

/** Breaths are paced, not counted (the relaxation exercise); every other set counts. */
const UNCOUNTED_SETS: ReadonlySet<ExerciseSet['kind']> = new Set(['relaxation', 'measureHold', 'enduranceTrial']);

const lower = (text: string) => text.toLocaleLowerCase('nl-NL');

/** "Adem uit", "adem lang en rustig uit": the breath word and its direction in one clause. */
const BREATH_OUT = /\badem\b[^.,:;]*?\buit\b/;
const BREATH_IN = /\badem\b[^.,:;]*?\bin\b/;

function countText(set: ExerciseSet, number: number, t: Translate): string | undefined {
  const of = set.repetitions.length;
  if (UNCOUNTED_SETS.has(set.kind) || of < 2) return undefined;
  return lower(number === of ? t('cue.last') : t('cue.repetition', { number: t(`number.${number}` as TextKey) }));
}

/** The counting words and cue sentences the plan says will be heard, in order. */
function plannedSequence(plan: SessionPlan, t: Translate): string[] {
  return plan.sets.flatMap((set) =>
    set.repetitions.flatMap((repetition) => {
      const count = countText(set, repetition.number, t);
      const cues = repetition.steps.flatMap((step) => (step.type === 'cue' ? [lower(cueSentence(step.id, repetition, t))] : []));
      return count === undefined ? cues : [count, ...cues];
    }),
  );
}

/** The same, read from the responses: every sentence that is a count or a cue of this plan. */
function heardSequence(ssmls: readonly string[], known: ReadonlySet<string>): string[] {
  return ssmls.flatMap((ssml) =>
    tokenize(ssml).flatMap((token) => (token.kind === 'sentence' && known.has(lower(token.text)) ? [lower(token.text)] : [])),
  );
}

function countingProblems(plan: SessionPlan, ssmls: readonly string[], t: Translate): string[] {
  const planned = plannedSequence(plan, t);
  const heard = heardSequence(ssmls, new Set(planned));
  if (heard.length !== planned.length) return [`heard ${heard.length} counts and cues, planned ${planned.length}`];
  const first = planned.findIndex((text, i) => heard[i] !== text);
  return first < 0 ? [] : [`sentence ${first}: heard "${heard[first]}", planned "${planned[first]}"`];
}

/** Breathing and rest rules on what is heard: text of each cue, silence after it. */
function breathAndRestProblems(plan: SessionPlan, ssmls: readonly string[], t: Translate): string[] {
  const cueTexts = new Set(
    plan.sets.flatMap((s) => s.repetitions.flatMap((r) => r.steps.flatMap((st) => (st.type === 'cue' ? [cueSentence(st.id, r, t)] : [])))),
  );
  const heard = heardCues(ssmls, cueTexts);
  const problems: string[] = [];
  let index = 0;
  for (const set of plan.sets) {
    for (const repetition of set.repetitions) {
      let longestHold = 0;
      let squeezing = false;
      repetition.steps.forEach((step, i) => {
        if (step.type !== 'cue') return;
        const line = heard[index++];
        const where = `${set.kind} ${repetition.number} ${step.id}`;
        if (!line) return;
        const text = lower(line.text);
        if (step.effort === 'contract') {
          if (step.breath !== 'exhale') problems.push(`${where}: squeeze planned on the ${step.breath}`);
          if (!squeezing && !BREATH_OUT.test(text)) problems.push(`${where}: a squeeze starts without breathing out: "${line.text}"`);
          if (BREATH_IN.test(text)) problems.push(`${where}: a squeeze said with breathing in: "${line.text}"`);
          squeezing = true;
        } else {
          squeezing = false;
        }
        if (step.effort === 'relax') {
          if (step.breath !== 'inhale') problems.push(`${where}: letting go planned on the ${step.breath}`);
          if (!BREATH_IN.test(text)) problems.push(`${where}: letting go without breathing in: "${line.text}"`);
          if (BREATH_OUT.test(text)) problems.push(`${where}: letting go said with breathing out: "${line.text}"`);
        }
        const next = repetition.steps[i + 1];
        if (next?.type === 'pause' && next.kind === 'rest') {
          if (line.after < longestHold - 0.001) problems.push(`${where}: rest ${line.after} s after a hold of ${longestHold} s`);
          longestHold = 0;
        } else if (next && next.type !== 'cue' && next.kind === 'hold') {
          longestHold = Math.max(longestHold, line.after);
        }
      });
    }
  }
  return problems;
}

/** Every problem with a session played as these responses; empty when it plays the plan. */
export function sessionProblems(plan: SessionPlan, ssmls: readonly string[], t: Translate): string[] {
  return [...timingMismatches(plan, ssmls, t), ...countingProblems(plan, ssmls, t), ...breathAndRestProblems(plan, ssmls, t)];
}

/** Alexa's limits on a bare SSML fragment, as if it were a whole closing response. */
export function fragmentLimitProblems(ssml: string): Promise<string[]> {
  const envelope = { version: '1.0', response: { outputSpeech: { type: 'SSML', ssml: `<speak>${ssml}</speak>` } } } as ResponseEnvelope;
  return alexaLimitProblems(envelope);
}
