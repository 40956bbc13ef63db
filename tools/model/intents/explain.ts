import type { IntentFamily } from '../source';

export const family: IntentFamily = {
  intents: [],
};
