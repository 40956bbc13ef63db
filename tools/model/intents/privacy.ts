import type { IntentFamily } from '../source';

export const family: IntentFamily = {
  intents: [
    {
      name: 'DeleteDataIntent',
      templates: [
        '(verwijder|wis) (mijn|al mijn|alle) (gegevens|data|informatie) [over mij]',
        '(ik wil|kun je) (mijn|al mijn) (gegevens|data) (verwijderen|wissen|laten verwijderen|weghalen)',
        'vergeet (me|alles over mij|wat je van mij weet|alles wat je weet)',
        '(wis|verwijder) alles (over|van) mij',
        'ik wil (vergeten worden|dat je me vergeet|dat je alles vergeet)',
        '(gooi|haal) (mijn|al mijn) (gegevens|data) weg',
        '(verwijder|wis) (mijn|het) (profiel|account|geschiedenis)',
        '[om] (mijn|al mijn) gegevens te (verwijderen|wissen)',
        '[om] (mij|me) te vergeten',
        '(wis|verwijder|vergeet) (mijn|al mijn) (voortgang|resultaten|startblok)',
        '(vergeet|wis) mijn (startblok|voortgang) en al mijn (trainingen|gegevens)',
        '(ik wil|kun je) alles (wissen|verwijderen) [en opnieuw starten]',
        'ik wil niet dat je (gegevens|mijn gegevens|dingen) over mij (bewaart|opslaat)',
        '(bewaar|onthoud) (niets|niks|geen gegevens) (over|van) mij',
        '(verwijder|wis|vergeet) (wat|alles wat) je over mij (weet|hebt opgeslagen|bewaart)',
        'ik wil (mijn|al mijn) [persoonlijke] gegevens (kwijt|weg)',
        '(verwijder|wis) (mijn|al mijn) persoonlijke gegevens',
        '[om] alles [over mij] te (wissen|verwijderen)',
        'kun je (mij|me) vergeten',
        'ik wil (mijn profiel|mijn account) (verwijderen|wissen)',
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
