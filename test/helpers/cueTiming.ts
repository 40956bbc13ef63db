import { estimateSpeechSeconds } from '../../lambda/speech/durationEstimate';
import { tokenize } from '../../tools/ssmlText';

export interface TimedCue {
  readonly kind: 'contract' | 'relax' | 'other';
  readonly text: string;
  /** Silence plus counted words from the end of this sentence to the start of the next. */
  readonly after: number;
}

/**
 * Reads cues back out of the SSML: a contract cue is a sentence with "adem uit" and
 * "span"/"knijp"; a relax cue one with "adem in". This checks the clinical rule too: a
 * squeeze is only ever asked for on the exhale, letting go on the inhale.
 */
export function timedCues(ssml: string): TimedCue[] {
  const cues: { kind: TimedCue['kind']; text: string; after: number }[] = [];
  for (const token of tokenize(ssml)) {
    if (token.kind === 'sentence') {
      const text = token.text.toLowerCase();
      const kind = /adem uit/.test(text) && /span|knijp/.test(text) ? 'contract' : /adem in/.test(text) ? 'relax' : 'other';
      cues.push({ kind, text: token.text, after: 0 });
      continue;
    }
    const last = cues[cues.length - 1];
    if (!last) continue;
    last.after += token.kind === 'break' ? token.seconds : estimateSpeechSeconds(token.text);
  }
  return cues;
}

export interface Repetitions {
  readonly holds: number[];
  readonly rests: number[];
}

/** Holds (contract cue to relax cue) and rests (relax cue to the next sentence) in order. */
export function holdsAndRests(ssml: string): Repetitions {
  const cues = timedCues(ssml);
  const holds: number[] = [];
  const rests: number[] = [];
  cues.forEach((cue, i) => {
    if (cue.kind === 'contract') {
      if (cues[i + 1]?.kind !== 'relax') throw new Error(`contract cue "${cue.text}" not followed by a relax cue`);
      holds.push(cue.after);
    }
    if (cue.kind === 'relax') rests.push(cue.after);
  });
  return { holds, rests };
}
