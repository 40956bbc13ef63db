import type { IntentName } from '../../lambda/skill/intentNames';
import { MODEL_INTENTS } from '../../lambda/skill/intentNames';
import { buildModel } from '../../tools/model/build';
import { useDatabase } from '../helpers/database';
import type { Caller } from '../helpers/requests';
import { caller, intentRequest } from '../helpers/requests';
import { testSkill } from '../helpers/skill';

const database = useDatabase();

const CUSTOM = MODEL_INTENTS.filter((name) => !name.startsWith('AMAZON.'));

/** Where an intent means something only inside one step, it is sent there. */
const SESSION_FOR: Partial<Record<IntentName, Record<string, unknown>>> = {
  DontKnowIntent: { dialog: { step: 'selfTest' }, selfTest: { question: 1, yes: 0 } },
};

let users = 0;
function who(attributes: Record<string, unknown> = {}): Caller {
  return { ...caller(`amzn1.ask.account.routing-${++users}`), isNew: false, attributes };
}

/** The handlers that answered one request, from the skill's own log. */
async function handlersFor(name: string, attributes?: Record<string, unknown>): Promise<(string | undefined)[]> {
  const test = testSkill(database().store);
  await test.skill.invoke(intentRequest(who(attributes), name));
  return test.logs.filter((line) => line.event === 'handled').map((line) => line.handler);
}

describe('every custom intent of the model has a handler of its own', () => {
  it('the generated names are the model', () => {
    expect(MODEL_INTENTS).toEqual(buildModel().interactionModel.languageModel.intents.map((i) => i.name));
    expect(CUSTOM.length).toBeGreaterThan(20);
  });

  it.each(CUSTOM)('%s is answered by one handler, not FallbackHandler', async (name) => {
    const handlers = await handlersFor(name, SESSION_FOR[name]);
    expect({ name, handlers, fallback: handlers.includes('FallbackHandler') }).toEqual({
      name,
      handlers: [expect.any(String)],
      fallback: false,
    });
  });

  it('sees the fallback where it answers (the check can fail)', async () => {
    expect(await handlersFor('NoSuchIntent')).toEqual(['FallbackHandler']);
    expect(await handlersFor('DontKnowIntent')).toEqual(['FallbackHandler']);
  });
});
