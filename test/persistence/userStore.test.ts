import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { emptyDay } from '../../lambda/persistence/userData';
import { useDatabase } from '../helpers/database';

const database = useDatabase();

const increment = (id: string, date = '2026-11-23') => ({ ...emptyDay(date), id, sessions: 1, repetitions: 6 });

describe('DynamoUserStore on DynamoDB Local', () => {
  it('loads an empty profile and an empty day for a new user', async () => {
    expect(await database().store.load('user:new', '2026-11-23')).toEqual({
      profile: {
        version: 0,
        welcomedOn: undefined,
        startblok: undefined,
        focus: undefined,
        liftExplainedOn: undefined,
        enduranceHoldSeconds: undefined,
      },
      today: emptyDay('2026-11-23'),
    });
  });

  it('stores only whitelisted profile fields, with a version', async () => {
    const saved = await database().store.updateProfile('user:a', { version: 0 }, (p) => ({
      ...p,
      welcomedOn: '2026-11-23',
      startblok: { holdSeconds: 4, repetitions: 6, setOn: '2026-11-23' },
    }));
    expect(saved.version).toBe(1);
    const item = await database().db.send(
      new GetCommand({ TableName: database().tableName, Key: { pk: 'USER#user:a', sk: 'PROFILE' } }),
    );
    expect(item.Item).toEqual({
      pk: 'USER#user:a',
      sk: 'PROFILE',
      version: 1,
      welcomedOn: '2026-11-23',
      startblokHoldSeconds: 4,
      startblokRepetitions: 6,
      startblokSetOn: '2026-11-23',
    });
  });

  it('does not let a stale device overwrite silently: the change is applied on top of the newer profile', async () => {
    const first = await database().store.updateProfile('user:b', { version: 0 }, (p) => ({ ...p, welcomedOn: '2026-11-20' }));
    // Another device saves a startblok meanwhile.
    await database().store.updateProfile('user:b', first, (p) => ({
      ...p,
      startblok: { holdSeconds: 5, repetitions: 5, setOn: '2026-11-21' },
    }));
    // This device still holds version 1 and changes the welcome date.
    const merged = await database().store.updateProfile('user:b', first, (p) => ({ ...p, welcomedOn: '2026-11-22' }));
    expect(merged).toEqual({
      version: 3,
      welcomedOn: '2026-11-22',
      startblok: { holdSeconds: 5, repetitions: 5, setOn: '2026-11-21' },
    });
  });

  it('adds to a day atomically and counts a retried increment once', async () => {
    const once = { ...emptyDay('2026-11-23'), sessions: 1, repetitions: 6 };
    expect(await database().store.addToDay('user:c', increment('run-1:startblok'))).toEqual(once);
    expect(await database().store.addToDay('user:c', increment('run-1:startblok'))).toEqual(once);
    await database().store.addToDay('user:c', increment('run-2:startblok'));
    expect((await database().store.load('user:c', '2026-11-23')).today.sessions).toBe(2);
  });

  it('sets the expiry about 13 months after the day', async () => {
    await database().store.addToDay('user:d', increment('x', '2026-11-23'));
    const item = await database().db.send(
      new GetCommand({ TableName: database().tableName, Key: { pk: 'USER#user:d', sk: 'DAY#2026-11-23' } }),
    );
    expect(item.Item?.expiresAt).toBe(Date.parse('2026-11-23T00:00:00Z') / 1000 + 400 * 86400);
  });

  it('reads the profile and today in one query, ignoring older days', async () => {
    await database().store.addToDay('user:e', increment('old', '2026-11-01'));
    await database().store.addToDay('user:e', increment('today', '2026-11-23'));
    await database().store.updateProfile('user:e', { version: 0 }, (p) => ({ ...p, welcomedOn: '2026-11-01' }));
    const snapshot = await database().store.load('user:e', '2026-11-23');
    expect(snapshot.today.sessions).toBe(1);
    expect(snapshot.profile.welcomedOn).toBe('2026-11-01');
  });
});
