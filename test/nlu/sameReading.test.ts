import { sameReading } from '../../tools/nlu/heldout';

/**
 * A reply that reached another intent counts as the expected answer only where one handler
 * reads the two alike (tools/nlu/heldout.ts, READ_ALIKE): these pin where that holds and where not.
 */
const reply = (intent: string) => ({ utterance: 'x', intent });
const got = (intent: string, slots: Record<string, { value: string; canonical?: string }> = {}) => ({ intent, slots });

describe('the handler reads two intents alike', () => {
  it('takes "ja ik zit" (StartTrainingIntent with a position) as the go-ahead while the coach waits for "klaar", and only there', () => {
    const sitting = got('StartTrainingIntent', { position: { value: 'zit', canonical: 'zittend' } });
    expect(sameReading('ready', reply('AMAZON.YesIntent'), sitting)).toBe('ready in a position (StartTrainingHandler)');
    expect(sameReading('offer', reply('AMAZON.YesIntent'), sitting)).toBeUndefined();
    expect(sameReading('offer', reply('AMAZON.YesIntent'), got('StartTrainingIntent'))).toBeUndefined();
  });

  it('takes "volgende" as "ja" except during the self-test, and stop as cancel everywhere', () => {
    expect(sameReading('offer', reply('AMAZON.YesIntent'), got('AMAZON.NextIntent'))).toBe('yes/next/resume (YesHandler)');
    expect(sameReading('selfTest', reply('AMAZON.YesIntent'), got('AMAZON.NextIntent'))).toBeUndefined();
    expect(sameReading('selfTest', reply('AMAZON.StopIntent'), got('AMAZON.CancelIntent'))).toBe('stop/cancel (StopHandler)');
  });

  it('never reads a different answer alike', () => {
    expect(sameReading('offer', reply('AMAZON.NoIntent'), got('LaterIntent'))).toBeUndefined();
    expect(sameReading('ready', reply('AMAZON.YesIntent'), got('AMAZON.PauseIntent'))).toBeUndefined();
  });

  it('takes a number said with its unit (SetStartblokIntent) as the number asked for: the same number, or any one where the writer named none', () => {
    const sixTimes = got('SetStartblokIntent', { repetitions: { value: 'zes', canonical: '6' } });
    const asked = (number?: string) => ({ ...reply('NumberAnswerIntent'), ...(number ? { slots: { number } } : {}) });
    expect(sameReading('number', asked('6'), sixTimes)).toBe('number via SetStartblokIntent (answerNumber)');
    expect(sameReading('number', asked('4'), sixTimes)).toBeUndefined();
    expect(sameReading('number', asked(), sixTimes)).toBeUndefined();
    expect(sameReading('number', asked(), sixTimes, false)).toBe('number via SetStartblokIntent (answerNumber)');
    const twoNumbers = got('SetStartblokIntent', {
      seconds: { value: 'vier', canonical: '4' },
      repetitions: { value: 'zes', canonical: '6' },
    });
    expect(sameReading('number', asked(), twoNumbers, false)).toBeUndefined();
    expect(sameReading('number', reply('AMAZON.YesIntent'), sixTimes, false)).toBeUndefined();
  });
});
