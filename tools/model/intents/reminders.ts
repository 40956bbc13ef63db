import type { IntentFamily } from '../source';
import { CAN_YOU } from './common';

export const family: IntentFamily = {
  intents: [
    {
      name: 'ReminderIntent',
      slots: [{ name: 'time', type: 'AMAZON.TIME' }, { name: 'timeTwo', type: 'AMAZON.TIME' }, { name: 'timeThree', type: 'AMAZON.TIME' }],
      templates: [
        '(zet|stel|maak) (een|mijn) (herinnering|herinneringen|reminder|wekker) [in] [voor mijn oefeningen]',
        '(herinner|help) me [eraan] (aan mijn oefeningen|om te oefenen|om te trainen|aan de oefeningen|dagelijks|elke dag|iedere dag|drie keer per dag)',
        '(ik wil|mag ik|ik zou graag) (een herinnering|herinneringen|een reminder|een wekker) [voor mijn oefeningen]',
        '(ik wil|ik wil graag|kan ik) (herinneringen|een herinnering) (instellen|aanzetten|krijgen)',
        `${CAN_YOU} (me|mij) (herinneren|eraan herinneren) (aan mijn oefeningen|om te oefenen|om te trainen)`,
        '(herinneringen|reminders) (aanzetten|instellen|aan)',
        '(herinner me|zet een herinnering|zet een reminder|stel een herinnering in|maak een herinnering|zet een wekker) (om|voor) {time}',
        '(herinner me|zet een herinnering|zet herinneringen|zet een reminder|stel herinneringen in) om {time} en [om] {timeTwo}',
        '(herinner me|zet herinneringen|stel herinneringen in) om {time} [om] {timeTwo} en [om] {timeThree}',
        '(herinner me|zet een herinnering) (elke dag|iedere dag|dagelijks) om {time}',
        '(elke dag|iedere dag|dagelijks) om {time}',
        'om {time} en {timeTwo}',
        '[om] (mij|me) (te herinneren|eraan te herinneren) (aan mijn oefeningen|om te oefenen)',
        '[om] (een herinnering|herinneringen) (in te stellen|te zetten)',
        // The first, hand-written samples:
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
        '(welke|wat voor) (herinneringen|reminders) (heb ik|staan er|zijn er|heb ik ingesteld|staan er aan)',
        '(wanneer|hoe laat) (herinner je me|krijg ik een herinnering|krijg ik mijn herinneringen|word ik herinnerd)',
        '(noem|geef|lees) [me] mijn (herinneringen|reminders) [voor]',
        '(staan|heb ik) er (herinneringen|reminders) (aan|ingesteld)',
        'hoe laat (zijn|staan) mijn (herinneringen|reminders)',
        '(mijn|de) (herinneringen|reminders)',
        '[om] mijn herinneringen',
        // The first, hand-written samples:
        'welke herinneringen heb ik',
        'wanneer herinner je me',
        'welke herinneringen staan er',
        'hoe laat herinner je me',
      ],
    },
    {
      name: 'StopRemindersIntent',
      templates: [
        '(stop|verwijder|wis|annuleer) (de|mijn|alle) (herinneringen|reminders|wekkers)',
        '(zet|doe) (de|mijn|alle) (herinneringen|reminders) uit',
        '(ik wil|kun je) (de|mijn|alle) (herinneringen|reminders) (uitzetten|stoppen|verwijderen)',
        '[ik wil] geen (herinneringen|reminders) meer [alsjeblieft]',
        '(stop|hou op) met (herinneren|me herinneren|herinneringen sturen)',
        '(herinneringen|reminders) uit',
        '[om] (de|mijn) herinneringen (uit te zetten|te stoppen|te verwijderen)',
        // The first, hand-written samples:
        'stop de herinneringen',
        'verwijder mijn herinneringen',
        'geen herinneringen meer',
        'zet de herinneringen uit',
        'stop met herinneren',
      ],
    },
  ],
};
