import { buildModel } from '../../tools/model/build';
import { useDatabase } from '../helpers/database';
import type { SlotInput } from '../helpers/requests';
import { caller, intentRequest } from '../helpers/requests';
import { testSkill } from '../helpers/skill';

const database = useDatabase();

/** Names every JavaScript object has: a slot table must not find them. */
const BUILT_IN_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];
const UNKNOWN = 'onbekendewaarde';

const SLOTS = buildModel().interactionModel.languageModel.intents.flatMap((intent) =>
  (intent.slots ?? []).map((slot) => ({ intent: intent.name, slot: slot.name, type: slot.type })),
);

let users = 0;

/** What the skill answers a fresh user who sends this slot value: words, reprompt and whether the session ends. */
async function answerTo(intent: string, slot: string, fill: SlotInput) {
  const userId = `amzn1.ask.account.slots-${++users}`;
  const envelope = await testSkill(database().store).skill.invoke(intentRequest(caller(userId), intent, { [slot]: fill }));
  const response = envelope.response;
  return {
    speech: (response.outputSpeech as { ssml?: string } | undefined)?.ssml,
    reprompt: (response.reprompt?.outputSpeech as { ssml?: string } | undefined)?.ssml,
    end: response.shouldEndSession,
  };
}

describe('slot values that are names of every JavaScript object', () => {
  it('the model has slots to test', () => {
    expect(SLOTS.length).toBeGreaterThan(8);
  });

  describe.each(SLOTS)('$intent, slot $slot ($type)', ({ intent, slot }) => {
    it.each(BUILT_IN_NAMES)('"%s" gets the answer of any unknown value, resolved or not', async (name) => {
      const unknownResolved = await answerTo(intent, slot, { value: UNKNOWN, canonical: UNKNOWN });
      const unknownHeard = await answerTo(intent, slot, { value: UNKNOWN });
      expect(await answerTo(intent, slot, { value: name, canonical: name })).toEqual(unknownResolved);
      expect(await answerTo(intent, slot, { value: name })).toEqual(unknownHeard);
      expect(await answerTo(intent, slot, name)).toEqual(await answerTo(intent, slot, UNKNOWN));
    });
  });

  it('sees a difference where there is one (the check can fail)', async () => {
    const known = await answerTo('ExplainIntent', 'term', { value: 'startblok', canonical: 'startblok' });
    const unknown = await answerTo('ExplainIntent', 'term', { value: UNKNOWN, canonical: UNKNOWN });
    expect(known).not.toEqual(unknown);
  });
});
