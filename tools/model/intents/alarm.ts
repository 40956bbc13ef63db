import type { IntentFamily } from '../source';

export const family: IntentFamily = {
  intents: [
    {
      name: 'AlarmSignalIntent',
      templates: [
        'ik heb bloed in mijn urine',
        'ik heb bloed in mijn plas',
        'er zit bloed in mijn urine',
        'er zit bloed in mijn plas',
        'ik heb bloed in mijn ontlasting',
        'er zit bloed in mijn ontlasting',
        'ik verlies plotseling mijn ontlasting',
        'ik verlies ineens mijn ontlasting',
        'ik verlies plotseling mijn plas',
        'ik heb ineens geen controle meer over mijn blaas',
        'ik heb ineens geen controle meer over mijn darmen',
        'ik heb koorts en pijn',
        'ik heb koorts',
        'ik heb hevige pijn',
        'ik heb heel erg veel pijn',
        'ik heb de hele tijd veel pijn',
        'ik voel een bult',
        'ik voel een uitstulping',
        'ik voel een bobbel bij mijn vagina',
        'mijn benen zijn gevoelloos',
        'ik heb geen gevoel in mijn benen',
        'ik heb geen gevoel meer in mijn kruis',
        'ik heb krachtverlies in mijn benen',
      ],
    },
  ],
};
