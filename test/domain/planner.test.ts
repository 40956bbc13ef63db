import {
  lightStrengthDue,
  planLightStrength,
  planMeasureHold,
  planMeasureRepetitions,
  planStartblokTraining,
  QUICK,
  restFor,
  TECHNIQUE_TIPS,
  techniqueFor,
  tipFrom,
} from '../../lambda/domain/planner';
import { checkPlan, PlanRuleError } from '../../lambda/domain/rules';
import type { SessionPlan, Step } from '../../lambda/domain/timeline';
import { stepSeconds } from '../../lambda/domain/timeline';

const ALL_STARTBLOKS = Array.from({ length: 10 }, (_, h) =>
  Array.from({ length: 12 }, (_, r) => ({ holdSeconds: h + 1, repetitions: r + 1 })),
).flat();

describe('planStartblokTraining', () => {
  it('plans 4 s x 6: contract on the exhale, hold 4, relax on the inhale, rest 4, then 6 quick ones', () => {
    // Arrange
    const startblok = { holdSeconds: 4, repetitions: 6 };
    // Act
    const plan = planStartblokTraining(startblok);
    // Assert
    expect(plan.sets.map((s) => [s.kind, s.holdSeconds, s.restSeconds, s.repetitions.length])).toEqual([
      ['startblok', 4, 4, 6],
      ['quick', QUICK.holdSeconds, QUICK.restSeconds, 6],
    ]);
    expect(plan.sets[0].repetitions[2]).toEqual({
      number: 3,
      of: 6,
      steps: [
        { type: 'cue', id: 'contract', breath: 'exhale', effort: 'contract' },
        { type: 'pause', kind: 'hold', seconds: 4, cue: 'breatheOn' },
        { type: 'cue', id: 'relax', breath: 'inhale', effort: 'relax' },
        { type: 'pause', kind: 'rest', seconds: 4 },
      ],
    });
    expect(plan.sets[1].repetitions[0].steps).toEqual([
      { type: 'cue', id: 'quickContract', breath: 'exhale', effort: 'contract' },
      { type: 'pause', kind: 'hold', seconds: 1 },
      { type: 'cue', id: 'quickRelax', breath: 'inhale', effort: 'relax' },
      { type: 'pause', kind: 'rest', seconds: 2 },
    ]);
  });

  it.each([
    [1, 3],
    [2, 3],
    [3, 3],
    [4, 4],
    [10, 10],
  ])('rests at least as long as a %p s hold: %p s', (hold, rest) => {
    expect(restFor(hold)).toBe(rest);
    expect(planStartblokTraining({ holdSeconds: hold, repetitions: 2 }).sets[0].restSeconds).toBe(rest);
  });

  it('keeps every rule for every startblok from 1 s x 1 to 10 s x 12', () => {
    for (const startblok of ALL_STARTBLOKS) {
      const plan = planStartblokTraining(startblok);
      const [main] = plan.sets;
      expect(main.repetitions).toHaveLength(startblok.repetitions);
      for (const repetition of main.repetitions) {
        const holds = repetition.steps.filter((s) => s.type !== 'cue' && s.kind === 'hold').map(stepSeconds);
        const rests = repetition.steps.filter((s) => s.type !== 'cue' && s.kind === 'rest').map(stepSeconds);
        expect(holds).toEqual([startblok.holdSeconds]);
        expect(rests[0]).toBeGreaterThanOrEqual(startblok.holdSeconds);
      }
    }
  });
});

describe('measure plans', () => {
  it('counts a maximal squeeze to ten inside the hold', () => {
    const [set] = planMeasureHold().sets;
    expect(set.repetitions[0].steps).toEqual([
      { type: 'cue', id: 'measureContract', breath: 'exhale', effort: 'contract' },
      { type: 'count', kind: 'hold', upTo: 10, everySeconds: 1, cue: { id: 'countBreatheOn', afterNumber: 2 } },
      { type: 'cue', id: 'measureRelax', breath: 'inhale', effort: 'relax' },
    ]);
  });

  it('offers up to twelve repetitions of the measured hold', () => {
    const [set] = planMeasureRepetitions(7).sets;
    expect(set.repetitions).toHaveLength(12);
    expect(set.holdSeconds).toBe(7);
    expect(set.restSeconds).toBe(7);
  });
});

describe('checkPlan', () => {
  const contract: Step = { type: 'cue', id: 'contract', breath: 'exhale', effort: 'contract' };
  const relax: Step = { type: 'cue', id: 'relax', breath: 'inhale', effort: 'relax' };
  const planOf = (steps: Step[]): SessionPlan => ({
    programme: 'startblokTraining',
    sets: [{ kind: 'startblok', holdSeconds: 4, restSeconds: 4, repetitions: [{ number: 1, of: 1, steps }] }],
  });

  it.each<[string, Step[], RegExp]>([
    ['contract on an inhale', [{ ...contract, breath: 'inhale' } as Step], /contract only on the exhale/],
    ['relax on an exhale', [{ ...relax, breath: 'exhale' } as Step], /relax only on the inhale/],
    [
      'a rest shorter than the hold',
      [contract, { type: 'pause', kind: 'hold', seconds: 5, cue: 'breatheOn' }, relax, { type: 'pause', kind: 'rest', seconds: 4 }],
      /rest 4\.000 s shorter than the contraction 5\.000 s/,
    ],
    ['a hold above 10 s', [contract, { type: 'pause', kind: 'hold', seconds: 11, cue: 'breatheOn' }], /hold above 10 s/],
    ['a silent hold of 4 s', [contract, { type: 'pause', kind: 'hold', seconds: 4 }, relax], /a hold of 4 s needs a cue to breathe on/],
    [
      'a rest shorter than the contraction with its words',
      [
        contract,
        { type: 'pause', kind: 'hold', seconds: 2 },
        contract,
        { type: 'pause', kind: 'hold', seconds: 2 },
        relax,
        { type: 'pause', kind: 'rest', seconds: 3 },
      ],
      /rest 3\.000 s shorter than the contraction 4\.000 s/,
    ],
    ['a hold without a contraction', [{ type: 'pause', kind: 'hold', seconds: 2 }], /needs a contraction/],
  ])('refuses %s', (_, steps, message) => {
    expect(() => checkPlan(planOf(steps))).toThrow(PlanRuleError);
    expect(() => checkPlan(planOf(steps))).toThrow(message);
  });

  it('counts the words said during a contraction when the speech layer tells what they take', () => {
    const plan = planOf([contract, { type: 'pause', kind: 'hold', seconds: 3 }, relax, { type: 'pause', kind: 'rest', seconds: 3 }]);
    expect(() => checkPlan(plan)).not.toThrow();
    // Cue lengths add only between squeeze and release: a second squeeze cue of 1 s makes 3 s into 4 s.
    const twice = planOf([
      contract,
      { type: 'pause', kind: 'hold', seconds: 3 },
      contract,
      relax,
      { type: 'pause', kind: 'rest', seconds: 3 },
    ]);
    expect(() => checkPlan(twice)).not.toThrow();
    expect(() => checkPlan(twice, () => 1)).toThrow(/rest 3\.000 s shorter than the contraction 4\.000 s/);
  });
});

describe('technique tips', () => {
  it('rotate over sessions by the number the caller draws, and over the sets of one session', () => {
    expect([0, 0.24, 0.25, 0.5, 0.99].map(tipFrom)).toEqual([0, 0, 1, 2, 3]);
    expect(planStartblokTraining({ holdSeconds: 4, repetitions: 6, tip: 3 }).sets.map((s) => s.technique)).toEqual([
      'breatheOn',
      'inAndUp',
    ]);
    expect(planStartblokTraining({ holdSeconds: 4, repetitions: 6 }).sets.map((s) => s.technique)).toEqual([undefined, undefined]);
    expect(TECHNIQUE_TIPS.map((_, i) => techniqueFor(i, 0))).toEqual(['inAndUp', 'buttocksLoose', 'noPushing', 'breatheOn']);
  });
});

describe('the tense pelvic floor', () => {
  it('adds strength only after several days of relaxation, and then really lighter', () => {
    expect([0, 3, 4, 9].map(lightStrengthDue)).toEqual([false, false, true, true]);
    const [set] = planLightStrength({ holdSeconds: 8, repetitions: 10 }).sets;
    expect([set.kind, set.holdSeconds, set.restSeconds, set.repetitions.length]).toEqual(['light', 5, 10, 6]);
    expect(set.repetitions[0].steps[0]).toEqual({ type: 'cue', id: 'lightContract', breath: 'exhale', effort: 'contract' });
  });
});
