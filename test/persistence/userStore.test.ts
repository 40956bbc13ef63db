import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { emptyDay } from '../../lambda/persistence/userData';
import { ErasedError } from '../../lambda/persistence/storageErrors';
import { useDatabase } from '../helpers/database';

const database = useDatabase();

const increment = (id: string, date = '2026-11-23') => ({ ...emptyDay(date), id, sessions: 1, repetitions: 6 });
const account = (userId: string) => ({ userId });
const NOW = Date.parse('2026-11-23T08:00:00Z');

async function item(pk: string, sk: string) {
  return (await database().db.send(new GetCommand({ TableName: database().tableName, Key: { pk, sk } }))).Item;
}

describe('DynamoUserStore on DynamoDB Local', () => {
  it('loads an empty profile and an empty day for a new user', async () => {
    expect(await database().store.load(account('new'), '2026-11-23')).toEqual({
      profile: {
        version: 0,
        welcomedOn: undefined,
        startblok: undefined,
        focus: undefined,
        liftExplainedOn: undefined,
        enduranceHoldSeconds: undefined,
      },
      today: emptyDay('2026-11-23'),
      recentDays: [],
    });
  });

  it('stores only whitelisted profile fields, with a version', async () => {
    const saved = await database().store.updateProfile(
      account('a'),
      { version: 0 },
      (p) => ({
        ...p,
        welcomedOn: '2026-11-23',
        startblok: { holdSeconds: 4, repetitions: 6, setOn: '2026-11-23' },
      }),
      { now: NOW },
    );
    expect(saved.version).toBe(1);
    expect(await item('USER#a', 'ACCOUNT#PROFILE')).toEqual({
      pk: 'USER#a',
      sk: 'ACCOUNT#PROFILE',
      version: 1,
      // 18 months after its last use, set afresh by every write.
      expiresAt: NOW / 1000 + 548 * 86_400,
      welcomedOn: '2026-11-23',
      startblok: { holdSeconds: 4, repetitions: 6, setOn: '2026-11-23' },
    });
  });

  it('does not let a stale device overwrite silently: the change is applied on top of the newer profile', async () => {
    const first = await database().store.updateProfile(account('b'), { version: 0 }, (p) => ({ ...p, welcomedOn: '2026-11-20' }));
    // Another device saves a startblok meanwhile.
    await database().store.updateProfile(account('b'), first, (p) => ({
      ...p,
      startblok: { holdSeconds: 5, repetitions: 5, setOn: '2026-11-21' },
    }));
    // This device still holds version 1 and changes the welcome date.
    const merged = await database().store.updateProfile(account('b'), first, (p) => ({ ...p, welcomedOn: '2026-11-22' }));
    expect(merged).toEqual({
      version: 3,
      welcomedOn: '2026-11-22',
      startblok: { holdSeconds: 5, repetitions: 5, setOn: '2026-11-21' },
    });
  });

  it('adds to a day atomically and counts a retried increment once', async () => {
    const once = { ...emptyDay('2026-11-23'), sessions: 1, repetitions: 6 };
    expect(await database().store.addToDay(account('c'), increment('run-1:startblok'))).toEqual(once);
    expect(await database().store.addToDay(account('c'), increment('run-1:startblok'))).toEqual(once);
    await database().store.addToDay(account('c'), increment('run-2:startblok'));
    expect((await database().store.load(account('c'), '2026-11-23')).today.sessions).toBe(2);
  });

  it('sets the expiry about 13 months after the day', async () => {
    await database().store.addToDay(account('d'), increment('x', '2026-11-23'));
    expect((await item('USER#d', 'ACCOUNT#DAY#2026-11-23'))?.expiresAt).toBe(Date.parse('2026-11-23T00:00:00Z') / 1000 + 400 * 86400);
  });

  it('reads the profile, today and the six days before in one query, and nothing older', async () => {
    for (const date of ['2026-11-01', '2026-11-16', '2026-11-17', '2026-11-20', '2026-11-23']) {
      await database().store.addToDay(account('e'), increment(date, date));
    }
    await database().store.updateProfile(account('e'), { version: 0 }, (p) => ({ ...p, welcomedOn: '2026-11-01' }));
    const snapshot = await database().store.load(account('e'), '2026-11-23');
    expect(snapshot.today.sessions).toBe(1);
    expect(snapshot.recentDays.map((d) => d.date)).toEqual(['2026-11-17', '2026-11-20']);
    expect(snapshot.profile.welcomedOn).toBe('2026-11-01');
  });

  it('keeps a recognised person apart from the account, inside the same partition', async () => {
    const person = { userId: 'f', personId: 'amzn1.ask.person.p1' };
    await database().store.updateProfile(account('f'), { version: 0 }, (p) => ({ ...p, welcomedOn: '2026-11-01' }));
    await database().store.addToDay(person, increment('p'));
    expect((await database().store.load(person, '2026-11-23')).profile.welcomedOn).toBeUndefined();
    expect((await database().store.load(person, '2026-11-23')).today.sessions).toBe(1);
    expect((await database().store.load(account('f'), '2026-11-23')).today.sessions).toBe(0);
    expect(await item('USER#f', 'PERSON#amzn1.ask.person.p1#DAY#2026-11-23')).toMatchObject({ sessions: 1 });
  });

  it('deletes every item of an account, its persons included, and nobody else', async () => {
    const owner = account('g');
    await database().store.updateProfile(owner, { version: 0 }, (p) => ({ ...p, welcomedOn: '2026-11-01' }));
    for (let day = 1; day <= 30; day++) {
      const date = `2026-10-${String(day).padStart(2, '0')}`;
      await database().store.addToDay(owner, increment(date, date));
    }
    await database().store.addToDay({ userId: 'g', personId: 'p2' }, increment('p2'));
    await database().store.addToDay(account('h'), increment('other'));
    // On the real clock: DynamoDB Local's TTL sweep removes markers whose week is over.
    const erased = Date.now();
    expect(await database().store.deleteAccount('g', erased)).toBe(32);
    const left = await database().items();
    // Only deletion markers stay behind: keys, the deletion time and a short expiry, no data.
    const markers = left.filter((i) => i.pk === 'USER#g');
    for (const marker of markers)
      expect(marker).toEqual({ pk: 'USER#g', sk: marker.sk, deletedAt: erased, expiresAt: Math.floor(erased / 1000) + 7 * 86_400 });
    expect(markers.map((i) => i.sk)).toEqual(
      expect.arrayContaining(['ACCOUNT#PROFILE', 'PERSON#p2#PROFILE', `ACCOUNT#DAY#${new Date(erased).toISOString().slice(0, 10)}`]),
    );
    expect(left.map((i) => i.pk)).toContain('USER#h');
    expect(await database().store.load(owner, '2026-10-30')).toEqual({
      profile: { version: 0 },
      today: emptyDay('2026-10-30'),
      recentDays: [],
    });
  });
});

describe('profile writes are field by field', () => {
  it('three devices changing different fields at once: every change is kept', async () => {
    const user = account('fields');
    const base = await database().store.updateProfile(user, { version: 0 }, (p) => ({ ...p, welcomedOn: '2026-11-01' }));
    await Promise.all([
      database().store.updateProfile(user, base, (p) => ({ ...p, focus: 'ontspanning' })),
      database().store.updateProfile(user, base, (p) => ({ ...p, startblok: { holdSeconds: 7, repetitions: 8, setOn: '2026-11-23' } })),
      database().store.updateProfile(user, base, (p) => ({ ...p, selfTestOn: '2026-11-23' })),
    ]);
    expect((await database().store.load(user, '2026-11-23')).profile).toEqual({
      version: 4,
      welcomedOn: '2026-11-01',
      focus: 'ontspanning',
      startblok: { holdSeconds: 7, repetitions: 8, setOn: '2026-11-23' },
      selfTestOn: '2026-11-23',
    });
  });

  it('the same patch twice gives the same profile; null removes a field', async () => {
    const user = account('twice');
    await database().store.patchProfile(user, { focus: 'kracht', welcomedOn: '2026-11-01' });
    await database().store.patchProfile(user, { focus: 'kracht', welcomedOn: '2026-11-01' });
    await database().store.patchProfile(user, { focus: null });
    expect((await database().store.load(user, '2026-11-23')).profile).toEqual({ version: 3, welcomedOn: '2026-11-01' });
  });

  it('never stores values out of range, whatever a patch holds', async () => {
    const user = account('ranges');
    await database().store.patchProfile(user, {
      welcomedOn: '2026-11-01',
      startblok: { holdSeconds: 1e9, repetitions: -3, setOn: '2026-11-01' },
      enduranceHoldSeconds: -1,
    });
    expect(Object.keys((await item('USER#ranges', 'ACCOUNT#PROFILE')) ?? {}).sort()).toEqual([
      'expiresAt',
      'pk',
      'sk',
      'version',
      'welcomedOn',
    ]);
  });

  it('asks for a refresh of the expiry when the profile was last written more than a month ago', async () => {
    const user = account('refresh');
    await database().store.patchProfile(user, { welcomedOn: '2026-11-01' }, { now: NOW });
    expect((await database().store.load(user, '2026-11-23', { now: NOW + 29 * 86_400_000 })).refreshDue).toBeUndefined();
    expect((await database().store.load(user, '2026-11-23', { now: NOW + 31 * 86_400_000 })).refreshDue).toBe(true);
  });
});

describe('erasure is final', () => {
  it('refuses the writes of a session that began before the erasure, and takes those of later sessions', async () => {
    const user = account('erased');
    const ERASED = Date.now();
    await database().store.patchProfile(user, { welcomedOn: '2026-11-01' });
    await database().store.addToDay(user, increment('before'));
    await database().store.deleteUser(user, ERASED);
    expect(await database().store.erasedAt(user)).toBe(ERASED);
    const older = { sessionStartedAt: ERASED - 60_000 };
    await expect(database().store.addToDay(user, increment('late'), older)).rejects.toThrow(ErasedError);
    await expect(database().store.patchProfile(user, { focus: 'kracht' }, older)).rejects.toThrow(ErasedError);
    expect(
      (await database().items()).filter((i) => i.pk === 'USER#erased' && (i.version !== undefined || i.writeIds !== undefined)),
    ).toEqual([]);

    const later = { sessionStartedAt: ERASED + 60_000 };
    await database().store.addToDay(user, increment('new'), later);
    await database().store.patchProfile(user, { welcomedOn: '2026-11-23' }, later);
    const snapshot = await database().store.load(user, '2026-11-23');
    expect(snapshot.today.sessions).toBe(1);
    expect(snapshot.profile).toEqual({ version: 1, welcomedOn: '2026-11-23' });
  });
});
