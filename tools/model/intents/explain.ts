import type { IntentFamily } from '../source';

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
      ],
    },
    {
      name: 'TimeLeftIntent',
      templates: [
        'hoe lang (nog|duurt het nog|moet ik nog|gaat het nog duren|is het nog|duurt dit nog|duurt de training nog|duurt de oefening nog)',
        'hoeveel (nog|keer nog|nog te gaan|herhalingen nog|rondes nog|keer moet ik nog|herhalingen moet ik nog|moet ik nog|moeten we nog|tijd nog)',
        'hoeveel (keer|herhalingen|rondes) (nog|komen er nog|zijn er nog)',
        '(wanneer|hoe snel) (is het|zijn we|ben ik|is de training|is de oefening) klaar',
        '(duurt het|is het) nog lang',
        '(is het|zijn we|ben ik) (bijna|al) klaar',
        'hoeveel tijd (nog|is er nog|duurt het nog)',
        'hoe lang [nog] tot het (einde|klaar is)',
        'wanneer (stopt het|houdt het op|is het afgelopen|zijn we klaar)',
      ],
    },
    {
      name: 'InstructionsIntent',
      templates: [
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
      ],
    },
    {
      name: 'RoutineIntent',
      templates: [
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
