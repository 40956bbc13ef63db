import type { IntentFamily } from '../source';

/**
 * When training does not go to plan (issue 19): pain, not feeling the muscle, pregnancy, after a
 * birth or an operation, a technique worry, and "not now". Each is an ordinary remark, never an
 * alarm: the alarm signals (tools/model/intents/alarm.ts) keep the sudden, severe and persistent
 * forms, and test/model/careIntents.test.ts holds the line between the two.
 */

/** Little words people start with when something is wrong: "au", "oei", "eh", "nou". */
const OOPS = '[au|oei|eh|nou]';

/** The exercise under way, as people name it. */
const EXERCISE = '(de oefening|deze oefening|het knijpen|het aanspannen)';

/** While doing it: "als ik aanspan", "bij het knijpen". */
const WHILE = '(als ik aanspan|als ik knijp|bij het aanspannen|tijdens de oefening)';

/** Sex, in the words people use for it. */
const SEX = '(het vrijen|de seks|seks|gemeenschap)';

/** A long time: chronic, not sudden (sudden and severe stays an alarm). */
const LONG = '(al lang|al maanden|al jaren|vaak|steeds weer)';

/** Where chronic pain sits. */
const PELVIS = '(in mijn bekken|in mijn onderrug|onder in mijn rug|in mijn bekkenbodem)';

/** The birth, in everyday words. */
const BIRTH = '(de bevalling|mijn bevalling|de keizersnede)';

/** How long ago, in words Alexa spells out. */
const AGO = '(een paar weken|zes weken|een maand|drie maanden|vijf maanden|een half jaar)';

/** The operation: the prostate for men, the womb, bladder or bowel. */
const SURGERY = '(mijn prostaat|de prostaat|mijn baarmoeder|mijn blaas|mijn darm|een verzakking)';

export const family: IntentFamily = {
  intents: [
    {
      name: 'PainIntent',
      templates: [
        `${OOPS} (het|dat|dit) doet (pijn|zeer) [hoor]`,
        '(het|dat) doet (echt|best|een beetje|wel) (pijn|zeer)',
        '(stop|stoppen|hou op|ho) [maar] (het|dat|dit) doet (pijn|zeer)',
        '(stop|ho|hou op) [maar] ik (heb|voel|krijg) pijn',
        `${OOPS} ik (heb|voel|krijg) pijn`,
        `ik (heb|voel|krijg) (pijn|kramp|een steek) ${WHILE}`,
        `${WHILE} (heb|voel|krijg) ik (pijn|kramp|een steek)`,
        `${WHILE} doet het (pijn|zeer)`,
        `(het|dat) doet (pijn|zeer) ${WHILE}`,
        `${EXERCISE} doet (pijn|zeer)`,
        `ik krijg pijn van ${EXERCISE}`,
        `ik krijg (kramp|buikpijn|pijn in mijn buik) van ${EXERCISE}`,
        '(moet|mag|kan) ik (doorgaan|verder gaan|blijven oefenen) als (het|dat) pijn doet',
        '(moet|mag|kan) ik (doorgaan|verder gaan|blijven oefenen) als ik pijn (heb|voel)',
        'wat (moet|kan) ik doen als (het|dat) pijn doet',
        'wat moet ik doen als ik pijn (heb|krijg|voel) [bij het aanspannen|tijdens de oefening]',
        'is het normaal dat (het|dit|de oefening|het knijpen) pijn doet',
        '(hoort|hoort het) (het|dat) pijn te doen',
        'hoort (er|daar) pijn bij',
        'mag (het|dit|de oefening) pijn doen',
        '(het|dat) (steekt|schrijnt|brandt|trekt) (een beetje|zo|best wel)',
        'ik (heb|voel) (een steek|kramp) [in mijn (buik|onderbuik)]',
        'ik heb (een beetje|wat) pijn',
        '(het|dat) voelt pijnlijk',
        'ik voel pijn (in mijn buik|in mijn onderbuik|van onderen|in mijn bekken) [als ik aanspan]',
        '(ik heb|ik krijg) pijn (in mijn buik|in mijn onderbuik) (als ik aanspan|als ik knijp)',
      ],
    },
    {
      name: 'PelvicPainIntent',
      templates: [
        `ik (heb|voel|krijg) pijn (bij|tijdens|na) ${SEX}`,
        `(bij|tijdens|na) ${SEX} (heb|voel|krijg) ik pijn`,
        `${SEX} doet (pijn|zeer)`,
        '(vrijen|seks|gemeenschap) doet (pijn|zeer) (sinds de bevalling|sinds de operatie|na de bevalling)',
        'vrijen doet (pijn|zeer)',
        '(het|dat) doet pijn (bij|tijdens|na) (het vrijen|de seks|seks)',
        `is het normaal dat ${SEX} pijn doet [na de bevalling|na een bevalling|sinds de bevalling]`,
        'is het normaal dat vrijen pijn doet [na de bevalling|na een bevalling|sinds de bevalling]',
        'ik heb pijn bij het vrijen sinds de bevalling',
        '(vrijen|seks) is pijnlijk',
        `ik heb ${LONG} pijn ${PELVIS}`,
        `${LONG} heb ik pijn ${PELVIS}`,
        'ik heb (chronische|langdurige) (pijn|bekkenpijn|rugpijn) [in mijn bekken|onder in mijn rug]',
        'ik heb (bekkenpijn|last van bekkenpijn|last van mijn bekken)',
        'mijn bekken doet (al lang|al maanden|al jaren|vaak) pijn',
        'ik heb een (gespannen|verkrampte) bekkenbodem en (pijn|pijn bij het vrijen)',
        '(helpt|werkt) (dit|trainen) ook (bij|tegen) (pijn bij het vrijen|bekkenpijn)',
      ],
    },
    {
      name: 'CantFeelIntent',
      templates: [
        `${OOPS} ik voel (niks|niets|helemaal niks|helemaal niets|er niks van)`,
        'ik voel (niks|niets) (als ik aanspan|als ik knijp|gebeuren|bewegen)',
        'ik merk (niks|niets|het niet)',
        'ik voel het niet',
        'ik (weet|snap) niet welke spier [ik moet (aanspannen|gebruiken|voelen)]',
        'ik (weet|snap) niet (welke spieren|wat) ik moet aanspannen',
        'ik weet niet (of ik de goede spier|of ik de juiste spier|of ik wel de goede spieren|of ik het goed) (aanspan|gebruik|doe)',
        '(welke spier|welke spieren) moet ik [nou|dan|precies] (aanspannen|gebruiken|voelen|knijpen)',
        'welke spier (bedoel je|is dat|is het)',
        'waar zit die spier [eigenlijk|precies]',
        'hoe vind ik (die spier|de goede spier|de juiste spier|mijn bekkenbodem|mijn bekkenbodemspieren)',
        'hoe weet ik of ik de (goede|juiste) spier te pakken heb',
        'ik kan (mijn bekkenbodem|die spier|de spier|het) niet (vinden|voelen|aanspannen)',
        'ik (vind|voel) (mijn bekkenbodem|die spier|de spier) niet',
        'ik heb geen idee (welke spier|waar die spier zit|wat ik moet aanspannen)',
        'er gebeurt (niks|niets) als ik (aanspan|knijp)',
        '(het lukt niet|het lukt me niet) om (aan te spannen|te knijpen|die spier te vinden)',
        'ik kan (niet|helemaal niet) aanspannen',
        'ik weet niet of er iets gebeurt',
        'ik kon het [helemaal] niet (vasthouden|voelen)',
        'ik (kon|kan) (niks|niets|helemaal niks) vasthouden',
        '(geen een seconde|geen seconde|nog geen seconde) [lukte het|kon ik het]',
        'het lukte [helemaal] niet',
      ],
    },
    {
      name: 'PregnancyIntent',
      templates: [
        '[eh|nou] ik ben zwanger',
        'ik ben (hoogzwanger|in verwachting)',
        'ik ben [net|pas] zwanger [geworden]',
        'ik ben (twaalf|twintig|dertig) weken zwanger',
        '(ik verwacht|we verwachten) een (baby|kindje|kind)',
        'ik ben zwanger (mag|kan) ik (dit|dit wel|dit ook|deze oefeningen) doen',
        'ik ben zwanger is dit (goed|veilig|verstandig)',
        '(mag|kan) ik (dit|deze oefeningen|bekkenbodemtraining|trainen|oefenen) (doen|ook doen) als ik zwanger ben',
        '(mag|kan) ik (trainen|oefenen|dit doen) (tijdens|in) (de|mijn) zwangerschap',
        'is (dit|bekkenbodemtraining|trainen|de training) (veilig|goed|verstandig) (tijdens|in) de zwangerschap',
        'is (dit|bekkenbodemtraining) goed (voor zwangeren|als je zwanger bent|als ik zwanger ben)',
        '(bekkenbodemtraining|trainen|oefenen) (tijdens|in) de zwangerschap',
        'ik ben zwanger en (verlies|lek) (urine|een beetje urine|plas)',
        'wat moet ik weten als ik zwanger ben',
        '(de|mijn) zwangerschap',
      ],
    },
    {
      name: 'AfterBirthIntent',
      templates: [
        `[ja] sinds ${BIRTH}`,
        '[ja] [vooral] sinds (de bevalling|mijn bevalling) (wel|vooral)',
        `[ja] na ${BIRTH}`,
        `[ja] sinds ${BIRTH} (heb ik klachten|heb ik last)`,
        `sinds ${BIRTH} (lek ik|verlies ik urine|verlies ik plas)`,
        'ik ben [net|pas|kortgeleden] bevallen',
        `ik ben ${AGO} geleden bevallen`,
        'ik heb (net|pas|kortgeleden) een (baby|kindje) gekregen',
        `ik heb ${AGO} geleden een (baby|kindje) gekregen`,
        'ik (ben|was) bevallen (met|via) een keizersnede',
        '(mag|wanneer mag) ik [weer] (trainen|oefenen) na (de bevalling|mijn bevalling)',
        `(is het te laat|is het nog zinvol) om te (trainen|beginnen) na ${BIRTH}`,
        `ik heb nog (klachten|last) van ${BIRTH}`,
        `(is het normaal dat|hoort het dat) ik (nog) (lek|urine verlies|klachten heb) na ${BIRTH}`,
        'mijn (baby|kindje) is (zes weken|drie maanden|vijf maanden) oud',
        `(hoe|wat) (moet|kan) ik (trainen|oefenen) na ${BIRTH}`,
      ],
    },
    {
      name: 'AfterSurgeryIntent',
      templates: [
        '[ja] [vooral] sinds (de|mijn) operatie [wel|vooral]',
        'sinds (de|mijn) operatie (lek ik|verlies ik urine|druppel ik na|kan ik mijn plas niet goed ophouden)',
        'sinds (de|mijn) (prostaatoperatie|verzakkingsoperatie|baarmoederverwijdering) [lek ik|verlies ik urine|druppel ik na]',
        'na (mijn|de) (prostaatoperatie|operatie|verzakkingsoperatie|baarmoederverwijdering) [lek ik|verlies ik urine|druppel ik na]',
        `ik ben [${AGO} geleden] aan ${SURGERY} geopereerd`,
        'ik ben geopereerd aan (mijn prostaat|mijn baarmoeder|mijn blaas)',
        'ik heb een (prostaatoperatie|operatie aan mijn prostaat|verzakkingsoperatie|baarmoederverwijdering) gehad',
        `ik heb ${AGO} geleden een (prostaatoperatie|operatie|verzakkingsoperatie) gehad`,
        '(mijn prostaat|mijn baarmoeder) is (verwijderd|weggehaald)',
        '(de uroloog|de gynaecoloog|de chirurg|de dokter) zei dat ik (deze|die|bekkenbodem) oefeningen moet doen',
        'ik ben [drie maanden geleden] aan mijn prostaat geopereerd en de uroloog zei dat ik die oefeningen moet doen',
        '(mag|wanneer mag) ik (trainen|oefenen) na (de|mijn) (operatie|prostaatoperatie)',
        'ik ben (net|pas|kortgeleden) geopereerd',
        'ik ben geopereerd',
      ],
    },
    {
      name: 'TechniqueQuestionIntent',
      slots: [{ name: 'issue', type: 'TECHNIQUE_ISSUE' }],
      templates: [
        `${OOPS} {issue}`,
        '{issue} (is dat erg|is dat fout|mag dat|is dat goed|is dat normaal|hoort dat)',
        '(is het erg|is het fout|mag het|is het normaal) (als|dat) {issue}',
        'wat (moet|kan) ik doen als {issue}',
        'ik (merk|voel|denk|geloof) dat {issue}',
      ],
    },
    {
      name: 'LaterIntent',
      templates: [
        '[nee] [nu] even niet [hoor|dank je|doei|dag|tot straks]',
        '[nee] (niet nu|nu niet|later|straks|een andere keer|misschien later|vandaag niet|vandaag even niet|nu liever niet) [hoor|doei|tot straks]',
        '[nee] (later|straks) (misschien|graag|weer|pas)',
        '[nee] (ik heb nu geen tijd|ik heb nu even geen tijd|ik heb geen tijd) [doei|dag|tot straks]',
        '[nee] (ik doe het straks|ik doe het later|ik doe het morgen|morgen weer|morgen verder)',
        '[nee] (nu even niet|niet nu) ik (ga koffie zetten|moet weg|ben bezig) [doei]',
        '[nee] (voor nu|voor vandaag) is het (genoeg|wel genoeg geweest)',
      ],
    },
  ],
  types: [
    {
      name: 'TECHNIQUE_ISSUE',
      values: [
        {
          value: 'adem',
          synonyms: [
            'ik hou mijn adem in',
            'ik houd mijn adem in',
            'ik mijn adem inhoud',
            'ik mijn adem vasthoud',
            'ik hou mijn adem vast',
            'ik stop met ademen',
            'ik vergeet te ademen',
            'ik adem niet',
            'mijn adem in houden',
            'mijn adem inhouden',
            'mijn adem vasthouden',
            'ik mijn adem in hou',
            'ik mijn adem inhou',
          ],
        },
        {
          value: 'billen',
          synonyms: [
            'mijn billen doen mee',
            'mijn billen knijpen mee',
            'ik knijp mijn billen mee',
            'ik span mijn billen aan',
            'ik span mijn billen mee aan',
            'mijn billen mee doen',
            'mijn billen meedoen',
            'mijn bilspieren doen mee',
            'mijn buik doet mee',
            'mijn buikspieren doen mee',
            'ik span mijn buik aan',
            'mijn benen doen mee',
            'ik knijp mijn benen samen',
            'mijn billen ook aanspannen',
            'ik mijn billen aanspan',
            'ik mijn billen mee aanspan',
          ],
        },
        {
          value: 'plassen',
          synonyms: [
            'mag ik oefenen tijdens het plassen',
            'mag ik oefenen als ik plas',
            'mag ik mijn plas onderbreken',
            'moet ik mijn plas onderbreken om te oefenen',
            'kan ik oefenen op de wc',
            'mag ik trainen tijdens het plassen',
            'oefenen tijdens het plassen',
            'mijn plas ophouden tijdens het plassen',
            'ik oefen tijdens het plassen',
            'ik mijn plas onderbreek',
            'ik oefen op de wc',
            'ik tijdens het plassen oefen',
            'ik knijp tijdens het plassen',
          ],
        },
      ],
    },
  ],
};
