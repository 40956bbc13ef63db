import type { IntentFamily } from '../source';

export const family: IntentFamily = {
  intents: [
    {
      name: 'DeleteDataIntent',
      templates: [
        'verwijder mijn gegevens',
        'vergeet mij',
        'wis mijn gegevens',
        'verwijder al mijn gegevens',
        'wis alles over mij',
        'vergeet mijn gegevens',
        'om mijn gegevens te verwijderen',
      ],
    },
  ],
};
