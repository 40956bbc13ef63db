import type { IntentFamily } from '../source';

export const family: IntentFamily = {
  intents: [
    {
      name: 'AMAZON.YesIntent',
      templates: [
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
      ],
    },
    {
      name: 'AMAZON.NoIntent',
      templates: [
        'nee',
        'nee dank je',
        'liever niet',
        'niet nu',
        'nee hoor',
      ],
    },
    {
      name: 'AMAZON.NextIntent',
      templates: [
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
        'hervat',
        'hervatten',
        'ga door',
        'verder gaan',
        'ga maar door',
      ],
    },
    {
      name: 'AMAZON.PauseIntent',
      templates: [
        'pauze',
        'pauzeer',
        'wacht even',
        'even wachten',
        'even pauze',
      ],
    },
    {
      name: 'AMAZON.RepeatIntent',
      templates: [
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
        'opnieuw',
        'begin opnieuw',
        'opnieuw beginnen',
        'van voren af aan',
        'nog eens van het begin',
      ],
    },
    {
      name: 'AMAZON.HelpIntent',
      templates: [
        'help',
        'hulp',
        'wat kan ik zeggen',
        'hoe werkt het',
        'wat moet ik doen',
      ],
    },
    {
      name: 'AMAZON.StopIntent',
      templates: [
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
        'annuleer',
        'laat maar',
        'vergeet het',
        'annuleren',
      ],
    },
    {
      name: 'AMAZON.NavigateHomeIntent',
      templates: [
      ],
    },
    {
      name: 'AMAZON.FallbackIntent',
      templates: [
      ],
    },
  ],
};
