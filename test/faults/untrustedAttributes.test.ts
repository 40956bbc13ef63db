import type { CallOptions, DayIncrement, UserRef, UserStore } from '../../lambda/persistence/userData';
import { emptyDay } from '../../lambda/persistence/userData';
import { Conversation } from '../helpers/conversation';
import { itemsOf, useDatabase } from '../helpers/database';
import { SwitchableStore } from '../helpers/flakyStore';
import { testSkill } from '../helpers/skill';

/**
 * Session attributes come back from outside: what they claim is range-checked before it is
 * stored or spoken. And a write that can never succeed is given up on its own, so it does not
 * block the saves after it (a permanent error is not an outage).
 */
const database = useDatabase();
const TODAY = 'DAY#2026-11-23';
const work = (id: string, counts: Partial<DayIncrement>): DayIncrement => ({ ...emptyDay('2026-11-23'), id, ...counts });

async function openSession(userId: string, store: UserStore = database().store, metrics: string[] = []) {
  await database().store.updateProfile({ userId }, { version: 0 }, (p) => ({
    ...p,
    welcomedOn: '2026-11-01',
    startblok: { holdSeconds: 2, repetitions: 2, setOn: '2026-11-20' },
  }));
  const c = new Conversation(
    testSkill(store, { deps: { sleep: async () => undefined, metric: (name) => metrics.push(name) } }).skill,
    userId,
  );
  await c.user('open bekkenbodem coach');
  return c;
}

describe('session attributes are untrusted', () => {
  it('stores no forged negative or absurd count, and still stores the well-formed work beside it', async () => {
    const c = await openSession('amzn1.ask.account.forged-counts');
    c.who.attributes = {
      ...c.who.attributes,
      unsaved: [
        work('forged-negative', { sessions: -1000, repetitions: -5 }),
        work('forged-huge', { sessions: 1e9 }),
        { ...work('forged-date', { sessions: 1 }), date: '../../PROFILE' },
        work('forged-id'.repeat(50), { sessions: 1 }),
        work('real', { sessions: 1, repetitions: 2, quickSets: 1 }),
      ],
    };
    await c.user('help');
    expect((await itemsOf(database(), c.who.userId)).get(TODAY)).toMatchObject({ sessions: 1, repetitions: 2, quickSets: 1 });
    expect([...(await itemsOf(database(), c.who.userId)).keys()].sort()).toEqual([TODAY, 'PROFILE']);
  });

  it('neither speaks nor stores a forged cached startblok or a forged pending profile change', async () => {
    const c = await openSession('amzn1.ask.account.forged-profile');
    const user = c.who.attributes.user as { profile: Record<string, unknown> };
    c.who.attributes = {
      ...c.who.attributes,
      user: { ...user, profile: { ...user.profile, startblok: { holdSeconds: 1e9, repetitions: -3, setOn: '2026-11-20' } } },
      pendingProfile: { startblok: { holdSeconds: 600, repetitions: 99, setOn: 'x' }, focus: 'evil', version: 99, selfTestAnswers: ['ja'] },
    };
    const said = await c.user('hoe gaat het met mijn training');
    expect(said.text).not.toMatch(/1000000000|-3|600|99/);
    const profile = (await itemsOf(database(), c.who.userId)).get('PROFILE');
    expect(profile).toMatchObject({ startblok: { holdSeconds: 2, repetitions: 2, setOn: '2026-11-20' } });
    expect(Object.keys(profile ?? {}).sort()).toEqual(['expiresAt', 'pk', 'sk', 'startblok', 'version', 'welcomedOn']);
  });
});

describe('a permanent error is not an outage', () => {
  it('gives up the one write that cannot succeed, counts it, and stores the rest in the same turn', async () => {
    class Poisoned extends SwitchableStore {
      override async addToDay(user: UserRef, increment: DayIncrement, options?: CallOptions) {
        if (increment.id === 'poison') {
          throw Object.assign(new Error('Item size has exceeded the maximum allowed size'), {
            name: 'ValidationException',
            $metadata: { httpStatusCode: 400 },
          });
        }
        return super.addToDay(user, increment, options);
      }
    }
    const metrics: string[] = [];
    const c = await openSession('amzn1.ask.account.poison', new Poisoned(database().store), metrics);
    c.who.attributes = {
      ...c.who.attributes,
      unsaved: [work('poison', { sessions: 1 }), work('after', { sessions: 1, repetitions: 2, quickSets: 1 })],
    };
    await c.user('help');
    expect((await itemsOf(database(), c.who.userId)).get(TODAY)).toMatchObject({ sessions: 1, repetitions: 2 });
    expect(c.who.attributes.unsaved).toEqual([]);
    expect(metrics).toEqual(['SavesGivenUp']);
  });
});
