import { estimateSpeechSeconds } from '../../lambda/speech/durationEstimate';
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

/** The cue to breathe on inside a hold of 4 s or more, alternating, as the transcript reads it. */
const BREATHE_ON = ['Adem rustig door.', 'Blijf rustig ademen.'];

/**
 * A hold as the transcript reads it: "[2 s]" when short, from 4 s "[1 s] Adem rustig door.
 * [3.65 s]": the cue a second in, the rest of the hold after it (the words take their estimate).
 */
export function heldFor(hold: number, repetition: number, cues: readonly string[] = BREATHE_ON): string {
  if (hold < 4) return `[${hold} s]`;
  const cue = cues[(repetition - 1) % cues.length];
  const rest = Math.round((hold - 1 - estimateSpeechSeconds(cue)) * 1000) / 1000;
  return `[1 s] ${cue} [${Number(rest.toFixed(2))} s]`;
}

/** The spoken repetitions of a startblok round, as the transcript reads them. */
export function startblokRounds(hold: number, rest: number, from: number, to: number, of: number): string {
  const rounds: string[] = [];
  for (let n = from; n <= to; n++) {
    const opening = n === of && of > 1 ? 'De laatste.' : `${NUMBER_WORDS[n - 1]}.`;
    rounds.push(`${opening} Adem uit, en span stevig aan. ${heldFor(hold, n)} Adem in, en laat los. [${rest} s]`);
  }
  return rounds.join(' ');
}

/** Quick contractions: the full cue twice, then the short one. */
export function quickRounds(count: number): string {
  const rounds: string[] = [];
  for (let n = 1; n <= count; n++) {
    const opening = n === count && count > 1 ? 'De laatste.' : `${NUMBER_WORDS[n - 1]}.`;
    rounds.push(`${opening} ${n <= 2 ? 'Adem uit, en knijp kort en stevig.' : 'Adem uit: knijp.'} [1 s] Adem in, los. [2 s]`);
  }
  return rounds.join(' ');
}

/** How the quick contractions open: the reason once, how many, and the set's point of technique (random 0: the second tip). */
export function quickIntro(count: number, tip = 'Let op je billen: die blijven los.'): string {
  return `Nu de snelle kneepjes: zo leer je op tijd aan te spannen als je hoest, niest of iets tilt. Kort en stevig, en meteen weer los, ${count} keer. ${tip} [2 s]`;
}

/** The full setup of a startblok training the first times, up to the question "klaar?" for the position. */
export function fullStartblokSetup(hold: number, repetitions: number, position: string, ready: string): string {
  return (
    `We doen je startblok: ${hold} seconden vasthouden, ${repetitions} keer. ` +
    'Buik, billen en benen blijven los, en je blijft rustig ademen. Ik tel de keren voor je. ' +
    'Je spant aan terwijl je uitademt: naar binnen en omhoog, zonder te persen. ' +
    'Tijdens het vasthouden adem je rustig door. En als je inademt, laat je los. ' +
    `${position} ${ready}`
  );
}

export const SETUP = {
  zittend: 'We oefenen zittend: ga zitten met je voeten en knieën uit elkaar, leun wat voorover en steun met je ellebogen op je knieën.',
  liggend: 'We oefenen liggend: ga op je rug liggen, en leg het ene been over het andere.',
} as const;

export const READY = {
  zittend: 'Zeg klaar als je goed zit. Ben je zover?',
  liggend: 'Zeg klaar als je goed ligt. Duurt het wat langer, open me dan straks opnieuw, dan gaan we verder. Ben je zover?',
} as const;

/** The startblok's set played through, from the offer: the quick contractions are the open question. */
export async function throughTheStartblok(c: Conversation): Promise<void> {
  await c.user('start mijn training');
  expect(afterLastPause(await c.user('klaar'))).toBe('Mooi, je startblok zit erop. Nu de snelle kneepjes?');
}

/** Something answered in passing during the training, then the training's open question. */
export const thenOnWithTraining = (said: string): Expected => ({
  A: `${said} Gaan we verder?`,
  R: 'We zijn bezig met je training. Als je uitademt span je aan, als je inademt laat je los, en ik tel de keren. Zeg ja om door te gaan, of zeg stop. Gaan we door?',
  end: false,
});
