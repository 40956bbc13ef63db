import type { TiltPlan } from '../../lambda/domain/pelvicTilt';
import { checkTiltPlan, PELVIC_TILT, planPelvicTilt } from '../../lambda/domain/pelvicTilt';
import { PlanRuleError } from '../../lambda/domain/rules';

describe('planPelvicTilt', () => {
  const plan = planPelvicTilt();

  it('tilts ten times: hollow back on the inhale, round back on the exhale, each with time to breathe', () => {
    const tilts = plan.steps.filter((s) => s.tilt !== undefined);
    expect(tilts).toHaveLength(2 * PELVIC_TILT.tilts);
    tilts.forEach((step, i) => {
      expect(step).toEqual({
        cue: i % 2 === 0 ? 'hollowBack' : 'roundBack',
        breath: i % 2 === 0 ? 'inhale' : 'exhale',
        tilt: Math.floor(i / 2) + 1,
        seconds: PELVIC_TILT.breathSeconds,
      });
    });
  });

  it('ends with one slow breath out into the fist, between two breaths in', () => {
    expect(plan.steps.slice(-3)).toEqual([
      { cue: 'prepareBlow', breath: 'inhale', seconds: 3 },
      { cue: 'blowIntoFist', breath: 'exhale', seconds: 4 },
      { cue: 'letGo', breath: 'inhale', seconds: 3 },
    ]);
  });

  it('never holds the breath: inhale and exhale alternate throughout', () => {
    plan.steps.forEach((step, i) => {
      if (i > 0) expect(step.breath).not.toBe(plan.steps[i - 1].breath);
    });
  });
});

describe('checkTiltPlan', () => {
  const valid = planPelvicTilt();
  const withStep = (index: number, change: object): TiltPlan => ({
    ...valid,
    steps: valid.steps.map((s, i) => (i === index ? { ...s, ...change } : s)),
  });

  it.each<[string, TiltPlan]>([
    ['a hollow back on the exhale', withStep(0, { breath: 'exhale' })],
    ['no time to breathe', withStep(1, { seconds: 0 })],
    ['two breaths in a row', { ...valid, steps: [valid.steps[0], valid.steps[0], ...valid.steps.slice(1)] }],
    ['nine tilts', { ...valid, steps: valid.steps.slice(2) }],
  ])('refuses %s', (_, plan) => {
    expect(() => checkTiltPlan(plan)).toThrow(PlanRuleError);
  });
});
