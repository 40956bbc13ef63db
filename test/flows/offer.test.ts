import { chooseFocus } from '../../lambda/flows/exercises';
import { offerTraining } from '../../lambda/flows/offer';
import { runYes } from '../../lambda/flows/actions';
import { flowContext } from '../helpers/flowContext';

/** Flows tested as data: what they answer is a value, with no database, SDK or translator. */
describe('offerTraining: one offer for every programme a user can be in', () => {
  const startblok = { holdSeconds: 4, repetitions: 6, setOn: '2026-05-01' };

  it.each([
    ['no startblok yet', {}, { key: 'training.needsStartblok' }, { step: 'offerMeasure' }],
    ['a tense floor', { focus: 'ontspanning' as const, startblok }, { key: 'exercises.offerRelaxation' }, { step: 'offerRelaxation' }],
    ['the startblok training', { startblok }, { key: 'training.offer', vars: { hold: 4, repetitions: 6 } }, { step: 'offerTraining' }],
    [
      'maintenance',
      { startblok, maintenanceFrom: '2026-11-01' },
      { key: 'progress.maintenanceOffer', vars: { hold: 4, repetitions: 6 } },
      { step: 'offerTraining' },
    ],
  ])('%s', (_name, profile, speech, next) => {
    const answer = offerTraining({ version: 2, ...profile });
    expect({ speech: answer.speech, next: answer.next }).toEqual({ speech: [speech], next });
    expect(answer.reprompt.length).toBeGreaterThan(0);
  });

  it('a maintenance user who asks for strength is offered maintenance, and "ja" starts the maintenance sets', async () => {
    const { ctx, calls } = flowContext({ profile: { version: 2, startblok, maintenanceFrom: '2026-11-01' } });
    const offered = await chooseFocus(ctx, 'kracht');
    expect(offered).toEqual({
      speech: [{ key: 'focus.kracht' }, { key: 'focus.kept' }, { key: 'progress.maintenanceOffer', vars: { hold: 4, repetitions: 6 } }],
      reprompt: [{ key: 'training.offerReprompt' }],
      next: { step: 'offerTraining' },
    });
    expect(calls.profiles.map((p) => p.focus)).toEqual(['kracht']);

    ctx.state.dialog = offered.next === 'end' ? ctx.state.dialog : offered.next;
    const started = await runYes(ctx, ctx.state.dialog);
    expect(started?.speech[0]).toEqual({
      // The flow context's randomness is 0: the first technique tip.
      segment: { plan: { programme: 'maintenance', holdSeconds: 4, repetitions: 6, tip: 0 }, set: 0, index: 0 },
    });
    expect(started?.next).toMatchObject({ step: 'exercise', request: { programme: 'maintenance' }, setIndex: 1, segmentIndex: 0 });
  });
});
