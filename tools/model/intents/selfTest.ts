import type { IntentFamily } from '../source';
import { doThing } from './common';

export const family: IntentFamily = {
  intents: [
    {
      name: 'SelfTestIntent',
      templates: [
        ...doThing('de (zelftest|bekkenbodemtest)'),
        '(heb ik|of ik) een (zwakke|slappe|slechte) bekkenbodem [heb]',
        'is mijn bekkenbodem (slap|te zwak|goed|in orde|gezond|sterk genoeg)',
        '(moet ik|heb ik) (naar een|een) (bekkenfysiotherapeut|fysiotherapeut|fysio) [nodig]',
        '(test|check|controleer) (mijn|de) bekkenbodem',
        'hoe (goed|sterk) is mijn bekkenbodem',
        '(ga|ik wil) verder met de (zelftest|test|vragen)',
        '(de|een) test (doen|starten)',
        '(mag ik|ik wil|laten we|kan ik) de (zelftest|vragenlijst|test) (doen|invullen|maken)',
        '[de] zelftest (alsjeblieft|graag)',
        'de vragenlijst [over mijn bekkenbodem]',
        // The first, hand-written samples:
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
        '(geen flauw idee|ik heb geen idee|dat kan ik niet zeggen|moeilijk te zeggen|lastig te zeggen|ik weet het echt niet|weet ik veel|ik zou het niet weten|ik weet het niet precies|dat weet ik niet precies|ik ben niet zeker|ik ben er niet zeker van|ik weet het niet goed|geen idee eigenlijk|dat weet ik eigenlijk niet|ik weet het eigenlijk niet)',
        // The first, hand-written samples:
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
