import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { callbackStyle } from '../../tools/debug/callbackHandler';

describe('the local-debug entry (npm run debug)', () => {
  it('answers through the callback, as ask-sdk-local-debug calls it', async () => {
    const response = { version: '1.0', response: {} } as ResponseEnvelope;
    const adapted = callbackStyle(async () => response);
    const answer = await new Promise((resolve) => adapted({} as RequestEnvelope, null, (error, r) => resolve({ error, r })));
    expect(answer).toEqual({ error: null, r: response });
  });

  it('passes a failure to the callback', async () => {
    const adapted = callbackStyle(async () => {
      throw new Error('down');
    });
    const answer = await new Promise<Error | null>((resolve) => adapted({} as RequestEnvelope, null, (error) => resolve(error)));
    expect(answer?.message).toBe('down');
  });
});
