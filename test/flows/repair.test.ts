import { repair } from '../../lambda/flows/repair';
import { answerNumber } from '../../lambda/flows/startblok';
import { flowContext } from '../helpers/flowContext';

/** Flows tested as data: the repair answers from the step table, the startblok flow from the domain's checks. */
describe('repair: escalating, from the step table', () => {
  it('asks again, then says what can be said, then offers to stop, then stops', async () => {
    const { ctx } = flowContext({ dialog: { step: 'offerMeasure' } });
    const answers = [];
    for (let miss = 0; miss < 4; miss++) {
      const answer = await repair(ctx);
      answers.push({ speech: answer.speech, reprompt: answer.reprompt, next: answer.next, repair: answer.repair });
      if (answer.next !== 'end') ctx.state.dialog = answer.next;
    }
    expect(answers).toEqual([
      { speech: [{ key: 'repair.offer' }], reprompt: [{ key: 'question.offerMeasure' }], next: { step: 'offerMeasure' }, repair: true },
      {
        speech: [{ key: 'repair.canSayOffer' }],
        reprompt: [{ key: 'question.offerMeasure' }],
        next: { step: 'offerMeasure' },
        repair: true,
      },
      {
        speech: [{ key: 'repair.offerStop' }],
        reprompt: [{ key: 'question.offerStop' }],
        next: { step: 'offerStop', resume: { step: 'offerMeasure' } },
        repair: true,
      },
      { speech: [{ key: 'repair.givingUp' }], reprompt: undefined, next: 'end', repair: true },
    ]);
    expect(ctx.state.misses).toBe(4);
  });
});

describe('a startblok said in parts', () => {
  it('keeps the hold in the dialog and asks for the repetitions; then saves both', async () => {
    const { ctx, calls } = flowContext({ dialog: { step: 'askStartblok' } });
    const first = await answerNumber(ctx, 5, undefined, undefined);
    expect(first).toEqual({
      speech: [{ key: 'startblok.askRepetitionsFor', vars: { hold: 5 } }],
      reprompt: [{ key: 'startblok.askRepetitionsForReprompt' }],
      next: { step: 'askStartblok', holdSeconds: 5 },
    });
    ctx.state.dialog = { step: 'askStartblok', holdSeconds: 5 };
    const second = await answerNumber(ctx, undefined, undefined, 7);
    expect(second?.speech).toEqual([{ key: 'startblok.saved', vars: { hold: 5, repetitions: 7 } }, { key: 'startblok.offerNow' }]);
    expect(calls.profiles.at(-1)?.startblok).toEqual({ holdSeconds: 5, repetitions: 7, setOn: '2026-11-23' });
  });

  it('answers nothing where no number was asked, so the handler can repair', async () => {
    const { ctx } = flowContext();
    expect(await answerNumber(ctx, undefined, undefined, 3)).toBeUndefined();
  });
});
