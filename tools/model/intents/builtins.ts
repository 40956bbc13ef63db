import type { IntentFamily } from '../source';

export const family: IntentFamily = {
  intents: [
    {
      name: 'AMAZON.YesIntent',
      templates: [
        '(ja hoor|ja zeker|ja prima|ja dat wil ik|jazeker|goed|ja is goed|okay|ja doe maar|ja laten we|laten we dat doen|dat is goed|zeker weten|natuurlijk|ik ben klaar|ja ik ben klaar|dat wil ik|top|prima hoor|akkoord|ja alsjeblieft|ja lekker|goed idee|dat klinkt goed|ja oké|ja goed|ja graag hoor|oké doe maar|ja dat is goed|ja hoor doe maar|ja ik wil)',
        // The first, hand-written samples:
        'ja',
        'ja graag',
        'jawel',
        'oké',
        'is goed',
        'prima',
        'zeker',
        'doe maar',
        'ik ben er klaar voor',
        'graag',
        'klaar',
        // Getting into position before a training: "zeg klaar als je ligt".
        'ik (zit|lig|sta) goed',
        'ik ben zover',
        'ik sta klaar',
      ],
    },
    {
      name: 'AMAZON.NoIntent',
      templates: [
        // "Niet nu", "later", "straks" are LaterIntent (tools/model/intents/care.ts): not now is not never.
        '(nee bedankt|nee dankjewel|nee liever niet|nee dat hoeft niet|hoeft niet|dat hoeft niet|nee niet nodig|niet nodig|neen|zeker niet|nee ik wil niet|ik wil niet|geen zin|ik heb geen zin|nee dank u|nee hoor dank je|nee het is goed zo|nee dat is niet nodig)',
        // The first, hand-written samples:
        'nee',
        'nee dank je',
        'liever niet',
        'nee hoor',
        // "Merk je al verschil?" (the check-in of issue 19): no improvement is a plain no, never an alarm.
        '[nee] (ik merk|ik voel|ik zie) [nog] (geen|weinig) verschil',
        '[nee] het gaat [nog] niet over',
        '[nee] (nog niet|nog niet echt|niet echt|nauwelijks)',
      ],
    },
    {
      name: 'AMAZON.NextIntent',
      templates: [
        '(de volgende|volgende alsjeblieft|nog eentje|nog meer tips|volgende vraag|ga naar de volgende|door naar de volgende|en verder|verder maar|nog een)',
        // The first, hand-written samples:
        'volgende',
        'volgende ronde',
        'verder',
        'ga verder',
        'doorgaan',
        'nog een tip',
        'volgende tip',
        'meer tips',
      ],
    },
    {
      name: 'AMAZON.ResumeIntent',
      templates: [
        '(ik ben er weer|ik ben terug|we kunnen weer|doorgaan met de training|verder met de training|ga weer door|we gaan weer verder|ga verder met de training|ga maar verder met de training|hervat de training|ga door met de oefening)',
        // The first, hand-written samples:
        'hervat',
        'hervatten',
        'ga door',
        'verder gaan',
        'ga maar door',
        '(ga|gaan we) (maar|dan|nu) verder [waar we (waren|gebleven waren)]',
        '(ga|we gaan) (verder|door) waar we (waren|gebleven waren)',
        'kom op (ga door|we gaan door|ga maar door)',
      ],
    },
    {
      name: 'AMAZON.PauseIntent',
      templates: [
        '(wacht|wacht eens|momentje|een momentje|moment|even stoppen|even pauzeren|pauzeer de training|ik moet even weg|wacht even alsjeblieft|hou even op|houd even op|even een pauze|pauze alsjeblieft|sta even stil|zet even op pauze)',
        // The first, hand-written samples:
        'pauze',
        'pauzeer',
        'wacht even',
        'even wachten',
        'even pauze',
        '[wacht] ik moet even (iets anders doen|weg|de deur opendoen|naar de wc) [wacht]',
        '(geef me|ik heb) even (een minuutje|een momentje|een minuut) [nodig]',
      ],
    },
    {
      name: 'AMAZON.RepeatIntent',
      templates: [
        '(wat zeg je|wat zegt u|sorry wat zei je|kun je dat herhalen|kun je dat nog eens zeggen|zeg dat nog eens|nog eens|pardon|wablief|ik verstond je niet|ik heb het niet verstaan|ik hoorde je niet|wat was dat|herhaal het|herhaal dat alsjeblieft|nog een keer alsjeblieft|zeg het nog een keer|kun je het herhalen|wat zei je daar|kun je dat nog een keer zeggen|ik heb je niet verstaan)',
        // The first, hand-written samples:
        'herhaal',
        'herhaal dat',
        'nog een keer',
        'wat zei je',
        'zeg het nog eens',
        'herhaal de vraag',
        'wat was de vraag',
      ],
    },
    {
      name: 'AMAZON.StartOverIntent',
      templates: [
        '(helemaal opnieuw|vanaf het begin|terug naar het begin|begin maar opnieuw|laten we opnieuw beginnen|overnieuw|begin overnieuw|alles opnieuw|van het begin af aan|opnieuw starten|start opnieuw|begin weer van voren af aan)',
        // The first, hand-written samples:
        'opnieuw',
        'begin opnieuw',
        'opnieuw beginnen',
        'van voren af aan',
        'nog eens van het begin',
        '(begin|start) [maar] weer (vooraan|vanaf het begin|van voren af aan|opnieuw)',
        '(begin|start) maar (vooraan|vanaf het begin|van voren af aan|opnieuw)',
      ],
    },
    {
      name: 'AMAZON.HelpIntent',
      templates: [
        '(ik snap het niet|ik begrijp het niet|ik snap er niks van|ik weet niet wat ik moet doen|hoe werkt dit|hoe werkt deze skill|wat kun je|wat kan je|wat kun je allemaal|wat kan ik vragen|help me|ik heb hulp nodig|kun je me helpen|wat kan ik hier doen|hoe gebruik ik dit|ik ben de weg kwijt|wat nu|help alsjeblieft|hoe werkt bekkenbodem coach|ik snap er niets van|wat kun je allemaal doen)',
        // The first, hand-written samples:
        'help',
        'hulp',
        'wat kan ik zeggen',
        'hoe werkt het',
        'wat moet ik doen',
        'wat (moet|kan) ik (nu|hier) zeggen',
        'ik kom er niet uit',
        'ik weet niet (wat ik moet zeggen|hoe het werkt)',
      ],
    },
    {
      name: 'AMAZON.StopIntent',
      templates: [
        '(houd op|ophouden|stop maar|stop ermee|ik wil niet meer|ik heb genoeg|genoeg|genoeg voor vandaag|het is genoeg|ik kap ermee|afsluiten|sluit af|stop de training|stop de oefening|hou maar op|stop alsjeblieft|tot ziens|doei|ik ben ermee klaar|dat was het|klaar voor vandaag|einde|stoppen maar)',
        // The first, hand-written samples:
        'stop',
        'stoppen',
        'hou op',
        'ik stop',
        'ik wil stoppen',
      ],
    },
    {
      name: 'AMAZON.CancelIntent',
      templates: [
        '(laat maar zitten|laat het maar|vergeet het maar|laat maar hoor|hoeft niet meer|toch niet|nee toch niet|ik wil toch niet|laat ook maar|annuleer dat|annuleer maar)',
        // The first, hand-written samples:
        'annuleer',
        'laat maar',
        'vergeet het',
        'annuleren',
        '(afbreken|breek af|breek maar af|breek het af|afbreken maar)',
      ],
    },
    {
      name: 'AMAZON.NavigateHomeIntent',
      templates: [],
    },
  ],
};
