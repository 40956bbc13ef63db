import type { IntentFamily } from '../source';

export const family: IntentFamily = {
  intents: [
    {
      name: 'AMAZON.YesIntent',
      templates: [
        // Kinds of phrasing the development set showed missing (issue 20): new sentences of those kinds.
        'ja vooral als ik hoest',
        'ja als ik nies',
        'ja soms als ik lach',
        'ja meestal bij het sporten',
        'ja bij het tillen wel',
        'ja als ik spring of ren',
        'ja dat heb ik wel eens als ik moet niezen',
        'ja dat herken ik',
        'ja dat herken ik wel',
        'dat herken ik',
        'ja dat gebeurt wel eens',
        'dat gebeurt af en toe',
        // Everyday spoken Dutch (issue 20), written from the intent descriptions:
        '(is goed|ja is goed|oké|goed|prima) (doe maar|kom maar op|laten we beginnen|ga je gang|laten we gaan)',
        '(kom maar op|ja kom maar op|nou kom maar op|vooruit dan|nou goed dan|goed dan|oké dan|ja vooruit|vooruit maar|gaan we doen|ga je gang|lijkt me goed|lijkt me prima|lijkt me fijn|dat lijkt me goed|prima hoor|graag hoor|doe maar hoor|ja hoor graag)',
        'ja (soms|wel|best wel|af en toe|een beetje|dat wel|wel eens|weleens|eigenlijk wel|helaas wel|inderdaad|klopt|dat klopt|vaak|regelmatig|zeker wel|heel vaak)',
        '(soms|af en toe|best wel|regelmatig|vaak|wel eens|weleens|inderdaad|klopt|dat klopt|helaas wel|eigenlijk wel)',
        '(nou|eh|ehm|ja|oké) (ja|ja hoor|ja graag|is goed|prima|goed|doe maar)',
        'ja (ik ben er klaar voor|ik ben zover|ik lig|ik zit|ik sta|ik lig goed|ik zit goed|ik sta goed|ik ben klaar|klaar)',
        '(ik lig|ik zit|ik sta) (klaar|er klaar voor)',
        '(klaar|ik ben klaar) (hoor|voor de start|om te beginnen)',
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
        // Kinds of phrasing the development set showed missing (issue 20): new sentences of those kinds.
        'ik pas',
        'nee ik pas vandaag',
        'ik sla het over',
        'nee sla maar over',
        'nee ik hoef niet',
        'nee dat hoeft voor mij niet',
        'nee hoor dat doe ik niet',
        'nee dat heb ik eigenlijk nooit',
        'nee niet als ik hoest',
        'nee ook niet als ik nies',
        // Everyday spoken Dutch (issue 20), written from the intent descriptions:
        'nee (gelukkig|eigenlijk|echt|zeker) niet',
        '(gelukkig niet|eigenlijk niet|niet echt|echt niet|nooit|nee nooit|nog nooit|nee nog nooit|nee joh|nee hoor dat niet|nee dat niet|nee dat heb ik niet|dat heb ik niet|nee dat heb ik nooit|dat heb ik nooit|nee dat klopt niet|dat klopt niet|nee niet echt|niet zo|nee niet zo)',
        '(nou|eh|ehm|nou eh) (nee|nee hoor|nee liever niet|nee dank je|niet echt)',
        // "Nee, nu even niet", "later", "straks" are LaterIntent (tools/model/intents/care.ts): not now is not never.
        'nee dank je wel',
        '(nee bedankt|nee dankjewel|nee liever niet|nee dat hoeft niet|hoeft niet|dat hoeft niet|nee niet nodig|niet nodig|neen|zeker niet|nee ik wil niet|ik wil niet|geen zin|ik heb geen zin|nee dank u|nee hoor dank je|nee het is goed zo|nee dat is niet nodig)',
        // The first, hand-written samples:
        'nee',
        'nee dank je',
        'liever niet',
        'nee hoor',
        // "Merk je al verschil?" (the check-in of issue 19): no improvement is a plain no, never an alarm.
        '[nee] (ik merk|ik voel|ik zie) [nog] (geen|weinig) verschil',
        '[nee] het gaat [nog] niet over',
        'nee nog niet',
        '[nee] (nog niet echt|nauwelijks)',
      ],
    },
    {
      name: 'AMAZON.NextIntent',
      templates: [
        // Everyday spoken Dutch (issue 20), written from the intent descriptions:
        '(de volgende maar|volgende maar|volgende graag|door maar|door naar de volgende|en nu|en dan|volgende ronde graag|de volgende ronde)',
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
        // Everyday spoken Dutch (issue 20), written from the intent descriptions:
        '(ik ben er weer klaar voor|ik ben terug hoor|ga (maar|nu) weer verder|we kunnen weer verder|oké ga maar door|ga effe door|ga nu maar door|nou ga maar door|ja ga maar door|ga maar weer door)',
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
        // Kinds of phrasing the development set showed missing (issue 20): new sentences of those kinds.
        'wacht even er wordt aangebeld',
        'momentje de telefoon gaat',
        'wacht de bel gaat',
        'effe wachten er staat iemand voor de deur',
        'wacht even de baby huilt',
        'momentje ik moet even iets regelen',
        'een momentje ik kom zo terug',
        'wacht even ik ben zo terug',
        'ik ben zo terug',
        'even pauze ik moet de deur opendoen',
        // Everyday spoken Dutch (issue 20), written from the intent descriptions:
        '(nog niet|nog even niet|nog effe niet|ik ben nog niet klaar|ik ben nog niet zover|nog niet klaar|wacht nog even|wacht nog effe|nog een momentje|momentje nog|momentje hoor|momentje alsjeblieft|eh momentje|een momentje nog|effe wachten|wacht effe|ho wacht|ho even|ho effe|stop even|stop effe|een seconde|een minuutje|een ogenblikje|ogenblikje)',
        '(wacht|wacht even|wacht effe|momentje) (ik (lig|zit|sta) nog niet|ik moet nog even (gaan liggen|gaan zitten|gaan staan))',
        'ik (moet|ga) (even|effe) (de telefoon opnemen|naar de deur|plassen|naar het toilet|iets pakken)',
        'geef me (even|effe) (een momentje|een minuutje|de tijd|een seconde)',
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
        // Kinds of phrasing the development set showed missing (issue 20): new sentences of those kinds.
        'wat vroeg je ook alweer',
        'wat was je vraag',
        'hoe was de vraag nou',
        'wat was de vraag nou',
        'kun je de vraag nog eens stellen',
        'stel de vraag nog een keer',
        'wat zei u',
        'kunt u dat herhalen',
        'wilt u dat nog eens zeggen',
        // Everyday spoken Dutch (issue 20), written from the intent descriptions:
        '(wat zei je nou|wat zei je nu|wat zei je eigenlijk|sorry wat zei je nou|sorry ik verstond je niet|sorry ik hoorde je niet|hè|huh|wat zeg je nou|wat was dat nou|eh wat zei je|ik heb het niet goed gehoord|ik verstond het niet|ik miste wat je zei|nog een keer graag|nog een keer hoor|nog eens graag|zeg het nog eens|kun je dat nog eens herhalen|kun je dat even herhalen|kun je het nog een keer zeggen|wil je dat herhalen|wil je het nog eens zeggen)',
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
        // Kinds of phrasing the development set showed missing (issue 20): new sentences of those kinds.
        'kunt u me helpen',
        'kunt u mij even helpen',
        'wilt u me helpen',
        'help me even',
        'help me nou',
        'help me alsjeblieft',
        'ik heb even hulp nodig hoor',
        'ik weet het even niet meer hoe dit werkt',
        'hoe ging dit ook alweer',
        // Everyday spoken Dutch (issue 20), written from the intent descriptions:
        '(ik snap er niks van|hoe moet dit nou|hoe werkt dit nou|hoe werkt dit eigenlijk|ik weet niet wat ik moet doen|wat kan ik nou zeggen|wat kan ik eigenlijk zeggen|wat kan ik allemaal zeggen|help eens|help even|help effe|kun je me even helpen|kun je me effe helpen|wat moet ik nou zeggen|wat moet ik nu doen|ik snap het niet helemaal|ik begrijp het niet helemaal|welke opties heb ik|wat zijn mijn opties|ik heb even hulp nodig|wat bedoel je dat ik moet zeggen)',
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
        // Everyday spoken Dutch (issue 20), written from the intent descriptions:
        '(stop maar hoor|ik wil nu stoppen|ik wil graag stoppen|laten we stoppen|laten we maar stoppen|zo is het wel genoeg|het is wel genoeg|het is genoeg geweest|het is genoeg zo|ik ben klaar voor vandaag|ik hou ermee op|ik stop ermee|ik stop nu|ik wil ophouden|dag|doei doei|tot morgen|bedankt dat was het|dat was het wel|dat was het voor vandaag|sluit maar af|nou ik stop|ja stop maar|oké stop maar|het is mooi geweest|mooi geweest)',
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
        // Everyday spoken Dutch (issue 20), written from the intent descriptions:
        '(laat maar weer|nee laat maar|ach laat maar|laat ook maar hoor|vergeet het maar hoor|toch maar niet|nee toch maar niet|laat maar zitten hoor|ik hoef het niet meer)',
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
