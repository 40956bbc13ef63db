import type { IntentFamily } from '../source';
import { FILLER, HEDGE } from './common';

/** When a complaint began: people say it first, and it is what makes it an alarm. */
const SINCE = '(sinds gisteren|sinds vanochtend|sinds de bevalling|sinds de operatie)';

/**
 * Only a sudden start makes leaking an alarm. Leaking since a birth or an operation is common
 * and expected (after prostate surgery above all): that is AfterBirthIntent or AfterSurgeryIntent,
 * which advise guidance, not the huisarts today.
 */
const SINCE_SUDDEN = '(sinds gisteren|sinds vanochtend)';

/** Sudden: the word that turns ordinary leaking into an alarm. */
const SUDDEN = '(ineens|plotseling|opeens)';

/** Down below, in lay words: where pain, numbness or a bulge is felt. */
const BELOW = '(mijn onderbuik|mijn bekken|mijn kruis|mijn billen|mijn zitvlak|mijn anus|mijn aars|mijn vagina|mijn schaamstreek)';

/** Very bad pain, said many ways. */
const SEVERE = '(ondraaglijke|ernstige|zware)';

/**
 * Alarm signals as people tell them in a whole spoken sentence (issue 20): when it began first,
 * and a worried question after ("is dat erg?", "moet ik naar de dokter?").
 */
const ALARM_CORE =
  '(ik heb bloed in mijn plas|ik heb bloed in mijn ontlasting|er zit bloed in mijn plas|er zit bloed in mijn poep|ik kan mijn plas niet meer ophouden|ik kan mijn ontlasting niet meer ophouden|ik heb geen controle meer over mijn blaas|ik heb geen controle meer over mijn darmen|ik heb koorts en pijn in mijn buik|ik heb hoge koorts|ik voel een bult bij mijn vagina|er komt iets naar buiten van onderen|ik heb geen gevoel meer tussen mijn benen|mijn benen zijn gevoelloos|ik heb heel erge pijn in mijn onderbuik|ik heb ondraaglijke pijn van onderen)';
const WHEN = '(sinds gisteren|sinds vanochtend|sinds een paar dagen|al een paar dagen|al een week|vanochtend|gisteren|sinds kort)';
const WORRY =
  '(is dat erg|is dat normaal|moet ik me zorgen maken|wat moet ik doen|moet ik naar de dokter|moet ik naar de huisarts|wat moet ik daarmee)';

export const family: IntentFamily = {
  intents: [
    {
      name: 'AlarmSignalIntent',
      templates: [
        // Everyday spoken Dutch (issue 20), written from the intent descriptions:
        `${WHEN} ${ALARM_CORE}`,
        `${ALARM_CORE} ${WORRY}`,
        `${ALARM_CORE} ${WHEN}`,
        `${FILLER} (ik heb bloed in mijn plas|ik heb bloed in mijn ontlasting|ik heb koorts|ik heb ineens geen controle meer over mijn blaas|ik voel een bult|mijn benen zijn gevoelloos)`,
        '(ik zag|ik zie|er zat|er zit) (bloed|wat bloed|een beetje bloed) (in de wc|in de pot|in mijn onderbroek|in mijn broekje|op het papier|in mijn plas|in mijn poep)',
        'ik (heb|had) (ineens|opeens|zomaar) in mijn broek (geplast|gepoept|gedaan)',
        'ik kan (het|mijn plas|mijn ontlasting) (ineens|opeens|sinds gisteren|sinds vanochtend) (helemaal) niet meer (ophouden|tegenhouden|houden)',
        'ik (merk|voel) (het|het niet meer|niet meer) (als|wanneer) ik (moet plassen|moet poepen|naar de wc moet)',
        'ik voel (iets|een bolletje|een balletje|een bult|een bobbel) (naar buiten komen|uitpuilen|uitzakken|zitten) (van onderen|daar beneden|in mijn schede|bij mijn vagina|bij mijn anus)',
        'er (hangt|zit|komt|steekt) (iets|een bolletje|een balletje) (uit|naar buiten) (daar beneden|van onderen)',
        '(het voelt|het is) alsof er (iets|van alles) (uitzakt|naar buiten komt|naar beneden zakt) (daar beneden|van onderen)',
        'ik heb (koorts|hoge koorts|verhoging|koorts gekregen) (en|met) (pijn|buikpijn|pijn van onderen|pijn bij het plassen|pijn in mijn bekken)',
        'ik (ben|voel me) (echt|heel erg|best) ziek (en|met) (koorts|hoge koorts)',
        "ik heb (echt|vreselijk|heel erg|ontzettend|zo'n) (veel) pijn (daar beneden|van onderen|in mijn onderbuik|in mijn bekken) (dat ik niet kan zitten|dat ik niet kan lopen|dat ik niet kan slapen|die maar niet weggaat)",
        '(mijn benen|mijn been) (voelen|voelt|zijn|is) (ineens|opeens|sinds vanochtend) (slap|doof|verdoofd|gevoelloos|krachteloos)',
        'ik (plas|poep) (ineens|opeens|zomaar) in mijn broek (zonder dat ik het merk|en ik voel het niet)',
        '(daar beneden|van onderen|tussen mijn benen) voel ik (ineens|opeens|sinds gisteren) (niks|niets) meer',
        // Sudden loss of control over bladder or bowel.
        `ik (verlies|verloor) ${SUDDEN} mijn (plas|urine|ontlasting|poep)`,
        'ik verlies zomaar (mijn plas|mijn urine|mijn ontlasting|mijn poep) [zonder dat ik het merk]',
        `ik (kan|kon) ${SUDDEN} (mijn plas|mijn urine|mijn ontlasting|mijn poep) niet (meer) (ophouden|tegenhouden)`,
        `ik heb ${SUDDEN} geen controle (meer) over mijn (blaas|darmen|plas|ontlasting|stoelgang)`,
        `ik heb ${SUDDEN} mijn (blaas|darmen|ontlasting|plas) niet meer onder controle`,
        '(ineens|opeens) (kan ik|kon ik) (mijn plas|mijn ontlasting) niet meer (ophouden|houden)',
        `ik (plas|poep) ${SUDDEN} in mijn broek [zonder dat ik het merk]`,
        `ik heb ${SUDDEN} in mijn broek (geplast|gepoept) [zonder het te voelen]`,
        'ik (merk|voel) niet meer (wanneer|dat) ik (moet plassen|moet poepen)',
        '(de urine|de plas|de poep|de ontlasting) (loopt|komt) er (zomaar|ineens|vanzelf) uit',
        '(ik heb|heb ik) (totaal|helemaal|echt) geen controle (meer) over mijn (blaas|darmen|plas|ontlasting)',
        `ik kan ${SUDDEN} (mijn plas|mijn ontlasting) (helemaal|totaal) niet meer ophouden`,
        '(mijn plas|de plas|de poep|mijn ontlasting) (loopt|komt) (ineens|plotseling|zomaar) eruit',
        `${SUDDEN} (loopt|komt) (mijn plas|de poep) eruit`,
        // Severe or persistent pain in the belly, pelvis, bottom or between the legs.
        'ik heb (hevige|heel erg veel|ondraaglijke|heel veel) pijn [in mijn (buik|onderbuik|bekken|bekkenbodem|kruis|vagina|anus)]',
        'ik heb (vreselijke|hevige|ondraaglijke|heel erge|aanhoudende) buikpijn',
        'ik heb (al dagen|constant|al een week) (hevige|erge) pijn [in mijn (buik|onderbuik|bekken)]',
        'ik heb (aanhoudende|blijvende) pijn [in mijn (buik|onderbuik|bekken|bekkenbodem|kruis)]',
        `ik heb (aanhoudend|constant|al dagen) ${SEVERE} pijn in mijn onderbuik`,
        `ik heb al dagen heel erge pijn (bij|in) ${BELOW}`,
        `ik heb heel erge pijn (bij|in) ${BELOW} (die niet overgaat|die steeds erger wordt)`,
        `ik heb ${SEVERE} pijn (tussen mijn benen|onderin mijn buik|in mijn billen|rond mijn anus|in mijn zitvlak)`,
        '(mijn buik|mijn onderbuik|mijn bekken|mijn bekkenbodem|mijn kruis) doet (heel erg|ontzettend|vreselijk|zo) (veel) pijn',
        `${BELOW} (doet|doen) al een week vreselijk (pijn|zeer)`,
        '(mijn billen|mijn zitvlak|mijn anus|mijn vagina) (doet|doen) (ontzettend|vreselijk) pijn',
        'de pijn (gaat niet weg|blijft maar|wordt steeds erger|houdt niet op)',
        `de pijn in ${BELOW} (gaat maar niet weg|wordt steeds erger)`,
        'de pijn onderin mijn buik (gaat maar niet weg|wordt steeds erger)',
        'ik heb (constant|al dagen) (heel erge|hevige|zware) pijn (van onderen|in mijn onderlijf)',
        'ik heb (heel erge|erge|hevige|veel) pijn (van onderen|in mijn onderlijf)',
        // Not "het gaat niet over": said of leaking at a check-in, it is no alarm.
        'de pijn gaat niet (over|weg)',
        // Fever.
        'ik heb [ook] (koorts|verhoging|hoge koorts) [en pijn|en buikpijn|gekregen]',
        'ik heb [ruim|bijna] (achtendertig|negenendertig|veertig) graden koorts',
        '(ik denk dat ik|volgens mij heb ik) koorts [heb]',
        'ik ben (koortsig|ziek en heb koorts)',
        'ik (ben|voel me) (koortsig|ziek en koortsig) (sinds de operatie|sinds de bevalling|en voel me ziek|en heb pijn)',
        'ik heb (koorts|hoge koorts|verhoging) (sinds de operatie|sinds de bevalling|en koude rillingen)',
        'ik heb (koorts|hoge koorts|verhoging) en (pijn bij het plassen|een branderig gevoel|pijn in mijn buik|pijn van onderen|pijn in mijn bekken)',
        // Blood in urine or stool.
        '(ik heb|er zit|ik zie) bloed (in|bij) mijn (urine|plas|ontlasting|poep|stoelgang)',
        '(er is|ik zag) bloed in de (urine|plas|ontlasting|poep)',
        '(er zat|ik zag) bloed in (de toiletpot|de pot) [na het poepen|na het plassen]',
        '(ik zie|er zit) bloed (na het poepen|na het plassen|bij het poepen|bij het plassen|op mijn ontlasting)',
        '(ik plas|ik poep) bloed',
        '(mijn plas|mijn urine) is (rood|bloederig|roze)',
        '(mijn ontlasting|mijn poep) is (zwart|bloederig|rood)',
        '(er zit|ik zie) bloed (op|aan) het (wc papier|toiletpapier)',
        'ik verlies bloed uit mijn anus',
        'er komt bloed mee (bij het plassen|bij het poepen)',
        'ik bloed uit mijn (anus|aars|achterste)',
        '(mijn urine|mijn plas|mijn ontlasting|mijn poep|het wc papier) zit (vol|onder het) bloed',
        // A bulge, something coming out of the vagina or anus.
        "ik voel (een|zo'n) (bult|bobbel|uitstulping|zwelling|balletje|knobbel)",
        'ik voel (een bult|een bobbel|iets|een balletje) (bij|in) (mijn vagina|mijn schede|mijn anus)',
        'er zit (een bult|een bobbel|een zwelling|iets) (bij|in) (mijn vagina|mijn schede|mijn anus)',
        'er (komt|hangt|zakt) iets uit (mijn vagina|mijn schede|mijn anus|mijn aars)',
        'er (zit|steekt) (een bult|een bobbel) uit (mijn vagina|mijn anus)',
        'er (hangt|zakt) iets naar beneden (in|bij) (mijn vagina|mijn schede|mijn anus)',
        'ik voel (iets|een balletje) uit (mijn vagina|mijn schede|mijn anus) (komen|hangen)',
        'het voelt alsof er (van onderen|in mijn vagina) iets (uitzakt|naar buiten komt)',
        '(mijn baarmoeder|mijn blaas|mijn darm) (zakt|is verzakt|komt naar buiten)',
        'ik (voel|heb) een verzakking',
        'ik voel iets (naar buiten komen|uitpuilen|uitsteken|naar beneden zakken) [van onderen|uit mijn vagina|in mijn vagina]',
        'er (komt|puilt) iets (naar buiten|uit) (van onderen|bij mijn vagina|bij mijn anus|bij mijn aars) [als ik druk]',
        // Numbness or loss of strength in the legs or the saddle area.
        // "Slap" only when sudden: "mijn billen zijn slap" is a remark about the muscles.
        '(mijn benen|mijn billen) zijn [ineens|plotseling] (gevoelloos|doof|verdoofd)',
        '(mijn benen|mijn billen) zijn (ineens|plotseling) (slap|krachteloos)',
        '(mijn benen|mijn billen|mijn zitvlak) voelen (ineens|plotseling) (gevoelloos|doof|verdoofd) aan',
        '(mijn been|mijn kruis|mijn onderlijf|mijn zitvlak) (is|voelt) [ineens] (gevoelloos|verdoofd)',
        '(mijn zitvlak|mijn billen) en (mijn) kruis zijn (helemaal|ineens) (gevoelloos|verdoofd)',
        '(het gebied tussen mijn benen|rond mijn anus) voelt [ineens] (verdoofd|gevoelloos)',
        'ik heb [ineens] geen gevoel [meer] in mijn (benen|been|kruis|billen|onderlijf|schaamstreek|zitvlak)',
        'ik kan mijn (benen|been) [ineens] niet meer bewegen',
        'ik voel mijn (benen|been|kruis|billen) [ineens|plotseling] niet meer',
        `ik voel ${SUDDEN} (niks|niets) meer (tussen mijn benen|van onderen|in mijn kruis)`,
        'ik heb (ineens|plotseling) (geen kracht|krachtverlies|minder kracht) in mijn (benen|been)',
        'ik heb (ineens|opeens) geen kracht meer in mijn benen',
        'mijn benen (worden ineens slap|zijn ineens zwak|willen ineens niet meer|worden slap|zakken ineens door)',
        'ik heb een (doof|dood|verdoofd) gevoel in mijn (benen|been|kruis|billen|onderlijf|zitvlak)',
        'ik heb (ineens|plotseling) (tintelingen en een doof gevoel|een doof gevoel) (in mijn kruis|tussen mijn benen)',
        'ik heb (ineens|plotseling|opeens) geen gevoel meer (in mijn kruis|in mijn benen|tussen mijn benen|van onderen)',
        'mijn benen zijn (ineens|plotseling|opeens) (slap en krachteloos|slap en gevoelloos|krachteloos)',
        '(tussen mijn benen|van onderen|mijn kruis) is (alles) (ineens|opeens) (verdoofd|gevoelloos|doof)',
        '(tussen mijn benen|van onderen) (voel ik niets meer|is alles verdoofd|is het gevoelloos)',
        // When it started, said first: "sinds gisteren ...", "sinds de bevalling ...".
        `${SINCE} heb ik (hoge koorts|koorts|bloed in mijn (urine|plas|ontlasting|poep)|geen gevoel meer in mijn (benen|kruis)|heel erge pijn)`,
        `${SINCE_SUDDEN} heb ik [totaal|helemaal] geen controle meer over mijn (blaas|darmen|plas|ontlasting)`,
        `${SINCE_SUDDEN} (kan ik mijn plas niet meer ophouden|kan ik mijn ontlasting niet meer ophouden|verlies ik mijn ontlasting|verlies ik zomaar mijn poep|loopt de urine er zomaar uit)`,
        `${SINCE} zijn mijn benen gevoelloos`,
        // Issue 20's second round: every signal of the content brief once more in the words of
        // someone worried, with hedges before it ("ik denk", "volgens mij") and without the
        // "ineens" the first templates lean on; the ordinary remarks stay out (test/nlu/classifier.test.ts).
        `${HEDGE} (heb ik koorts|heb ik verhoging|zit er bloed in mijn plas|zit er bloed in mijn ontlasting|zakt er iets uit|is er iets verzakt|heb ik geen controle meer over mijn blaas)`,
        '(ik hou|ik houd) (mijn plas|mijn ontlasting|het) (ineens|opeens|sinds gisteren) (helemaal) niet meer (op|tegen)',
        '(alles|mijn plas|de ontlasting) loopt er (gewoon|ineens|zomaar) uit (en ik kan er niks aan doen|zonder dat ik het voel)',
        'ik (heb|had) (vannacht|vanochtend|vandaag|gisteren) (in bed geplast|in mijn broek gepoept|mijn ontlasting laten lopen) (zonder het te merken|en ik merkte het niet)',
        'ik (heb|heb al) (zo|zoveel|zo erg) (pijn|last) (van onderen|in mijn buik|in mijn onderbuik|in mijn bekken) (dat ik niet weet wat ik moet doen|dat ik niet kan zitten|dat ik niet kan lopen)',
        '(de pijn in mijn buik|de pijn van onderen|de pijn in mijn bekken) (wordt alleen maar erger|blijft maar|is niet te harden)',
        '(ik heb|ik krijg) (een steeds ergere|een hevige|een enorme) pijn (in mijn onderbuik|van onderen|in mijn bekken)',
        'ik heb (koorts|verhoging|hoge koorts) (gemeten|gekregen) (sinds gisteren|vanochtend|na de bevalling|na de operatie)',
        'ik (ben|voel me) (warm en rillerig|rillerig en koortsig|koortsig en beroerd) (en ik heb pijn|en mijn buik doet pijn|van onderen)',
        '(er zit|ik zie|ik vond) (bloed|wat bloed|rood bloed|donker bloed) (in de wc|in de pot|op het wc papier|in mijn ondergoed) (na het plassen|na het poepen|na de wc)',
        '(mijn plas|mijn urine) (ziet|is) (rood|roze|bruinrood) (van het bloed|van bloed) [uit]',
        '(mijn ontlasting|mijn poep) (zit vol|zit onder|heeft) (bloed|bloedsporen)',
        'ik (voel|zie|merk) (een bobbel|een bult|een zwelling|iets) (uitsteken|naar buiten komen|uitpuilen) (als ik sta|als ik hoest|als ik druk) (van onderen|bij mijn vagina|bij mijn anus)',
        'er (zit|voel ik) (iets|een bobbel|een bult) (in de opening|aan de ingang) (van mijn vagina|van mijn schede|van mijn anus)',
        '(mijn benen|mijn been|mijn voeten) (voelen|voelt) (ineens|opeens) (raar|slap|verdoofd|doof) (en ik kan slecht lopen|en tintelen)',
        'ik (voel|merk) (bijna niks|weinig|niks) (meer) (tussen mijn benen|van onderen|in mijn kruis|als ik afveeg)',
        '(ik zak|ik val) (ineens|opeens) door mijn benen',
        'ik (kan|kon) (ineens|opeens) (niet meer goed lopen|niet meer op mijn benen staan) (en ik voel mijn kruis niet)',
        // The first, hand-written samples:
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
