/**
 * The main journeys, as what the user says (U: lines), one script per journey. The transcript
 * test (test/replay/replays.test.ts) walks them through the real skill; npm run replays turns
 * them into `ask dialog --replay` files with the answers our handler gives beside them.
 * A journey that opens the skill answers the consent question first, as a new user does.
 */
export interface Journey {
  /** The file name in test/replay/, without .json. */
  readonly name: string;
  readonly title: string;
  /**
   * The first line is a launch or a one-shot, as a replay starts a new session, in a form Amazon
   * documents for nl-NL (documentedInvocation in tools/nlu/resolve.ts; test/replay/replays.test.ts).
   */
  readonly lines: readonly string[];
}

export const JOURNEYS: readonly Journey[] = [
  {
    name: 'first-visit',
    title: 'First visit: welcome, disclaimer, the consent question, the startblok set by voice, and its training',
    lines: ['open bekkenbodem coach', 'ja', 'mijn startblok is vier seconden zes keer', 'ja', 'ja'],
  },
  {
    name: 'training',
    title: 'A training with quick contractions, after the startblok given by voice',
    lines: ['start bekkenbodem coach', 'ja', 'mijn startblok is twee seconden drie keer', 'ja', 'ja'],
  },
  {
    name: 'self-test',
    title: 'The self-test: ten yes/no questions, the advice, and the alarm signals on request',
    lines: [
      'open bekkenbodem coach',
      'ja',
      'doe de zelftest',
      'ja',
      'nee',
      'ja',
      'nee',
      'nee',
      'weet ik niet',
      'nee',
      'nee',
      'nee',
      'nee',
      'ja',
    ],
  },
  {
    name: 'toilet-advice',
    title: 'Toilet advice, a few tips at a time',
    // A one-shot in the form Amazon documents for nl-NL: "vraag <name> naar <request>".
    lines: ['vraag bekkenbodem coach naar tips voor de wc', 'volgende', 'alles', 'nee', 'stop'],
  },
  {
    name: 'reminders',
    title: 'Reminders: the skill asks Alexa for the permission (a device then asks it by voice)',
    lines: ['open bekkenbodem coach', 'ja', 'herinner me aan mijn oefeningen'],
  },
  {
    name: 'deletion',
    title: 'Deleting everything the skill keeps, after one more question',
    lines: ['open bekkenbodem coach', 'ja', 'vergeet mij', 'ja'],
  },
];
