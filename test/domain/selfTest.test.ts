import type { SelfTestAnswer, SelfTestProgress } from '../../lambda/domain/selfTest';
import { answerQuestion, firstQuestion, isValidProgress, SELF_TEST, verdictFor } from '../../lambda/domain/selfTest';

function run(answers: readonly SelfTestAnswer[]) {
  let progress: SelfTestProgress = firstQuestion;
  for (const [i, answer] of answers.entries()) {
    const step = answerQuestion(progress, answer);
    if (step.done) return { after: i + 1, step };
    progress = step.progress;
  }
  return { after: answers.length, step: { done: false as const, progress } };
}

describe('answerQuestion', () => {
  it('moves one question on, counting only "ja"', () => {
    expect(answerQuestion({ question: 3, yes: 1 }, 'yes')).toEqual({ done: false, progress: { question: 4, yes: 2 } });
    expect(answerQuestion({ question: 3, yes: 1 }, 'no')).toEqual({ done: false, progress: { question: 4, yes: 1 } });
    expect(answerQuestion({ question: 3, yes: 1 }, 'dontKnow')).toEqual({ done: false, progress: { question: 4, yes: 1 } });
  });

  it.each<[string, SelfTestAnswer[], number, string]>([
    ['ten "nee"', Array(10).fill('no'), 0, 'keepTraining'],
    ['one "ja"', ['yes', ...Array(9).fill('no')], 1, 'keepTraining'],
    ['two "ja"', ['no', 'yes', 'no', 'no', 'no', 'no', 'no', 'no', 'no', 'yes'], 2, 'seePhysiotherapist'],
    ['"weet ik niet" and one "ja"', ['dontKnow', 'yes', ...Array(8).fill('dontKnow')], 1, 'keepTraining'],
  ])('%s: done after the tenth answer, with the verdict', (_, answers, yes, verdict) => {
    expect(run(answers)).toEqual({ after: SELF_TEST.questions, step: { done: true, yes, verdict } });
  });
});

describe('one "ja" on an item that deserves a look (coaching review 1.11)', () => {
  const oneYesOn = (question: number) => Array.from<unknown, SelfTestAnswer>({ length: 10 }, (_, i) => (i + 1 === question ? 'yes' : 'no'));

  it.each([
    [5, 'seeIfLasting'],
    [6, 'seeIfLasting'],
    [7, 'painFirst'],
    [8, 'painFirst'],
    [10, 'seeIfLasting'],
  ])('question %p: keep the >= 2 rule, and add the note %p', (question, note) => {
    expect(run(oneYesOn(question))).toEqual({ after: 10, step: { done: true, yes: 1, verdict: 'keepTraining', note } });
  });

  it.each([1, 2, 3, 4, 9])('question %p alone: no note', (question) => {
    expect(run(oneYesOn(question))).toEqual({ after: 10, step: { done: true, yes: 1, verdict: 'keepTraining' } });
  });

  it('pain still comes first with two or more "ja"; a notable item then needs no note of its own', () => {
    expect(run(Array(10).fill('yes'))).toEqual({
      after: 10,
      step: { done: true, yes: 10, verdict: 'seePhysiotherapist', note: 'painFirst' },
    });
    const stoolAndUrge: SelfTestAnswer[] = ['no', 'yes', 'no', 'no', 'yes', 'no', 'no', 'no', 'no', 'no'];
    expect(run(stoolAndUrge)).toEqual({ after: 10, step: { done: true, yes: 2, verdict: 'seePhysiotherapist' } });
  });

  it('carries the flags from question to question, in the session only', () => {
    expect(answerQuestion({ question: 7, yes: 0 }, 'yes')).toEqual({ done: false, progress: { question: 8, yes: 1, pain: true } });
    expect(answerQuestion({ question: 8, yes: 1, pain: true }, 'no')).toEqual({
      done: false,
      progress: { question: 9, yes: 1, pain: true },
    });
    expect(answerQuestion({ question: 5, yes: 0 }, 'dontKnow')).toEqual({ done: false, progress: { question: 6, yes: 0 } });
  });
});

describe('verdictFor', () => {
  it.each([
    [0, 'keepTraining'],
    [1, 'keepTraining'],
    [2, 'seePhysiotherapist'],
    [10, 'seePhysiotherapist'],
  ])('%p "ja" -> %p', (yes, verdict) => {
    expect(verdictFor(yes)).toBe(verdict);
  });
});

describe('isValidProgress', () => {
  it.each<[SelfTestProgress, boolean]>([
    [{ question: 1, yes: 0 }, true],
    [{ question: 10, yes: 9 }, true],
    [{ question: 0, yes: 0 }, false],
    [{ question: 11, yes: 0 }, false],
    [{ question: 4, yes: 4 }, false],
    [{ question: 4, yes: -1 }, false],
    [{ question: 2.5, yes: 0 }, false],
  ])('%p -> %p', (progress, valid) => {
    expect(isValidProgress(progress)).toBe(valid);
  });
});
