import type { Conversation, Reply } from './conversation';

export interface Expected {
  /** Alexa's exact words, pauses written as "[4 s]". */
  readonly A: string;
  /** The exact reprompt; omit for a closing answer. */
  readonly R?: string;
  readonly end: boolean;
}

/** One transcript line: U says something, A answers exactly this. */
export async function turn(c: Conversation, U: string, expected: Expected): Promise<Reply> {
  const reply = await c.user(U);
  expect({ U, A: reply.text, R: reply.reprompt, end: reply.end }).toEqual({
    U,
    A: expected.A,
    R: expected.R,
    end: expected.end,
  });
  return reply;
}

/** What is said after the last pause of a response: its question or its closing words. */
export function afterLastPause(reply: Reply | string): string {
  return (typeof reply === 'string' ? reply : reply.text).replace(/^.*\] /, '');
}

const NUMBER_WORDS = ['Één', 'Twee', 'Drie', 'Vier', 'Vijf', 'Zes', 'Zeven', 'Acht', 'Negen', 'Tien', 'Elf', 'Twaalf'];

/** The spoken repetitions of a startblok round, as the transcript reads them. */
export function startblokRounds(hold: number, rest: number, from: number, to: number, of: number): string {
  const rounds: string[] = [];
  for (let n = from; n <= to; n++) {
    const opening = n === of && of > 1 ? 'De laatste.' : `${NUMBER_WORDS[n - 1]}.`;
    rounds.push(`${opening} Adem uit, en span aan. [${hold} s] Adem in, en laat los. [${rest} s]`);
  }
  return rounds.join(' ');
}

export function quickRounds(count: number): string {
  const rounds: string[] = [];
  for (let n = 1; n <= count; n++) {
    const opening = n === count && count > 1 ? 'De laatste.' : `${NUMBER_WORDS[n - 1]}.`;
    rounds.push(`${opening} Adem uit, knijp kort en stevig. [1 s] Adem in, los. [2 s]`);
  }
  return rounds.join(' ');
}

/** The full setup of a startblok training the first times, up to the question "klaar?" for the position. */
export function fullStartblokSetup(hold: number, repetitions: number, position: string, ready: string): string {
  return (
    `We doen je startblok: ${hold} seconden vasthouden, ${repetitions} keer. ` +
    'Buik, billen en benen blijven los, en je blijft rustig ademen. Ik tel de keren voor je. ' +
    'Je spant aan terwijl je uitademt: naar binnen en omhoog, nooit persen. ' +
    'Terwijl je inademt laat je helemaal los, en je rust steeds minstens zo lang als je vasthoudt. Hou je adem nooit in. ' +
    `${position} ${ready}`
  );
}

export const SETUP = {
  zittend: 'We oefenen zittend: ga zitten met je voeten en knieën uit elkaar, leun wat voorover en steun met je ellebogen op je knieën.',
  liggend: 'We oefenen liggend: ga op je rug liggen, en leg het ene been over het andere.',
} as const;

export const READY = {
  zittend: 'Zeg klaar als je zit. Zit je goed?',
  liggend: 'Zeg klaar als je ligt. Duurt het wat langer, open me dan straks opnieuw, dan gaan we verder. Lig je goed?',
} as const;
