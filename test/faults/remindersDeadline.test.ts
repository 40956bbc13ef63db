import { TURN_LIMITS } from '../../lambda/skill/persist';
import { Conversation } from '../helpers/conversation';
import { useDatabase } from '../helpers/database';
import { FakeRemindersApi } from '../../tools/fakeRemindersApi';
import { testSkill } from '../helpers/skill';

/**
 * The Reminders API counts against the turn's deadline too: three reminders, each answered
 * just inside the per-call limit (2.5 s), would take 7.2 s one after the other.
 */
const database = useDatabase();
const api = new FakeRemindersApi();
beforeAll(() => api.start());
afterAll(() => api.stop());

it('a slow Reminders API does not hold a turn past the deadline: the user hears that it failed', async () => {
  const c = new Conversation(testSkill(database().store).skill, 'amzn1.ask.account.slow-reminders');
  Object.assign(c.who, { apiEndpoint: api.endpoint, apiAccessToken: 'in-session-token', remindersGranted: true });
  const offer = await c.user("vraag bekkenbodem coach herinner me om zeven uur, om twaalf uur en om negen uur 's avonds");
  expect(offer.text).toMatch(/Is dat goed\?$/);
  api.delayMs = 2400;
  const started = performance.now();
  const reply = await c.user('ja');
  const ms = performance.now() - started;
  expect(reply.text).toMatch(/lukte nu niet/);
  expect({ ms: Math.round(ms), inTime: ms <= TURN_LIMITS.deadlineMs + 700 }).toEqual({ ms: Math.round(ms), inTime: true });
}, 30_000);
