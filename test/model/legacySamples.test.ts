import legacy from './legacySamples.json';
import { loadModel } from '../../tools/nlu/interactionModel';
import { Resolver } from '../../tools/nlu/resolve';

/**
 * Every sample of the hand-written model (snapshot at 31441e5, slots filled with every value of
 * their type) still reaches the same intent with the same slots: ~40 conversation test files
 * drive the real skill through these words.
 */
const resolver = new Resolver(loadModel());

describe('the samples of the first model', () => {
  it('all resolve as before', () => {
    const changed = legacy
      .map((c) => ({ utterance: c.utterance, before: { intent: c.intent, slots: c.slots }, now: resolver.resolve(c.utterance) }))
      .filter((c) => JSON.stringify(c.before) !== JSON.stringify(c.now));
    expect(changed).toEqual([]);
  });
});
