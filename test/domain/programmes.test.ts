import { planLayers } from '../../lambda/domain/layers';
import { LIFT, planLift, secondFloorSeconds } from '../../lambda/domain/lift';
import { planStartblokTraining } from '../../lambda/domain/planner';
import { POSITION_ROTATION, positionFor } from '../../lambda/domain/positions';
import type { ProgrammeRequest } from '../../lambda/domain/programme';
import { planProgramme } from '../../lambda/domain/programme';
import { parseProgrammeRequest } from '../../lambda/skill/dialog';
import { planRelaxation } from '../../lambda/domain/relaxation';
import { checkPlan, contractions, PlanRuleError } from '../../lambda/domain/rules';
import { grownStrengthHold, planSphincter, SPHINCTER_PARTS } from '../../lambda/domain/sphincter';
import type { SessionPlan, Step } from '../../lambda/domain/timeline';

const summary = (plan: SessionPlan) =>
  plan.sets.map((s) => ({ kind: s.kind, hold: s.holdSeconds, rest: s.restSeconds, count: s.repetitions.length }));

const cueIds = (plan: SessionPlan) =>
  plan.sets[0].repetitions[0].steps.map((s) =>
    s.type === 'cue' ? s.id : `${s.type === 'count' ? 'count' : s.kind} ${s.type === 'pause' ? s.seconds : ''}`.trim(),
  );

describe('the lift', () => {
  it('goes up floor by floor on the exhale, stays briefly at the top, holds lighter at the second floor, lets go at the ground', () => {
    const plan = planLift(4);
    // The second floor is about half the startblok hold; the rest is the whole ride, its words included.
    expect(summary(plan)).toEqual([{ kind: 'lift', hold: 2, rest: 22, count: LIFT.rounds }]);
    expect(cueIds(plan)).toEqual([
      'liftUp',
      'hold 1',
      'liftSecond',
      'hold 1',
      'liftThird',
      'hold 1',
      'liftFourth',
      'hold 2',
      'liftDownToSecond',
      'hold 2',
      'liftDownToFirst',
      'hold 1',
      'liftGround',
      // The rest as long as the ride, in stretches of at most 10 s with a word between them.
      'rest 8',
      'liftRest',
      'rest 7',
      'liftRest',
      'rest 7',
    ]);
  });

  it('keeps the second floor submaximal (2 to 5 s), with a cue to breathe on from 4 s, and explains the image only when asked', () => {
    expect([1, 2, 4, 5, 8, 10].map(secondFloorSeconds)).toEqual([2, 2, 2, 3, 4, 5]);
    expect(planLift(8).sets[0].repetitions[0].steps[9]).toEqual({ type: 'pause', kind: 'hold', seconds: 4, cue: 'breatheOn' });
    expect(planLift(8).sets[0].restSeconds).toBe(24);
    expect(planLift(4, true).introduction).toBe('liftImage');
    expect(planLift(4, false).introduction).toBeUndefined();
  });

  it('rests at least as long as the whole ride, measured from the first floor to the ground', () => {
    for (let hold = 1; hold <= 10; hold++) {
      for (const ride of contractions(planLift(hold).sets[0].repetitions[0])) {
        expect(ride.rest).toBeGreaterThanOrEqual(ride.contraction);
      }
    }
  });
});

describe('the sphincter programme (Maasstad leaflet numbers)', () => {
  it("has strength 5 s / 5 s x5 (rest as long as the hold, not the leaflet's 4 s), endurance at the given hold with at least 10 s rest x2, speed x5", () => {
    expect(summary(planSphincter(SPHINCTER_PARTS, 7))).toEqual([
      { kind: 'sphincterStrength', hold: 5, rest: 5, count: 5 },
      { kind: 'sphincterEndurance', hold: 7, rest: 10, count: 2 },
      { kind: 'sphincterSpeed', hold: 1, rest: 2, count: 5 },
    ]);
  });

  it('plays one part on its own', () => {
    expect(summary(planSphincter(['speed'], 5)).map((s) => s.kind)).toEqual(['sphincterSpeed']);
  });

  it("lets the strength hold grow a second at a time up to 10 s, resting as long as the hold once past the leaflet's 5 s", () => {
    expect([undefined, 5, 6, 9, 10].map((hold) => grownStrengthHold(hold))).toEqual([6, 6, 7, 10, 10]);
    expect(summary(planSphincter(['strength'], 5, 7))).toEqual([{ kind: 'sphincterStrength', hold: 7, rest: 7, count: 5 }]);
  });
});

describe('relaxation', () => {
  it('paces calm breaths for 2 to 5 minutes and never asks for a squeeze', () => {
    const plan = planRelaxation();
    const steps = plan.sets.flatMap((s) => s.repetitions.flatMap((r) => r.steps));
    expect(steps.filter((s) => s.type === 'cue' && s.effort === 'contract')).toEqual([]);
    const seconds = steps.reduce((sum, s) => sum + (s.type === 'pause' ? s.seconds : 0), 0);
    expect(seconds).toBeGreaterThanOrEqual(120);
    expect(seconds).toBeLessThanOrEqual(300);
    expect(cueIds(plan)).toEqual(['breatheIn', 'breathe 3', 'breatheOut', 'breathe 6']);
  });

  it('is refused by the rules if a squeeze ever slips in', () => {
    const squeeze: Step = { type: 'cue', id: 'contract', breath: 'exhale', effort: 'contract' };
    const plan = planRelaxation(1);
    const tampered: SessionPlan = {
      ...plan,
      sets: [
        {
          ...plan.sets[0],
          repetitions: [{ number: 1, of: 1, steps: [squeeze, { type: 'cue', id: 'relax', breath: 'inhale', effort: 'relax' }] }],
        },
      ],
    };
    expect(() => checkPlan(tampered)).toThrow(PlanRuleError);
  });
});

describe('the three layers', () => {
  it('builds up the surface, then the middle, then the deep layer, each squeeze on the exhale', () => {
    const plan = planLayers(4);
    expect(summary(plan).map((s) => [s.kind, s.hold, s.rest, s.count])).toEqual([
      ['layerSurface', 4, 4, 2],
      ['layerMiddle', 4, 4, 2],
      ['layerDeep', 4, 4, 2],
    ]);
    expect(planLayers(10).sets[0].holdSeconds).toBe(6);
  });

  it('reminds the user at the middle layer, where the buttocks clench, to keep them loose', () => {
    const holdCues = planLayers(4).sets.map((s) => s.repetitions[0].steps.find((step) => step.type === 'pause' && step.kind === 'hold'));
    expect(holdCues.map((step) => (step?.type === 'pause' ? step.cue : undefined))).toEqual(['breatheOn', 'breatheOnLoose', 'breatheOn']);
  });
});

describe('positions', () => {
  it('rotate over the day when the user does not choose', () => {
    expect([0, 1, 2, 3, 4].map((n) => positionFor(n))).toEqual(['zittend', 'liggend', 'staand', 'zittend', 'liggend']);
    expect(positionFor(1, 'staand')).toBe('staand');
    // Pregnant: never on the back unasked, and still on it when asked.
    expect([0, 1, 2, 3].map((n) => positionFor(n, undefined, true))).toEqual(['zittend', 'staand', 'zittend', 'staand']);
    expect(positionFor(0, 'liggend', true)).toBe('liggend');
    expect(POSITION_ROTATION).toHaveLength(3);
    expect(planStartblokTraining({ holdSeconds: 4, repetitions: 6 }, 'liggend').sets[0].position).toBe('liggend');
    expect(planStartblokTraining({ holdSeconds: 4, repetitions: 6 }, 'liggend').sets[1].position).toBeUndefined();
  });
});

const EVERY_PROGRAMME: ProgrammeRequest[] = [
  ...[1, 4, 10].flatMap((hold) =>
    POSITION_ROTATION.map((position): ProgrammeRequest => ({
      programme: 'startblokTraining',
      holdSeconds: hold,
      repetitions: 12,
      position,
    })),
  ),
  { programme: 'lift', holdSeconds: 10, explain: true },
  { programme: 'lift', holdSeconds: 1, explain: false },
  { programme: 'sphincter', parts: SPHINCTER_PARTS, enduranceHoldSeconds: 10 },
  { programme: 'sphincter', parts: ['endurance'], enduranceHoldSeconds: 1 },
  { programme: 'relaxation' },
  { programme: 'layers', holdSeconds: 10 },
];

describe('rules every programme obeys', () => {
  it.each(EVERY_PROGRAMME.map((r) => [JSON.stringify(r), r] as const))('%s', (_, request) => {
    const plan = planProgramme(request);
    for (const set of plan.sets) {
      for (const repetition of set.repetitions) {
        let hold = 0;
        for (const step of repetition.steps) {
          if (step.type === 'cue' && step.effort === 'contract') expect(step.breath).toBe('exhale');
          if (step.type === 'cue' && step.effort === 'relax') expect(step.breath).toBe('inhale');
          if (step.type === 'pause' && step.kind === 'hold') {
            expect(step.seconds).toBeLessThanOrEqual(10);
            hold = Math.max(hold, step.seconds);
          }
          if (step.type === 'pause' && step.kind === 'rest') {
            expect(step.seconds).toBeGreaterThanOrEqual(hold);
            hold = 0;
          }
        }
      }
    }
    // A request survives the trip through session attributes unchanged.
    expect(parseProgrammeRequest(JSON.parse(JSON.stringify(request)))).toEqual(request);
  });

  it.each([
    [null],
    [{ programme: 'startblokTraining', holdSeconds: 11, repetitions: 6, position: 'zittend' }],
    [{ programme: 'startblokTraining', holdSeconds: 4, repetitions: 6, position: 'hangend' }],
    [{ programme: 'sphincter', parts: ['kracht'], enduranceHoldSeconds: 4 }],
    [{ programme: 'sphincter', parts: [], enduranceHoldSeconds: 4 }],
    [{ programme: 'lift', holdSeconds: 4 }],
    [{ programme: 'yoga' }],
  ])('refuses a malformed request %p', (raw) => {
    expect(parseProgrammeRequest(raw)).toBeUndefined();
  });
});
