import { chooseFocus } from '../../lambda/flows/exercises';
import { firstVisitNote } from '../../lambda/flows/common';
import { flowContext } from '../helpers/flowContext';

/** "Dat onthoud ik" is said only when the database took the change (issue 21). */
describe('chooseFocus: the answer says what was stored', () => {
  const startblok = { holdSeconds: 4, repetitions: 6, setOn: '2026-05-01' };

  it.each([
    ['kracht', true, 'focus.kept'],
    ['kracht', false, 'focus.notSaved'],
    ['ontspanning', true, 'focus.kept'],
    ['ontspanning', false, 'focus.notSaved'],
  ] as const)('%s, stored: %s -> %s', async (focus, stored, key) => {
    const { ctx } = flowContext({ profile: { version: 2, startblok } });
    const local = ctx.store.changeProfile;
    // The port applies the change locally either way; it reports whether the database took it.
    ctx.store.changeProfile = async (change) => (await local(change)) && stored;
    const answer = await chooseFocus(ctx, focus);
    expect(answer.speech.slice(0, 2)).toEqual([{ key: `focus.${focus}` }, { key }]);
    expect(ctx.state.user?.profile.focus).toBe(focus);
  });
});

describe('firstVisitNote', () => {
  it('notes the first visit without a write of its own (the turn writes the profile once)', async () => {
    const { ctx, calls } = flowContext({ profile: { version: 0 } });
    let written = 0;
    ctx.store.changeProfile = async () => {
      written++;
      return true;
    };
    expect(await firstVisitNote(ctx)).toEqual([{ key: 'launch.disclaimer' }]);
    expect({ written, noted: calls.profiles.map((p) => p.welcomedOn) }).toEqual({ written: 0, noted: ['2026-11-23'] });
  });
});
