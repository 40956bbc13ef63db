import fc from 'fast-check';
import type { Position } from '../../lambda/domain/timeline';
import type { ProgrammeRequest } from '../../lambda/domain/programme';
import { planProgramme } from '../../lambda/domain/programme';
import { POSITION_ROTATION } from '../../lambda/domain/positions';
import { translatorFor } from '../../lambda/speech/translator';
import { MemoryUserStore } from '../../tools/memoryUserStore';
import { Conversation } from '../helpers/conversation';
import { everyStartblok } from '../helpers/programmes';
import { sessionProblems } from '../helpers/sessionChecks';
import { testSkill } from '../helpers/skill';
import { walkToEnd } from '../helpers/walk';

/**
 * Every exercise a user can start by voice, through the real skill and the real interaction
 * model. Conversation checks every response against Alexa's limits (valid SSML, breaks,
 * length, duration, open mic); sessionProblems checks the responses together against the
 * plan. The store is in memory: here the speech is under test, not the database.
 */
const t = translatorFor('nl-NL');
const TODAY = '2026-11-23';
const SAY_POSITION: Record<Position, string> = { zittend: 'zittend', staand: 'staand oefenen', liggend: 'ik lig' };

let users = 0;
function newUser(store: MemoryUserStore): Conversation {
  // An Echo Show: every response also carries its picture, checked against APL 1.1 and the 24 KB limit.
  const c = new Conversation(testSkill(store).skill, `amzn1.ask.account.property-${++users}`);
  c.who.screen = true;
  return c;
}

async function withStartblok(store: MemoryUserStore, hold: number, reps: number): Promise<Conversation> {
  const c = newUser(store);
  await c.user(`vraag bekkenbodem coach om mijn startblok op ${hold} seconden ${reps} keer te zetten`);
  await c.user('stop');
  return c;
}

async function expectPlayed(c: Conversation, utterance: string, request: ProgrammeRequest): Promise<void> {
  const replies = await walkToEnd(c, utterance);
  expect({
    request,
    problems: sessionProblems(
      planProgramme(request),
      replies.map((r) => r.ssml),
      t,
    ),
  }).toEqual({ request, problems: [] });
}

describe('the daily training, for all 120 startbloks in all three positions', () => {
  it.each(everyStartblok().map((s) => [s.holdSeconds, s.repetitions] as const))('%i s x %i', async (holdSeconds, repetitions) => {
    const store = new MemoryUserStore();
    const c = await withStartblok(store, holdSeconds, repetitions);
    for (const position of POSITION_ROTATION) {
      await expectPlayed(c, `vraag bekkenbodem coach ${SAY_POSITION[position]}`, {
        programme: 'startblokTraining',
        holdSeconds,
        repetitions,
        position,
      });
    }
    // Repetitions counted exactly in the store too: three whole sessions, nothing more.
    expect(store.daysOf({ userId: c.who.userId }).get(TODAY)).toMatchObject({
      sessions: 3,
      repetitions: 3 * repetitions,
      quickSets: 3,
    });
  });
});

describe('every other exercise, for every hold it can take', () => {
  it.each(Array.from({ length: 10 }, (_, i) => i + 1))('lift and layers with a %i s startblok', async (holdSeconds) => {
    const store = new MemoryUserStore();
    const c = await withStartblok(store, holdSeconds, 6);
    await expectPlayed(c, 'vraag bekkenbodem coach om de liftoefening te doen', { programme: 'lift', holdSeconds, explain: true });
    await expectPlayed(c, 'vraag bekkenbodem coach om de lift te doen', { programme: 'lift', holdSeconds, explain: false });
    await expectPlayed(c, 'vraag bekkenbodem coach om de drie lagen te oefenen', { programme: 'layers', holdSeconds });
    expect(store.daysOf({ userId: c.who.userId }).get(TODAY)).toMatchObject({ lift: 2, layers: 1, sessions: 0 });
  });

  it.each(Array.from({ length: 10 }, (_, i) => i + 1))('the sphincter programme with a %i s endurance hold', async (hold) => {
    const store = new MemoryUserStore();
    const c = newUser(store);
    await c.user('vraag bekkenbodem coach om mijn kringspieroefeningen te doen');
    await c.user('klaar');
    const numberWord = t(`number.${hold}` as Parameters<typeof t>[0]);
    await expectPlayed(c, numberWord, { programme: 'sphincter', parts: ['strength', 'endurance', 'speed'], enduranceHoldSeconds: hold });
    expect(store.daysOf({ userId: c.who.userId }).get(TODAY)).toMatchObject({ sphincter: 1 });
  });

  it('relaxation, and each sphincter part on its own (fast-check picks the order)', async () => {
    const single = fc.constantFrom(
      ['vraag bekkenbodem coach om een ontspanningsoefening te doen', { programme: 'relaxation' }] as const,
      ['vraag bekkenbodem coach alleen de snelle', { programme: 'sphincter', parts: ['speed'], enduranceHoldSeconds: 1 }] as const,
      [
        'vraag bekkenbodem coach alleen de kracht oefening',
        { programme: 'sphincter', parts: ['strength'], enduranceHoldSeconds: 1 },
      ] as const,
    );
    await fc.assert(
      fc.asyncProperty(fc.array(single, { minLength: 1, maxLength: 4 }), async (exercises) => {
        const c = newUser(new MemoryUserStore());
        for (const [utterance, request] of exercises) await expectPlayed(c, utterance, request as ProgrammeRequest);
      }),
      { numRuns: 25 },
    );
  });
});
