import type { IntentFamily } from '../source';

export const family: IntentFamily = {
  intents: [
    {
      name: 'FocusIntent',
      slots: [{ name: 'focus', type: 'FOCUS' }],
      templates: [
        // The first, hand-written samples (their order decides between overlapping slot samples):
        'ik heb een {focus} bekkenbodem',
        'mijn bekkenbodem is {focus}',
        'focus op {focus}',
        'ik wil aan {focus} werken',
        'mijn bekkenbodem is te {focus}',
        'dat mijn bekkenbodem {focus} is',
        'mijn bekkenbodem {focus} is',
        // Templates:
        '(ik heb|ik denk dat ik|volgens mij heb ik) een [te|erg] {focus} bekkenbodem [heb]',
        'mijn (bekkenbodem|bekkenbodemspieren) (is|zijn|voelt|voelen) [te|erg|heel|veel te] {focus} [aan]',
        'ik (wil|moet) (werken aan|me richten op|focussen op|oefenen op) {focus}',
        'ik wil (mijn bekkenbodem) {focus} (maken|krijgen)',
        'ik wil [mijn bekkenbodem] {focus} worden',
      ],
    },
    {
      name: 'ProgressIntent',
      slots: [{ name: 'aspect', type: 'PROGRESS_ASPECT' }],
      templates: [
        // The first, hand-written samples (their order decides between overlapping slot samples):
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
        // Templates:
        'hoe (gaat het|gaat het met mijn oefeningen|doe ik het|sta ik ervoor|sta ik er nu voor|gaat het met mijn voortgang)',
        'hoe vaak heb ik {aspect} (geoefend|getraind|gedaan|mijn oefeningen gedaan|de training gedaan)',
        'hoeveel (keer|trainingen|oefeningen) heb ik {aspect} (gedaan|geoefend|getraind)',
        'hoeveel heb ik {aspect} (gedaan|getraind)',
        'heb ik {aspect} al (geoefend|getraind|mijn oefeningen gedaan)',
        '(wat|hoe) is mijn {aspect} nu',
        '(vertel|geef|zeg) [me|mij] (mijn|de) voortgang',
        '(wat|hoe) (is|zit het met) mijn vooruitgang',
        'hoe lang (oefen|train) ik [nu] al',
        'hoeveel weken (oefen|train) ik [nu] al',
        '[om] (mijn|de) voortgang',
        'hoe het met mijn training gaat',
        '(ga|gaat) ik vooruit',
      ],
    },
    {
      name: 'EasyIntent',
      templates: [
        // The first, hand-written samples (their order decides between overlapping slot samples):
        'het is te makkelijk',
        'het gaat makkelijk',
        'het is makkelijk geworden',
        'de oefeningen zijn te makkelijk',
        'het gaat steeds beter',
        'ik kan het langer',
        'ik kan meer',
        'het is niet zwaar meer',
        // Templates:
        '(het|de training|het oefenen) (is|wordt) [nu] (te|veel te) (makkelijk|gemakkelijk|licht)',
        'de oefeningen (zijn|worden) [nu] (te|veel te) (makkelijk|gemakkelijk|licht)',
        '(het|de training) voelt [nu] te (makkelijk|gemakkelijk|licht)',
        '(het|de training|het oefenen) is (makkelijk|gemakkelijk) geworden',
        '(het|de training) gaat [nu] (heel|erg|te) (makkelijk|gemakkelijk)',
        'de oefeningen gaan (heel|erg|te) (makkelijk|gemakkelijk)',
        'ik (kan|wil) (meer|langer|zwaarder) [aan]',
        '(kan|mag) het (zwaarder|moeilijker|langer|pittiger)',
        'ik (voel|merk) er (niks|niets) meer van',
        'het kost (me|mij) geen moeite meer',
        '(ik wil|mag ik) (een zwaardere|een moeilijkere) (training|oefening)',
        'ik wil het (zwaarder|moeilijker) maken',
        'het is niet (zwaar|moeilijk|lastig) meer',
        'het is (veel) te (makkelijk|gemakkelijk)',
        '(dit|het) is (echt|veel) te (makkelijk|gemakkelijk|simpel|licht) [voor mij]',
        'dit is te (makkelijk|gemakkelijk|simpel|licht)',
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
