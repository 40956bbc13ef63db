import { parseProfile, profileFields } from '../../lambda/persistence/profileShape';

/** Issue 19's stored fields: training dates and counts, a date, an exercise's settings; nothing malformed survives. */
describe('the care fields of the profile', () => {
  const resumePoint = {
    request: { programme: 'startblokTraining', holdSeconds: 7, repetitions: 12, position: 'liggend' } as const,
    setIndex: 0,
    segmentIndex: 1,
    repetitionsDone: 6,
    on: '2026-12-07',
  };
  const profile = { version: 3, lastTrainedOn: '2026-12-06', trainingDays: 12, checkInAskedOn: '2026-11-30', resumePoint };

  it('are kept, and written', () => {
    expect(parseProfile(profile)).toEqual(profile);
    expect(profileFields(profile)).toEqual(profile);
  });

  it('drop a malformed resume point, and anything inside it the schema does not name', () => {
    expect(parseProfile({ version: 1, resumePoint: { ...resumePoint, setIndex: 'two' } })).toEqual({ version: 1 });
    expect(parseProfile({ version: 1, resumePoint: { ...resumePoint, request: { programme: 'unknown' } } })).toEqual({ version: 1 });
    expect(parseProfile({ version: 1, resumePoint: { ...resumePoint, pain: true } })).toEqual({ version: 1, resumePoint });
  });
});
