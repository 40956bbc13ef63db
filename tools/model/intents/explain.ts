import type { IntentFamily } from '../source';
import { I_WOULD, spoken } from './common';

/**
 * Questions about the words the coach uses, and about the exercise or training under way. New
 * in issue 10: until their handlers exist the FallbackHandler answers them, which is fine.
 */
const TERM_QUESTION = '(wat is|wat zijn|wat betekent|wat bedoel je met|wat wordt bedoeld met|wat is dat) [een|de|het] {term}';

export const family: IntentFamily = {
  intents: [
    {
      name: 'ExplainIntent',
      slots: [{ name: 'term', type: 'TERM' }],
      templates: [
        // Everyday spoken Dutch (issue 20), written from the intent descriptions:
        ...spoken('wat is een {term}', 'wat bedoel je met {term}'),
        '(wat|hoe) (bedoel je|bedoelt u) (eigenlijk|nou|precies) met (de|het|een) {term}',
        '(ik snap|ik begrijp|ik weet) (eigenlijk|nog) niet (goed) wat (een|de|het) {term} (is|betekent)',
        `${I_WOULD} (weten|vragen) wat (een|de|het) {term} (is|precies is|betekent)`,
        '(en|eh|nou) wat (is|was) (dat|dan) (nou|eigenlijk) (een|de|het) {term}',
        TERM_QUESTION,
        'wat houdt [een|de|het] {term} in',
        '(leg|leg eens|leg me) [een|de|het] {term} uit',
        '(ik snap|ik begrijp|ik ken) [een|de|het] {term} niet',
        'wat (moet ik|moet ik me) (voorstellen bij|verstaan onder) [een|de|het] {term}',
        '(uitleg over|wat is de betekenis van) [een|de|het] {term}',
        '(wat bedoel je [daarmee|precies]|wat betekent dat [precies]|wat is dat [precies]|wat wil dat zeggen|hoe bedoel je)',
        '(ik snap|ik begrijp) (de vraag|dat woord|die vraag|wat je bedoelt) niet',
        '(dat woord|die term) ken ik niet',
        'wat (bedoel je|betekent) [het woord] {term}',
        '(leg|leg me) (dat woord|die term|dat begrip) [eens|even] uit',
        '(wat betekent|wat bedoel je met) (dat woord|die term|dat begrip)',
        '(kun je|wil je) [me] uitleggen wat [een] {term} (is|betekent)',
        '(ik weet niet|ik wil weten) wat [een] {term} (is|betekent)',
      ],
    },
    {
      name: 'TimeLeftIntent',
      templates: [
        // Everyday spoken Dutch (issue 20), written from the intent descriptions:
        ...spoken('hoe lang nog', 'hoeveel nog'),
        '(zijn we|ben ik) (al|nou|nu) (bijna|haast) klaar',
        '(duurt het|gaat het) nog (lang|heel lang)',
        'hoe lang (nog|duurt het nog|moet ik nog|gaat het nog duren|is het nog|duurt dit nog|duurt de training nog|duurt de oefening nog)',
        'hoeveel (nog|keer nog|nog te gaan|herhalingen nog|rondes nog|keer moet ik nog|herhalingen moet ik nog|moet ik nog|moeten we nog|tijd nog)',
        'hoeveel (keer|herhalingen|rondes) (nog|komen er nog|zijn er nog)',
        // Not "wanneer is het ...": that pulled "wanneer is het koningsdag".
        '(wanneer|hoe snel) (zijn we|ben ik|is de training|is de oefening) klaar',
        'hoe snel is het klaar',
        '(duurt het|is het) nog lang',
        '(is het|zijn we|ben ik) (bijna|al) klaar',
        'hoeveel tijd (nog|is er nog|duurt het nog)',
        'hoe lang [nog] tot het (einde|klaar is)',
        'wanneer (stopt het|houdt het op|is de oefening afgelopen|zijn we klaar)',
        'hoelang (nog|duurt het nog|moet ik nog)',
        'hoeveel (knijpjes|seconden|sets) (nog|moet ik nog)',
        'hoeveel (blijft er over|is er nog over|hebben we nog te gaan)',
        'hoe ver zijn we [al|nu]',
        '(is het|duurt het) nog (veel|lang)',
        'nog (veel|lang) te gaan',
        '(zijn we|ben ik) al (halverwege|over de helft)',
      ],
    },
    {
      name: 'InstructionsIntent',
      templates: [
        // Everyday spoken Dutch (issue 20), written from the intent descriptions:
        ...spoken('hoe moet ik dat doen', 'leg de oefening nog eens uit'),
        '(doe ik het|doe ik dit) (wel) (goed|op de goede manier|zo goed)',
        '(ik weet niet|ik snap niet) (goed) (hoe ik moet knijpen|hoe ik moet aanspannen|welke spieren ik moet aanspannen|hoe het moet)',
        'hoe (moet|moest|ging|werkt) (het|dat|de oefening|deze oefening) (ook alweer|ook weer|nou|precies)',
        'hoe (moet|moest) ik (zitten|liggen|staan|knijpen|aanspannen|ademen) [ook alweer|precies|hierbij]',
        'leg [me] [nog eens|nog een keer|opnieuw] (de oefening|het|deze oefening|dat) uit',
        'leg (de oefening|het|deze oefening|dat) [nog eens|nog een keer|opnieuw] uit',
        'leg [me] [nog eens] uit hoe (het moet|de oefening gaat|ik moet zitten)',
        '(vertel|zeg) [me] [nog eens] hoe (het moet|de oefening gaat|ik moet zitten)',
        'wat (moet|moest) ik (ook alweer|nou) doen',
        '(hoe|wat) was het ook alweer',
        'ik (weet niet meer|ben vergeten) hoe (het moet|de oefening gaat|ik moet zitten)',
        '(geef|mag ik) [me] de (uitleg|instructies) [nog eens|nog een keer] [van de oefening]',
        '(uitleg|instructies) (van|over|bij) (de|deze) oefening',
        'hoe doe ik (deze oefening|de oefening|dat) [precies|ook alweer]',
        'wat is de (goede|juiste) houding [voor deze oefening]',
        'hoe (moet|moest) ik (dat|het|deze oefening) [nou|precies] doen',
        'hoe moet ik (zitten|liggen|staan|ademen) (tijdens|bij) de oefening',
        'hoe (knijp ik|adem ik) [nou] [precies]',
        'moet ik [nou] (inademen of uitademen|uitademen of inademen) [bij het (knijpen|aanspannen)]',
        '(wanneer moet ik|moet ik) (inademen|uitademen) bij het (knijpen|aanspannen)',
        'wat moet (ik aanspannen|los blijven|ik ontspannen)',
        '[de] (volledige|hele) (uitleg|instructies)',
        'ik ben (het|de uitleg) kwijt',
        '(ik wil|mag ik) de (uitleg|instructies) [nog eens] horen',
      ],
    },
    {
      name: 'RoutineIntent',
      templates: [
        // Everyday spoken Dutch (issue 20), written from the intent descriptions:
        ...spoken('kan ik een routine maken', 'hoe start ik de training automatisch'),
        // The first, hand-written samples of the routine answer:
        '[een] routine maken',
        'kan de training vanzelf starten',
        'kan ik de training op een vaste tijd laten starten',
        'hoe start ik de training zonder je naam',
        'kan het ook zonder bekkenbodem coach te zeggen',
        'hoe werkt een routine',
        'hoe (kan|moet) ik (de training|het|mijn training) automatisch (laten starten|starten)',
        '(kan ik|hoe maak ik|ik wil|hoe kan ik) een (routine|alexa routine) (maken|instellen) [voor (de training|mijn oefeningen)]',
        '(kan ik|ik wil|hoe kan ik) (de training|mijn training) in een routine (zetten|stoppen)',
        '(start|begin) [de training] zonder bekkenbodem coach te zeggen',
        'hoe (start|begin) ik [de training] zonder (de naam|bekkenbodem coach) te zeggen',
        '(moet ik|hoef ik) (altijd|elke keer|steeds) bekkenbodem coach [te] zeggen',
        '(kan de training|kan het) (automatisch|vanzelf|elke dag) (starten|beginnen)',
        '(een|de) routine [instellen|maken]',
        'hoe (zet|stop) ik (de training|deze skill|bekkenbodem coach) in een routine',
        '(routine|alexa routine) (instellen|maken) voor (de training|mijn oefeningen)',
        '(hoe kan ik|kan ik) (sneller|makkelijker) (de training|mijn training) starten',
        '(hoe kan ik|kan ik) met een (kort|eigen) (commando|zinnetje) (beginnen|starten)',
        'kan ik (een eigen zin|een eigen commando|een snelkoppeling) (gebruiken|instellen|maken) [om te starten]',
        'kan ik (de coach|de training|de skill) (elke ochtend|automatisch|vanzelf) laten starten',
        'kan alexa (de training|het) (zelf|vanzelf|automatisch|elke dag|op een vast tijdstip) (openen|starten)',
        '(kan de skill|kan de coach) (automatisch|vanzelf) (opstarten|openen|starten)',
        'hoe zet ik (het|de training) (als|in een) routine [in de alexa app]',
        '(kan ik|hoe kan ik) (het|de skill) korter (zeggen|starten|aanroepen)',
        'kan het korter dan [vraag] bekkenbodem coach',
        '(moet ik|hoef ik) (altijd|steeds) (die hele naam|de naam) [te] zeggen',
        '(uitleg over|vertel me over|hoe werken) routines',
      ],
    },
  ],
  types: [
    {
      name: 'TERM',
      values: [
        { value: 'startblok', synonyms: ['start blok', 'startblokken'] },
        { value: 'snelle knijpjes', synonyms: ['knijpjes', 'snelle knijpen', 'snelle samentrekkingen', 'korte knijpjes', 'snel knijpen'] },
        { value: 'lift', synonyms: ['liftoefening', 'lift oefening'] },
        { value: 'kringspier', synonyms: ['sluitspier', 'kringspieren', 'sluitspieren'] },
        { value: 'lagen', synonyms: ['drie lagen', 'laag', 'bekkenbodemlagen'] },
        { value: 'kanteling', synonyms: ['kantelen', 'bekkenkanteling', 'kanteloefening', 'bekken kantelen'] },
      ],
    },
  ],
};
