import { checkTiltPlan, PELVIC_TILT, planPelvicTilt } from '../../lambda/domain/pelvicTilt';
import { PlanRuleError } from '../../lambda/domain/rules';
import type { Cue, SessionPlan, Step } from '../../lambda/domain/timeline';

/** The tilt's steps in order, over its repetitions. */
const stepsOf = (plan: SessionPlan): Step[] => plan.sets.flatMap((set) => set.repetitions.flatMap((r) => r.steps));
const cuesOf = (plan: SessionPlan): Cue[] => stepsOf(plan).filter((s): s is Cue => s.type === 'cue');

/** The plan with its steps replaced, kept as one repetition: for the checks that must refuse it. */
const withSteps = (plan: SessionPlan, steps: Step[]): SessionPlan => ({
  ...plan,
  sets: [{ ...plan.sets[0], repetitions: [{ number: 1, of: 1, steps }] }],
});

describe('planPelvicTilt', () => {
  const plan = planPelvicTilt();

  it('tilts ten times: hollow back on the inhale, round back on the exhale, each with time to breathe', () => {
    expect(plan.sets).toHaveLength(1);
    expect(plan.sets[0].repetitions).toHaveLength(PELVIC_TILT.tilts);
    plan.sets[0].repetitions.forEach((repetition, i) => {
      expect(repetition.number).toBe(i + 1);
      expect(repetition.steps.slice(0, 4)).toEqual([
        { type: 'cue', id: 'tiltHollowBack', breath: 'inhale', effort: 'none' },
        { type: 'pause', kind: 'breathe', seconds: PELVIC_TILT.breathSeconds },
        { type: 'cue', id: 'tiltRoundBack', breath: 'exhale', effort: 'none' },
        { type: 'pause', kind: 'breathe', seconds: PELVIC_TILT.breathSeconds },
      ]);
    });
  });

  it('ends with one slow breath out into the fist, between two breaths in', () => {
    expect(stepsOf(plan).slice(-6)).toEqual([
      { type: 'cue', id: 'tiltPrepareBlow', breath: 'inhale', effort: 'none' },
      { type: 'pause', kind: 'breathe', seconds: 3 },
      { type: 'cue', id: 'tiltBlowIntoFist', breath: 'exhale', effort: 'none' },
      { type: 'pause', kind: 'breathe', seconds: 4 },
      { type: 'cue', id: 'tiltLetGo', breath: 'inhale', effort: 'none' },
      { type: 'pause', kind: 'breathe', seconds: 3 },
    ]);
  });

  it('never holds the breath: inhale and exhale alternate throughout, and nothing is squeezed', () => {
    const cues = cuesOf(plan);
    cues.forEach((cue, i) => {
      if (i > 0) expect(cue.breath).not.toBe(cues[i - 1].breath);
      expect(cue.effort).toBe('none');
    });
  });
});

describe('checkTiltPlan', () => {
  const valid = planPelvicTilt();
  const steps = stepsOf(valid);
  const changed = (index: number, change: object): Step[] => steps.map((s, i) => (i === index ? ({ ...s, ...change } as Step) : s));

  it.each<[string, SessionPlan]>([
    ['a hollow back on the exhale', withSteps(valid, changed(0, { breath: 'exhale' }))],
    ['no time to breathe', withSteps(valid, changed(1, { seconds: 0 }))],
    ['two breaths in a row', withSteps(valid, [steps[0], steps[1], steps[0], ...steps.slice(1)])],
    ['nine tilts', withSteps(valid, steps.slice(4))],
    ['a squeeze', withSteps(valid, changed(2, { effort: 'contract' }))],
  ])('refuses %s', (_, plan) => {
    expect(() => checkTiltPlan(plan)).toThrow(PlanRuleError);
  });

  it('accepts the plan itself', () => {
    expect(checkTiltPlan(withSteps(valid, steps))).toBeDefined();
  });
});
