import type { TrainingRecord } from '../../lambda/domain/adherence';
import {
  ADHERENCE,
  afterComplaintsQuestion,
  afterTraining,
  checkInAdvice,
  checkInDue,
  cheerFor,
  maintenanceEarned,
  startblokAge,
} from '../../lambda/domain/adherence';
import { readMeasuredHold, readMeasuredRepetitions } from '../../lambda/domain/measureAnswer';
import { triagePain } from '../../lambda/domain/pain';
import { planProgramme } from '../../lambda/domain/programme';
import type { ResumePoint } from '../../lambda/domain/resume';
import { describeResume, repetitionsLeftToRecord, resumableToday } from '../../lambda/domain/resume';

/** ISO date `days` after 2026-01-01, the programme start in these tests. */
const day = (days: number) => new Date(Date.UTC(2026, 0, 1) + days * 86_400_000).toISOString().slice(0, 10);
const START = day(0);

describe('pain triage (seed 000)', () => {
  it.each([
    ['exercise', true],
    ['notExercising', false],
  ] as const)(
    '%s: stop (letting go only while squeezing), relaxation may follow, a bekkenfysiotherapeut if it comes back',
    (situation, letGo) => {
      expect(triagePain(situation, 'mild')).toEqual({
        stopExercise: true,
        letGo,
        relaxationFirst: false,
        offerRelaxation: true,
        referral: 'bekkenfysiotherapeutIfItReturns',
      });
    },
  );

  it.each(['sex', 'chronic'] as const)('%s: relaxation first, and a bekkenfysiotherapeut', (situation) => {
    expect(triagePain(situation, 'mild')).toEqual({
      stopExercise: true,
      letGo: false,
      relaxationFirst: true,
      offerRelaxation: true,
      referral: 'bekkenfysiotherapeut',
    });
  });

  it.each([
    ['exercise', 'severeOrPersistent'],
    ['sex', 'withAlarmSignals'],
    ['chronic', 'severeOrPersistent'],
  ] as const)('%s with %s pain: the huisarts, and no exercise offered', (situation, severity) => {
    expect(triagePain(situation, severity)).toMatchObject({ stopExercise: true, offerRelaxation: false, referral: 'huisarts' });
  });
});

describe('zero as a measurement answer', () => {
  it('is "nothing felt", for the hold and for the count: never a made-up startblok', () => {
    expect(readMeasuredHold(0)).toEqual({ ok: false, problem: 'nothingFelt' });
    expect(readMeasuredRepetitions(0)).toEqual({ ok: false, problem: 'nothingFelt' });
  });

  it('leaves every other answer to the startblok rules', () => {
    expect(readMeasuredHold(4)).toEqual({ ok: true, value: 4 });
    expect(readMeasuredHold(12)).toEqual({ ok: false, problem: 'holdTooLong' });
    expect(readMeasuredHold(-1)).toEqual({ ok: false, problem: 'holdTooShort' });
    expect(readMeasuredHold(undefined)).toEqual({ ok: false, problem: 'holdMissing' });
    expect(readMeasuredRepetitions(6)).toEqual({ ok: true, value: 6 });
    expect(readMeasuredRepetitions(13)).toEqual({ ok: false, problem: 'repetitionsTooMany' });
  });
});

describe('earned praise and an honest welcome back', () => {
  const regular: TrainingRecord = { startedOn: START, lastTrainedOn: day(34), trainingDays: 30, daysThisWeek: 5 };

  it('after eight weeks without training: says how long it was, no praise', () => {
    const away: TrainingRecord = { startedOn: START, lastTrainedOn: day(4), trainingDays: 4, daysThisWeek: 0 };
    expect(cheerFor(away, undefined, day(60))).toEqual({ kind: 'afterBreak', weeks: 8 });
  });

  it('says it once per break: not again until the user trains', () => {
    const away: TrainingRecord = { startedOn: START, lastTrainedOn: day(4), trainingDays: 4, daysThisWeek: 0 };
    expect(cheerFor(away, day(60), day(61))).toBeUndefined();
  });

  it('a break starts at two weeks', () => {
    const record = (last: number): TrainingRecord => ({ startedOn: START, lastTrainedOn: day(last), trainingDays: 10, daysThisWeek: 0 });
    expect(cheerFor(record(40 - ADHERENCE.breakDays), undefined, day(40))).toEqual({ kind: 'afterBreak', weeks: 2 });
    expect(cheerFor(record(41 - ADHERENCE.breakDays), undefined, day(40))?.kind).not.toBe('afterBreak');
  });

  it('weeks 3-6 with regular training: do not give up', () => {
    expect(cheerFor(regular, undefined, day(35))).toEqual({ kind: 'weeks3to6' });
  });

  it('later, with regular training: earned praise', () => {
    expect(cheerFor({ ...regular, lastTrainedOn: day(69) }, undefined, day(70))).toEqual({ kind: 'earned' });
  });

  it('training now and then: a word on regularity, never "goed bezig"', () => {
    expect(cheerFor({ ...regular, lastTrainedOn: day(69), daysThisWeek: 1 }, undefined, day(70))).toEqual({ kind: 'regularity' });
  });

  it('at most once a week, not before week 3, not after the programme', () => {
    expect(cheerFor(regular, day(32), day(35))).toBeUndefined();
    expect(cheerFor({ ...regular, lastTrainedOn: day(13) }, undefined, day(14))).toBeUndefined();
    expect(cheerFor({ ...regular, lastTrainedOn: day(199) }, undefined, day(200))).toBeUndefined();
  });
});

describe('the check-in "Merk je al verschil?"', () => {
  const trained: TrainingRecord = { startedOn: START, lastTrainedOn: day(41), trainingDays: 30, daysThisWeek: 5 };

  it('is due in week 6, once', () => {
    expect(checkInDue(trained, undefined, day(41))).toBeUndefined();
    expect(checkInDue(trained, undefined, day(42))).toBe(6);
    expect(checkInDue(trained, day(42), day(43))).toBeUndefined();
  });

  it('comes back in week 12, once', () => {
    expect(checkInDue(trained, day(42), day(84))).toBe(12);
    expect(checkInDue(trained, day(84), day(90))).toBeUndefined();
  });

  it('asks late rather than never, and only the latest milestone', () => {
    expect(checkInDue(trained, undefined, day(100))).toBe(12);
  });

  it('is not asked without real training, nor after the programme', () => {
    expect(checkInDue({ ...trained, trainingDays: ADHERENCE.checkInMinTrainingDays - 1 }, undefined, day(42))).toBeUndefined();
    expect(checkInDue(trained, undefined, day(190))).toBeUndefined();
  });

  it('"nee" leads to a bekkenfysiotherapeut', () => {
    expect([checkInAdvice('yes'), checkInAdvice('no'), checkInAdvice('dontKnow')]).toEqual([
      'keepGoing',
      'seeBekkenfysiotherapeut',
      'watch',
    ]);
  });
});

describe('maintenance, on training done', () => {
  const sixMonths: TrainingRecord = { startedOn: START, lastTrainedOn: day(181), trainingDays: 120, daysThisWeek: 4 };

  it('is offered after six months with enough training days', () => {
    expect(maintenanceEarned(sixMonths, false, undefined, day(182))).toBe(true);
  });

  it('not by the calendar alone', () => {
    expect(maintenanceEarned({ ...sixMonths, trainingDays: 3 }, false, undefined, day(182))).toBe(false);
    expect(maintenanceEarned({ ...sixMonths, trainingDays: undefined }, false, undefined, day(400))).toBe(false);
    expect(maintenanceEarned(sixMonths, false, undefined, day(181))).toBe(false);
  });

  it('not twice within two weeks, and not when already in maintenance', () => {
    expect(maintenanceEarned(sixMonths, false, day(180), day(190))).toBe(false);
    expect(maintenanceEarned(sixMonths, false, day(180), day(194))).toBe(true);
    expect(maintenanceEarned(sixMonths, true, undefined, day(200))).toBe(false);
  });

  it('asks first whether the complaints are gone', () => {
    expect(afterComplaintsQuestion('yes')).toBe('offerMaintenance');
    expect(afterComplaintsQuestion('no')).toBe('keepTrainingAndSeeBekkenfysiotherapeut');
    expect(afterComplaintsQuestion('dontKnow')).toBe('keepTrainingAndSeeBekkenfysiotherapeut');
  });
});

describe('the age of a startblok, as it is', () => {
  it.each([
    [14, { unit: 'weeks', count: 2 }],
    [20, { unit: 'weeks', count: 2 }],
    [59, { unit: 'weeks', count: 8 }],
    [60, { unit: 'months', count: 2 }],
    [95, { unit: 'months', count: 3 }],
  ])('%p days: %p', (days, age) => {
    expect(startblokAge(START, day(days))).toEqual(age);
  });
});

describe('training days', () => {
  it('count once a day', () => {
    expect(afterTraining({}, day(3))).toEqual({ lastTrainedOn: day(3), trainingDays: 1 });
    expect(afterTraining({ lastTrainedOn: day(3), trainingDays: 1 }, day(3))).toEqual({ lastTrainedOn: day(3), trainingDays: 1 });
    expect(afterTraining({ lastTrainedOn: day(3), trainingDays: 1 }, day(5))).toEqual({ lastTrainedOn: day(5), trainingDays: 2 });
  });
});

describe('the resume point', () => {
  const request = { programme: 'startblokTraining', holdSeconds: 7, repetitions: 12, position: 'liggend' } as const;
  const point: ResumePoint = { request, setIndex: 0, segmentIndex: 1, repetitionsDone: 6, on: day(10) };

  it('is offered the same day only', () => {
    expect(resumableToday(point, day(10))).toBe(point);
    expect(resumableToday(point, day(11))).toBeUndefined();
    expect(resumableToday(undefined, day(10))).toBeUndefined();
  });

  it('says which programme, which set and which round', () => {
    const plan = planProgramme(request);
    expect(describeResume(point, plan)).toEqual({ programme: 'startblokTraining', setKind: 'startblok', round: 2, atStart: false });
    expect(describeResume({ ...point, setIndex: 1, segmentIndex: 0 }, plan)).toEqual({
      programme: 'startblokTraining',
      setKind: 'quick',
      round: 1,
      atStart: false,
    });
    expect(describeResume({ ...point, segmentIndex: 0, repetitionsDone: 0 }, plan)?.atStart).toBe(true);
    expect(describeResume({ ...point, setIndex: 5 }, plan)).toBeUndefined();
  });

  it('never counts a repetition twice when the unfinished set is finished later', () => {
    expect(repetitionsLeftToRecord(12, 6)).toBe(6);
    expect(repetitionsLeftToRecord(12, 0)).toBe(12);
    expect(repetitionsLeftToRecord(4, 6)).toBe(0);
  });
});
