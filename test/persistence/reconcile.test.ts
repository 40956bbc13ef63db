import { reconcileUnread } from '../../lambda/persistence/reconcile';
import { emptyProfile } from '../../lambda/persistence/userData';

/** A session that could not read the profile reconciles its patch with the stored one once it can. */
describe('reconcileUnread', () => {
  const kept = { holdSeconds: 4, repetitions: 6, setOn: '2026-11-01' };
  const stored = { ...emptyProfile, welcomedOn: '2026-11-01', startblokHistory: [kept], lastTrainedOn: '2026-11-20', trainingDays: 12 };

  it('keeps the first visit and the history, adds the new entry once, and counts the day on top of the stored ones', () => {
    const fresh = { holdSeconds: 2, repetitions: 2, setOn: '2026-11-23' };
    // The session's history holds the kept entry too, its fields in another order: not a second entry.
    const pending = {
      welcomedOn: '2026-11-23',
      focus: 'kracht',
      startblokHistory: [{ setOn: '2026-11-01', repetitions: 6, holdSeconds: 4 }, fresh],
      lastTrainedOn: '2026-11-23',
      trainingDays: 1,
    };
    expect(reconcileUnread(stored, pending)).toEqual({
      focus: 'kracht',
      startblokHistory: [kept, fresh],
      lastTrainedOn: '2026-11-23',
      trainingDays: 13,
    });
  });

  it('does not count a day twice, and leaves a first visit alone when none was stored', () => {
    const sameDay = { ...stored, welcomedOn: undefined, lastTrainedOn: '2026-11-23' };
    expect(reconcileUnread(sameDay, { welcomedOn: '2026-11-23', lastTrainedOn: '2026-11-23', trainingDays: 1 })).toEqual({
      welcomedOn: '2026-11-23',
      lastTrainedOn: '2026-11-23',
      trainingDays: 12,
    });
  });
});
