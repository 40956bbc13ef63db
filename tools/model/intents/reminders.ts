import type { IntentFamily } from '../source';

export const family: IntentFamily = {
  intents: [
    {
      name: 'ReminderIntent',
      slots: [{ name: 'time', type: 'AMAZON.TIME' }, { name: 'timeTwo', type: 'AMAZON.TIME' }, { name: 'timeThree', type: 'AMAZON.TIME' }],
      templates: [
        'herinner me aan mijn oefeningen',
        'zet een herinnering',
        'herinner me drie keer per dag',
        'stel herinneringen in',
        'zet herinneringen voor mijn oefeningen',
        'herinneringen aanzetten',
        'herinner me elke dag',
        'herinner me om {time}',
        'herinner me om {time} en om {timeTwo}',
        'herinner me om {time} om {timeTwo} en om {timeThree}',
        'zet een herinnering om {time}',
        'om {time}',
        'om {time} en om {timeTwo}',
        'om {time} om {timeTwo} en om {timeThree}',
        'om mij te herinneren aan mijn oefeningen',
        'mij te herinneren aan mijn oefeningen',
      ],
    },
    {
      name: 'ListRemindersIntent',
      templates: [
        'welke herinneringen heb ik',
        'wanneer herinner je me',
        'welke herinneringen staan er',
        'hoe laat herinner je me',
      ],
    },
    {
      name: 'StopRemindersIntent',
      templates: [
        'stop de herinneringen',
        'verwijder mijn herinneringen',
        'geen herinneringen meer',
        'zet de herinneringen uit',
        'stop met herinneren',
      ],
    },
  ],
};
