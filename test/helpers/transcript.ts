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
