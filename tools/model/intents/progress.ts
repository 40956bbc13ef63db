import type { IntentFamily } from '../source';

export const family: IntentFamily = {
  intents: [
    {
      name: 'FocusIntent',
      slots: [{ name: 'focus', type: 'FOCUS' }],
      templates: [
        'ik heb een {focus} bekkenbodem',
        'mijn bekkenbodem is {focus}',
        'focus op {focus}',
        'ik wil aan {focus} werken',
        'mijn bekkenbodem is te {focus}',
        'dat mijn bekkenbodem {focus} is',
        'mijn bekkenbodem {focus} is',
      ],
    },
    {
      name: 'ProgressIntent',
      slots: [{ name: 'aspect', type: 'PROGRESS_ASPECT' }],
      templates: [
        'hoe gaat het met mijn training',
        'hoe gaat het',
        'hoe sta ik ervoor',
        'hoe vaak heb ik {aspect} geoefend',
        'hoe vaak heb ik {aspect} getraind',
        'wat is mijn {aspect}',
        'hoe is mijn {aspect}',
        'mijn voortgang',
        'wat is mijn voortgang',
        'hoe ver ben ik',
        'hoe lang train ik al',
        'hoeveel heb ik {aspect} geoefend',
      ],
    },
    {
      name: 'EasyIntent',
      templates: [
        'het is te makkelijk',
        'het gaat makkelijk',
        'het is makkelijk geworden',
        'de oefeningen zijn te makkelijk',
        'het gaat steeds beter',
        'ik kan het langer',
        'ik kan meer',
        'het is niet zwaar meer',
      ],
    },
  ],
  types: [
    {
      name: 'FOCUS',
      values: [
        { value: 'ontspanning', synonyms: ['gespannen', 'overactief', 'overactieve', 'strak', 'strakke', 'gespannen bekkenbodem'] },
        { value: 'kracht', synonyms: ['zwak', 'zwakke', 'slap', 'slappe', 'sterker'] },
      ],
    },
    {
      name: 'PROGRESS_ASPECT',
      values: [
        { value: 'vandaag', synonyms: ['vandaag al'] },
        { value: 'week', synonyms: ['deze week', 'de afgelopen week', 'afgelopen week'] },
        { value: 'startblok', synonyms: ['start blok', 'huidige startblok'] },
      ],
    },
  ],
};
