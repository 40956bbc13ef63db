import fc from 'fast-check';
import type { RequestEnvelope } from 'ask-sdk-model';
import { loadModel } from '../../tools/nlu/interactionModel';
import { alexaLimitProblems } from '../helpers/alexaLimits';
import { useDatabase } from '../helpers/database';
import { notFromResources } from '../helpers/dutchSpeech';
import { APPLICATION_ID } from '../helpers/requests';
import { testSkill } from '../helpers/skill';

/**
 * Whatever arrives, the skill answers with a valid Dutch response and never throws: random
 * and real intent names, missing, garbage and huge slots, no session, no user, any locale,
 * and session attributes that are garbage or almost right. Runs on DynamoDB Local, so keys
 * that the database refuses (a 20 000-character user id) are part of the test.
 */
const database = useDatabase();
const model = loadModel();

const huge = fc.constantFrom('7'.repeat(20_000), 'a'.repeat(20_000), '<speak>'.repeat(2_000), '\u0000\uFFFF'.repeat(5_000));
const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  huge,
  fc.constantFrom('', ' ', 'NaN', '-1', '1e308', '4.5', '0', '12', '13'),
);

const slotValue = fc.oneof(
  fc.constant(undefined),
  fc.record(
    { name: fc.string(), value: fc.option(text, { nil: undefined }), confirmationStatus: fc.constant('NONE') },
    { requiredKeys: [] },
  ),
  fc.record({
    name: fc.string(),
    value: text,
    resolutions: fc.oneof(
      fc.anything(),
      fc.record({
        resolutionsPerAuthority: fc.array(
          fc.record(
            {
              status: fc.record({ code: fc.constantFrom('ER_SUCCESS_MATCH', 'ER_SUCCESS_NO_MATCH', 'x') }),
              values: fc.array(fc.anything()),
            },
            { requiredKeys: [] },
          ),
        ),
      }),
    ),
  }),
  fc.anything(),
);

const slotNames = fc.constantFrom('seconds', 'repetitions', 'number', 'position', 'part', 'focus', 'exercise');
/** Mostly plausible, sometimes garbage: so that the handlers behind the dispatcher are reached too. */
const mostly = <T, U>(plausible: fc.Arbitrary<T>, garbage: fc.Arbitrary<U>) =>
  fc.oneof({ arbitrary: plausible, weight: 4 }, { arbitrary: garbage, weight: 1 });

const intentName = mostly(fc.constantFrom(...model.intents.map((i) => i.name)), fc.oneof(fc.string(), huge));

const step = fc.constantFrom(
  'idle',
  'offerMeasure',
  'offerTraining',
  'offerRelaxation',
  'chooseExercise',
  'askEnduranceHold',
  'exercise',
  'measureAskHold',
  'measureRepetitions',
  'measureAskRepetitions',
  'askStartblok',
  'confirmRetrySave',
  'paused',
  'nonsense',
);
const smallInt = fc.oneof(fc.integer({ min: -2, max: 14 }), fc.double(), fc.constant(Number.MAX_SAFE_INTEGER));
const request = fc.oneof(
  fc.anything(),
  fc.record(
    {
      programme: fc.constantFrom('startblokTraining', 'lift', 'sphincter', 'relaxation', 'layers', 'yoga'),
      holdSeconds: smallInt,
      repetitions: smallInt,
      enduranceHoldSeconds: smallInt,
      position: fc.constantFrom('zittend', 'staand', 'liggend', 'hangend'),
      explain: fc.anything(),
      parts: fc.array(fc.constantFrom('strength', 'endurance', 'speed', 'x')),
    },
    { requiredKeys: [] },
  ),
);
const dialog = fc.letrec<{ dialog: unknown }>((tie) => ({
  dialog: fc.oneof(
    { depthSize: 'small' },
    fc.anything(),
    fc.record(
      {
        step,
        request,
        setIndex: smallInt,
        segmentIndex: smallInt,
        runId: fc.anything(),
        holdSeconds: smallInt,
        parts: fc.anything(),
        resume: tie('dialog'),
      },
      { requiredKeys: [] },
    ),
  ),
})).dialog;
const tally = fc.record(
  {
    date: fc.constantFrom('2026-11-23', '2026-11-22', 'x'),
    sessions: smallInt,
    repetitions: smallInt,
    quickSets: smallInt,
    lift: smallInt,
    sphincter: smallInt,
    relaxation: smallInt,
    layers: smallInt,
    id: fc.string(),
  },
  { requiredKeys: [] },
);
const attributes = mostly(
  fc.record(
    {
      dialog,
      unsaved: fc.oneof(fc.anything(), fc.array(tally, { maxLength: 3 })),
      user: fc.oneof(fc.anything(), fc.record({ profile: fc.anything(), today: tally, recentDays: fc.anything() })),
      last: fc.oneof(fc.anything(), fc.record({ speech: text, reprompt: fc.anything() }, { requiredKeys: [] })),
    },
    { requiredKeys: [] },
  ),
  fc.anything(),
);

const userId = mostly(fc.constantFrom('amzn1.ask.account.fuzz-1', 'amzn1.ask.account.fuzz-2'), text);

const envelope = fc
  .record({
    type: mostly(
      fc.constantFrom('LaunchRequest', 'IntentRequest', 'IntentRequest', 'SessionEndedRequest'),
      fc.oneof(fc.constant('CanFulfillIntentRequest'), fc.string()),
    ),
    intentName,
    slots: fc.option(fc.dictionary(fc.oneof(slotNames, fc.string()), slotValue, { maxKeys: 4 }), { nil: undefined }),
    locale: fc.option(mostly(fc.constant('nl-NL'), fc.oneof(fc.constantFrom('nl-BE', 'en-US', 'de-DE'), text)), { nil: undefined }),
    session: fc.option(
      mostly(
        fc.record({ new: fc.boolean(), sessionId: fc.constant('amzn1.echo-api.session.fuzz'), attributes }),
        fc.record({ new: fc.anything(), sessionId: text, attributes }, { requiredKeys: [] }),
      ),
      { nil: undefined, freq: 8 },
    ),
    userId: fc.option(userId, { nil: undefined }),
    personId: fc.option(text, { nil: undefined }),
    noContext: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  })
  .map(({ type, intentName, slots, locale, session, userId, personId, noContext }) => {
    const user = userId === undefined ? undefined : { userId };
    const application = { applicationId: APPLICATION_ID };
    return {
      version: '1.0',
      session: session && { ...session, application, user },
      context: noContext
        ? undefined
        : {
            System: {
              application,
              user,
              person: personId === undefined ? undefined : { personId },
              apiEndpoint: 'https://api.eu.amazonalexa.com',
            },
          },
      request: {
        type,
        requestId: 'fuzz',
        timestamp: '2026-11-23T08:00:00Z',
        locale,
        intent: { name: intentName, confirmationStatus: 'NONE', slots },
      },
    } as unknown as RequestEnvelope;
  });

const ENGLISH_OR_LEAKED = /\b(the|error|undefined|null|NaN|object|function)\b|\[object/i;

describe('any request envelope', () => {
  it('gets a valid Dutch response and never an exception', async () => {
    const { skill } = testSkill(database().store);
    await fc.assert(
      fc.asyncProperty(envelope, async (request) => {
        const response = await skill.invoke(request);
        const ssml = (response.response?.outputSpeech as { ssml?: string } | undefined)?.ssml;
        const type = (request.request as { type: string }).type;
        const problems = await alexaLimitProblems(response);
        // Asking Alexa to ask for the reminders permission is the one answer without words of its own.
        const asksPermission = (response.response?.directives ?? []).some((d) => d.type === 'Connections.SendRequest');
        if ((type === 'LaunchRequest' || type === 'IntentRequest') && !asksPermission && !/<s>[^<]+<\/s>/.test(ssml ?? '')) {
          problems.push(`no sentence spoken: ${ssml}`);
        }
        if (ssml !== undefined && ENGLISH_OR_LEAKED.test(ssml)) problems.push(`not Dutch: ${ssml.slice(0, 200)}`);
        if (ssml !== undefined)
          problems.push(...notFromResources(ssml).map((text) => `not one of the skill's Dutch texts: ${text.slice(0, 200)}`));
        expect(problems).toEqual([]);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  });
});
