import { useDatabase } from '../helpers/database';

const database = useDatabase();
const NOW = Date.parse('2026-11-23T08:00:00Z');

describe('DynamoUserStore: the self-test date', () => {
  it('writes the date as its own whitelisted field, and reads it back', async () => {
    const store = database().store;
    await store.updateProfile({ userId: 'tested' }, { version: 0 }, (p) => ({ ...p, welcomedOn: '2026-11-20', selfTestOn: '2026-11-23' }), {
      now: NOW,
    });
    const items = await database().items();
    expect(items.find((i) => i.pk === 'USER#tested')).toEqual({
      pk: 'USER#tested',
      sk: 'ACCOUNT#PROFILE',
      version: 1,
      welcomedOn: '2026-11-20',
      selfTestOn: '2026-11-23',
      expiresAt: NOW / 1000 + 548 * 86_400,
    });
    expect((await store.load({ userId: 'tested' }, '2026-11-24')).profile).toMatchObject({
      version: 1,
      welcomedOn: '2026-11-20',
      selfTestOn: '2026-11-23',
    });
    expect((await store.load({ userId: 'tested' }, '2026-11-24')).profile.startblok).toBeUndefined();
  });

  it('never writes a field the profile type does not whitelist', async () => {
    const store = database().store;
    const sneaky = (p: object) => ({ ...p, version: 0, selfTestOn: '2026-11-23', selfTestAnswers: ['ja', 'nee'], selfTestScore: 1 });
    await store.updateProfile({ userId: 'sneaky' }, { version: 0 }, sneaky);
    const item = (await database().items()).find((i) => i.pk === 'USER#sneaky');
    expect(Object.keys(item ?? {}).sort()).toEqual(['expiresAt', 'pk', 'selfTestOn', 'sk', 'version']);
  });
});
