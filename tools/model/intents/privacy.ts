import type { IntentFamily } from '../source';

export const family: IntentFamily = {
  intents: [
    {
      name: 'DeleteDataIntent',
      templates: [
        '(verwijder|wis) (mijn|al mijn|alle) (gegevens|data|informatie) [over mij]',
        '(ik wil|kun je) (mijn|al mijn) (gegevens|data) (verwijderen|wissen|laten verwijderen)',
        'vergeet (me|alles over mij|wat je van mij weet|alles wat je weet)',
        '(wis|verwijder) alles (over|van) mij',
        'ik wil (vergeten worden|dat je me vergeet|dat je alles vergeet)',
        '(gooi|haal) (mijn|al mijn) (gegevens|data) weg',
        '(verwijder|wis) (mijn|het) (profiel|account|geschiedenis)',
        '[om] (mijn|al mijn) gegevens te (verwijderen|wissen)',
        '[om] (mij|me) te vergeten',
        // The first, hand-written samples:
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
