import { checkStartblok, isImprovement } from '../../lambda/domain/startblok';

describe('checkStartblok', () => {
  it.each([
    [4, 6, { ok: true, value: { holdSeconds: 4, repetitions: 6 } }],
    [1, 1, { ok: true, value: { holdSeconds: 1, repetitions: 1 } }],
    [10, 12, { ok: true, value: { holdSeconds: 10, repetitions: 12 } }],
    [undefined, 6, { ok: false, problem: 'holdMissing' }],
    [Number.NaN, 6, { ok: false, problem: 'holdMissing' }],
    [4.5, 6, { ok: false, problem: 'holdNotWhole' }],
    [0, 6, { ok: false, problem: 'holdTooShort' }],
    [-3, 6, { ok: false, problem: 'holdTooShort' }],
    [11, 6, { ok: false, problem: 'holdTooLong' }],
    [4, undefined, { ok: false, problem: 'repetitionsMissing' }],
    [4, 2.5, { ok: false, problem: 'repetitionsNotWhole' }],
    [4, 0, { ok: false, problem: 'repetitionsTooFew' }],
    [4, 13, { ok: false, problem: 'repetitionsTooMany' }],
    [99, 99, { ok: false, problem: 'holdTooLong' }],
  ])('hold %p, repetitions %p', (hold, reps, expected) => {
    expect(checkStartblok(hold, reps)).toEqual(expected);
  });
});

describe('isImprovement', () => {
  it.each([
    [{ holdSeconds: 5, repetitions: 4 }, { holdSeconds: 4, repetitions: 6 }, true],
    [{ holdSeconds: 4, repetitions: 7 }, { holdSeconds: 4, repetitions: 6 }, true],
    [{ holdSeconds: 4, repetitions: 6 }, { holdSeconds: 4, repetitions: 6 }, false],
    [{ holdSeconds: 3, repetitions: 12 }, { holdSeconds: 4, repetitions: 6 }, false],
  ])('%p after %p: %p', (next, previous, expected) => {
    expect(isImprovement(next, previous)).toBe(expected);
  });
});
