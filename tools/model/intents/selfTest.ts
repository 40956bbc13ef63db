import type { IntentFamily } from '../source';

export const family: IntentFamily = {
  intents: [
    {
      name: 'SelfTestIntent',
      templates: [
        'doe de zelftest',
        'zelftest',
        'de zelftest',
        'start de zelftest',
        'ik wil de zelftest doen',
        'zelftest doen',
        'doe de test',
        'heb ik een zwakke bekkenbodem',
        'test mijn bekkenbodem',
        'is mijn bekkenbodem zwak',
        'doe de bekkenbodemtest',
        'bekkenbodemtest',
        'heb ik een bekkenfysiotherapeut nodig',
        'verder met de zelftest',
        'ga verder met de zelftest',
        'om de zelftest te doen',
        'de zelftest te doen',
      ],
    },
    {
      name: 'DontKnowIntent',
      templates: [
        'weet ik niet',
        'ik weet het niet',
        'dat weet ik niet',
        'ik weet het niet zeker',
        'weet niet',
        'geen idee',
        'misschien',
        'ik twijfel',
        'twijfel',
        'dat weet ik niet zeker',
      ],
    },
  ],
};
