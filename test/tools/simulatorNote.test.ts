import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { SimulatedAlexa } from '../../tools/simulator/session';

/** The simulator says when no sample fitted and the classifier chose the intent. */
describe('the simulator note on the classifier', () => {
  const heard: string[] = [];
  const handler = async (event: RequestEnvelope): Promise<ResponseEnvelope> => {
    heard.push(event.request.type === 'IntentRequest' ? event.request.intent.name : event.request.type);
    return { version: '1.0', response: { shouldEndSession: false } };
  };
  const alexa = new SimulatedAlexa(handler, 'amzn1.ask.account.note');

  it('is silent for a launch and for a sample that fits exactly', async () => {
    expect((await alexa.hear('open bekkenbodem coach')).note).toBeUndefined();
    expect((await alexa.hear('start de training')).note).toBeUndefined();
  });

  it('names the intent the classifier chose, and says nothing when it fell back', async () => {
    expect((await alexa.hear('kun je me eraan herinneren te oefenen')).note).toBe(
      'geen sample past precies: de classifier koos ReminderIntent',
    );
    expect((await alexa.hear('bloemkool')).note).toBeUndefined();
    expect(heard).toEqual(['LaunchRequest', 'StartTrainingIntent', 'ReminderIntent', 'AMAZON.FallbackIntent']);
  });
});
