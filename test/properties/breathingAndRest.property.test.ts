import fc from 'fast-check';
import {
  planEnduranceTrial,
  planLightStrength,
  planMaintenance,
  planMeasureHold,
  planMeasurePractice,
  planMeasureRepetitions,
} from '../../lambda/domain/planner';
import { planProgramme } from '../../lambda/domain/programme';
import { BREATHING_CUE_FROM_SECONDS, stepSeconds } from '../../lambda/domain/timeline';
import type { Effort, SessionPlan } from '../../lambda/domain/timeline';
import { estimateSpeechSeconds } from '../../lambda/speech/durationEstimate';
import { cueSentence, segmentPlan, segmentSet } from '../../lambda/speech/renderPlan';
import { PlanRuleError } from '../../lambda/domain/rules';
import { translatorFor } from '../../lambda/speech/translator';
import { tokenize } from '../../tools/ssmlText';
import { anyProgrammeRequest, everyStartblok } from '../helpers/programmes';

const t = translatorFor('nl-NL');

/** Words that tell the user to keep breathing inside a hold. */
const BREATHE_ON = /\badem(en)?\b.*\bdoor\b|\bademen\b/i;
const EXACT = 0.001;

interface PlannedCue {
  readonly text: string;
  readonly effort: Effort;
  /** The hold or rest after it, as planned, and whether that hold must carry a breathing cue. */
  readonly after?: { readonly kind: string; readonly seconds: number };
}

function plannedCues(plan: SessionPlan, setIndex: number): PlannedCue[] {
  const set = plan.sets[setIndex];
  return set.repetitions.flatMap((repetition) =>
    repetition.steps.flatMap((step, i) => {
      if (step.type !== 'cue') return [];
      const next = repetition.steps[i + 1];
      const after = next && next.type !== 'cue' ? { kind: next.kind, seconds: stepSeconds(next) } : undefined;
      return [{ text: cueSentence(step.id, repetition, t), effort: step.effort, after }];
    }),
  );
}

/**
 * What is heard in one set, walked token by token on the estimated clock: every problem with
 * breathing cues in holds, exact holds and rests, and contractions longer than their rest.
 */
function setProblems(plan: SessionPlan, setIndex: number): string[] {
  const set = plan.sets[setIndex];
  // segmentSet renders without the plan check, so this walk judges the speech on its own.
  const ssml = segmentSet(set, t)
    .map((s) => s.speech.ssml)
    .join('');
  const planned = plannedCues(plan, setIndex);
  const problems: string[] = [];
  let clock = 0;
  let next = 0;
  let current: { cue: PlannedCue; end: number; words: string[] } | undefined;
  let state: 'loose' | 'contracted' | 'resting' = 'loose';
  let contractionStart = 0;
  let contraction = 0;
  let restStart = 0;
  const closeRest = (at: number) => {
    if (state !== 'resting') return;
    const rest = at - restStart;
    if (rest + EXACT < contraction) {
      problems.push(`${set.kind}: rest ${rest.toFixed(3)} s after a contraction of ${contraction.toFixed(3)} s`);
    }
  };
  const closeCue = (at: number) => {
    if (!current?.cue.after) return;
    const heard = at - current.end;
    if (Math.abs(heard - current.cue.after.seconds) > EXACT) {
      problems.push(`${set.kind} "${current.cue.text}": ${heard.toFixed(3)} s after it, planned ${current.cue.after.seconds} s`);
    }
    if (
      current.cue.after.kind === 'hold' &&
      current.cue.after.seconds >= BREATHING_CUE_FROM_SECONDS &&
      !current.words.some((w) => BREATHE_ON.test(w))
    ) {
      problems.push(`${set.kind} "${current.cue.text}": a ${current.cue.after.seconds} s hold without a cue to breathe on`);
    }
  };
  for (const token of tokenize(ssml)) {
    const seconds = token.kind === 'break' ? token.seconds : estimateSpeechSeconds(token.text);
    if (token.kind === 'sentence') {
      closeCue(clock);
      current = undefined;
      const cue = planned[next];
      if (cue && cue.text === token.text) {
        next += 1;
        current = { cue, end: clock + seconds, words: [] };
        if (cue.effort === 'contract' && state !== 'contracted') {
          closeRest(clock);
          state = 'contracted';
          contractionStart = clock + seconds;
        } else if (cue.effort === 'relax' && state === 'contracted') {
          contraction = clock - contractionStart;
          state = 'resting';
          restStart = clock + seconds;
        }
      }
    } else if (token.kind === 'word' && current) {
      current.words.push(token.text);
    }
    clock += seconds;
  }
  closeCue(clock);
  // A set ending on a release without a rest leaves the rest to the conversation (the measurement).
  if (state === 'resting' && clock > restStart) closeRest(clock);
  if (next !== planned.length) problems.push(`${set.kind}: heard ${next} of ${planned.length} cues`);
  return problems;
}

function planProblems(plan: SessionPlan): string[] {
  const problems = plan.sets.flatMap((_, i) => setProblems(plan, i));
  // The domain says the same: every hold of 4 s or more carries its breathing cue.
  for (const set of plan.sets)
    for (const repetition of set.repetitions)
      for (const step of repetition.steps)
        if (step.type !== 'cue' && step.kind === 'hold' && stepSeconds(step) >= BREATHING_CUE_FROM_SECONDS && step.cue === undefined)
          problems.push(`${set.kind}: a planned hold of ${stepSeconds(step)} s without a cue`);
  return problems;
}

describe('breathing inside every hold, exact timing, and rest after every contraction', () => {
  it('holds for every programme request', () => {
    fc.assert(
      fc.property(anyProgrammeRequest, (request) => {
        expect({ request, problems: planProblems(planProgramme(request)) }).toEqual({ request, problems: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('holds for every startblok: the daily training, maintenance, the measurement, and light strength', () => {
    for (const startblok of everyStartblok()) {
      for (const plan of [
        planProgramme({ programme: 'startblokTraining', ...startblok, position: 'zittend', tip: startblok.repetitions % 4 }),
        planMaintenance(startblok),
        planMeasureRepetitions(startblok.holdSeconds),
        planLightStrength(startblok),
      ]) {
        expect({ startblok, programme: plan.programme, problems: planProblems(plan) }).toEqual({
          startblok,
          programme: plan.programme,
          problems: [],
        });
      }
    }
    expect(planProblems(planMeasureHold())).toEqual([]);
    expect(planProblems(planMeasurePractice())).toEqual([]);
    expect(planProblems(planEnduranceTrial())).toEqual([]);
  });

  it("rests the sphincter strength hold as long as it lasts (5 s), not the leaflet's 4 s, and 4 s would fail", () => {
    const plan = planProgramme({ programme: 'sphincter', parts: ['strength'], enduranceHoldSeconds: 5 });
    expect([plan.sets[0].holdSeconds, plan.sets[0].restSeconds]).toEqual([5, 5]);
    expect(planProblems(plan)).toEqual([]);
    const leaflet: SessionPlan = {
      ...plan,
      sets: plan.sets.map((set) => ({
        ...set,
        repetitions: set.repetitions.map((r) => ({
          ...r,
          steps: r.steps.map((s) => (s.type === 'pause' && s.kind === 'rest' ? { ...s, seconds: 4 } : s)),
        })),
      })),
    };
    expect(() => segmentPlan(leaflet, t)).toThrow(PlanRuleError);
    expect(planProblems(leaflet)).toContainEqual(expect.stringMatching(/sphincterStrength: rest 4\.000 s after a contraction of 5\.000 s/));
  });

  it('fails on a silent hold and on a lift that rests less than its ride (the checks can fail)', () => {
    const plan = planProgramme({ programme: 'startblokTraining', holdSeconds: 6, repetitions: 2, position: 'zittend' });
    const silent: SessionPlan = {
      ...plan,
      sets: plan.sets.map((set) => ({
        ...set,
        repetitions: set.repetitions.map((r) => ({ ...r, steps: r.steps.map((s) => (s.type === 'pause' ? { ...s, cue: undefined } : s)) })),
      })),
    };
    expect(planProblems(silent)).toContainEqual(expect.stringMatching(/a 6 s hold without a cue to breathe on/));
    expect(() => segmentPlan(silent, t)).toThrow(PlanRuleError);
    const lift = planProgramme({ programme: 'lift', holdSeconds: 10, explain: false });
    // One silent rest of 10 s after each ride: shorter than the ride.
    const shortRest: SessionPlan = {
      ...lift,
      sets: lift.sets.map((set) => ({
        ...set,
        repetitions: set.repetitions.map((r) => {
          const ground = r.steps.findIndex((s) => s.type === 'cue' && s.id === 'liftGround');
          return { ...r, steps: [...r.steps.slice(0, ground + 1), { type: 'pause' as const, kind: 'rest' as const, seconds: 10 }] };
        }),
      })),
    };
    expect(planProblems(shortRest)).toContainEqual(expect.stringMatching(/lift: rest \d+\.\d+ s after a contraction of \d+\.\d+ s/));
    // The plan check sees it too, once the speech layer adds what the floors take to say.
    expect(() => segmentPlan(shortRest, t)).toThrow(/lift repetition 1: rest 10\.000 s shorter than the contraction/);
  });
});
