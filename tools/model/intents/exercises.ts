import type { IntentFamily } from '../source';
import { CAN_YOU, doThing, WANT } from './common';

export const family: IntentFamily = {
  intents: [
    {
      name: 'LiftExerciseIntent',
      templates: [
        // The first, hand-written samples (their order decides between overlapping slot samples):
        'doe de liftoefening',
        'de lift',
        'liftoefening',
        'de liftoefening',
        'start de lift',
        'lift oefening',
        'ik wil de lift doen',
        'met de lift omhoog',
        'doe de lift',
        'oefen de lift',
        'om de liftoefening te doen',
        'de liftoefening te doen',
        'lift',
        'om de lift te doen',
        'de lift te doen',
        // Templates:
        ...doThing('de (lift|liftoefening)'),
        ...doThing('de oefening (met|van) de lift'),
        '(met|in) de lift (omhoog|naar boven)',
        'de lift (omhoog|naar boven)',
      ],
    },
    {
      name: 'SphincterExerciseIntent',
      slots: [{ name: 'part', type: 'SPHINCTER_PART' }],
      templates: [
        // The first, hand-written samples (their order decides between overlapping slot samples):
        'kringspieroefeningen',
        'oefeningen voor de sluitspier',
        'anus oefeningen',
        'sluitspieroefeningen',
        'doe de kringspieroefeningen',
        'ik wil mijn kringspier trainen',
        'oefeningen voor mijn anus',
        'kringspier',
        'alleen de {part}',
        'alleen de {part} oefening',
        'de {part} van de kringspier',
        'kringspier {part}',
        'om mijn kringspieroefeningen te doen',
        'mijn kringspieroefeningen te doen',
        'de kringspieroefeningen',
        // Templates:
        ...doThing('de (kringspieroefeningen|kringspieroefening|sluitspieroefeningen)'),
        ...doThing('(de|mijn) oefeningen voor de kringspier'),
        '(de|mijn) oefeningen voor (mijn|de) (sluitspier|anus)',
        `${WANT} (mijn|de) (kringspier|sluitspier|anus) (trainen|oefenen|versterken)`,
        '(train|oefen|versterk) (mijn|de) (kringspier|sluitspier)',
        '(alleen|enkel|doe alleen|ik wil alleen|doe maar alleen) de {part} [oefening|oefeningen|van de kringspier]',
        'de {part} (oefening|oefeningen) (van|voor) de (kringspier|sluitspier)',
        '(kringspier|sluitspier) {part}',
        '(kringspier|sluitspier) (alleen|enkel) {part}',
      ],
    },
    {
      name: 'RelaxationExerciseIntent',
      templates: [
        // The first, hand-written samples (their order decides between overlapping slot samples):
        'ontspanningsoefening',
        'ik wil leren ontspannen',
        'doe een ontspanningsoefening',
        'ontspanning',
        'ontspannen',
        'help me ontspannen',
        'ademhalingsoefening',
        'buikademhaling',
        'mijn bekkenbodem ontspannen',
        'ik wil ontspannen',
        'een ontspanningsoefening',
        'om een ontspanningsoefening te doen',
        'een ontspanningsoefening te doen',
        // Templates:
        ...doThing('(een|de) (ontspanningsoefening|ademhalingsoefening)'),
        `${WANT} [mijn bekkenbodem|mijn spieren] (ontspannen|loslaten|leren ontspannen|leren loslaten)`,
        `${CAN_YOU} (me|mij) helpen (ontspannen|loslaten|ontspannen)`,
        '(help|leer) me [mijn bekkenbodem] (ontspannen|loslaten)',
        '[ik wil] (rustig|diep) ademhalen',
        '(ik wil|laten we) (tot rust komen|ontspannen ademen)',
        '(mijn bekkenbodem|mijn spieren) (ontspannen|loslaten)',
      ],
    },
    {
      name: 'LayersExerciseIntent',
      templates: [
        // The first, hand-written samples (their order decides between overlapping slot samples):
        'de drie lagen',
        'drie lagen oefening',
        'lagen oefening',
        'doe de drie lagen',
        'oefen de lagen',
        'de lagen van mijn bekkenbodem',
        'drie lagen',
        'om de drie lagen te oefenen',
        'de drie lagen te oefenen',
        // Templates:
        ...doThing('de ([drie] lagen|lagenoefening)'),
        'de (drielagenoefening|oefening met de drie lagen|oefening van de drie lagen)',
        `${WANT} de [drie] lagen (oefenen|trainen)`,
      ],
    },
    {
      name: 'PelvicTiltIntent',
      templates: [
        // The first, hand-written samples (their order decides between overlapping slot samples):
        'doe de kanteloefening',
        'kanteloefening',
        'de kanteloefening',
        'start de kanteloefening',
        'bekken kantelen',
        'mijn bekken kantelen',
        'kantel mijn bekken',
        'help me kantelen',
        'oefen het kantelen',
        'om de kanteloefening te doen',
        'de kanteloefening te doen',
        // Templates:
        ...doThing('de (kanteloefening|bekkenkanteling|kanteling)'),
        `${WANT} (mijn|het) bekken (kantelen|leren kantelen)`,
        '(kantel|beweeg) (mijn|het) bekken',
        '(het|mijn) bekken (kantelen|bewegen)',
        '(holle rug bolle rug|hol en bol|holle en bolle rug)',
      ],
    },
    {
      name: 'ListExercisesIntent',
      templates: [
        // The first, hand-written samples (their order decides between overlapping slot samples):
        'welke oefeningen zijn er',
        'wat kan ik oefenen',
        'welke oefeningen heb je',
        'wat voor oefeningen zijn er',
        'welke oefeningen kan ik doen',
        'noem de oefeningen',
        'welke oefeningen ken je',
        // Templates:
        'welke oefeningen (zijn er|heb je|ken je|kan ik doen|kun je|bied je aan|heb jij|zijn er allemaal|kan ik kiezen)',
        'wat voor oefeningen (zijn er|heb je|kan ik doen|ken je)',
        'wat (kan ik|kan ik allemaal) (oefenen|doen)',
        '(noem|geef) [me|mij] (de|alle) oefeningen',
        'welke oefeningen',
        '(een|het) overzicht van de oefeningen',
        '(vertel|zeg) [me|mij] welke oefeningen er zijn',
        'wat kan ik nog meer (doen|oefenen)',
        'welke andere oefeningen (zijn er|heb je)',
        '(ik wil|mag ik) een andere oefening',
        'wat zijn de oefeningen',
      ],
    },
  ],
  types: [
    {
      name: 'SPHINCTER_PART',
      values: [
        { value: 'kracht', synonyms: ['sterke', 'krachtige', 'stevige', 'krachtoefening'] },
        { value: 'uithoudingsvermogen', synonyms: ['uithouding', 'lange', 'halve kracht', 'volhouden'] },
        { value: 'snelheid', synonyms: ['snelle', 'snel', 'vlugge', 'snelle oefening'] },
      ],
    },
  ],
};
