import { emptyDay } from '../../lambda/persistence/userData';
import { parseDialog } from '../../lambda/skill/dialog';
import { parseSessionState } from '../../lambda/skill/sessionState';

describe('parseDialog: the advice and self-test steps', () => {
  it.each([
    [
      { step: 'tips', list: 'toilet', next: 2 },
      { step: 'tips', list: 'toilet', next: 2 },
    ],
    [
      { step: 'tips', list: 'lifestyle', next: 0 },
      { step: 'tips', list: 'lifestyle', next: 0 },
    ],
    [{ step: 'tips', list: 'recipes', next: 1 }, { step: 'idle' }],
    [{ step: 'tips', list: 'toilet', next: -1 }, { step: 'idle' }],
    [{ step: 'tips', list: 'toilet' }, { step: 'idle' }],
    [{ step: 'selfTest', yes: 3 }, { step: 'selfTest' }],
    [{ step: 'offerSelfTest' }, { step: 'offerSelfTest' }],
    [{ step: 'offerSelfTestResume' }, { step: 'offerSelfTestResume' }],
    [{ step: 'offerPelvicTilt' }, { step: 'offerPelvicTilt' }],
    [
      { step: 'paused', resume: { step: 'selfTest' } },
      { step: 'paused', resume: { step: 'selfTest' } },
    ],
  ])('%p -> %p', (raw, dialog) => {
    expect(parseDialog(raw)).toEqual(dialog);
  });
});

describe('parseSessionState: the self-test progress', () => {
  it.each([
    [
      { question: 4, yes: 2 },
      { question: 4, yes: 2 },
    ],
    [
      { question: 4, yes: 2, answers: ['ja', 'ja', 'nee'] },
      { question: 4, yes: 2 },
    ],
    [{ question: 11, yes: 2 }, undefined],
    [{ question: 3, yes: 3 }, undefined],
    [{ question: '4', yes: 2 }, undefined],
    ['4', undefined],
  ])('%p -> %p', (raw, progress) => {
    expect(parseSessionState({ selfTest: raw }).selfTest).toEqual(progress);
  });

  it('keeps the date of the last self-test in the cached profile', () => {
    const state = parseSessionState({
      user: { profile: { version: 2, selfTestOn: '2026-11-20', score: 7 }, today: emptyDay('2026-11-23') },
    });
    expect(state.user?.profile).toMatchObject({ version: 2, selfTestOn: '2026-11-20' });
    expect(state.user?.profile).not.toHaveProperty('score', expect.anything());
  });
});
