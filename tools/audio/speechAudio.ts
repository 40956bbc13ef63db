import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Renders the skill's SSML to audio with espeak-ng (Dutch voice, SSML mode) and measures it
 * with sox: where the speech is and where the silences are. espeak-ng is not Alexa's voice,
 * so its speech durations only calibrate the estimate; its silences render the breaks
 * within about 5 ms (measured from 0.5 to 12 s when the toolchain was chosen), which makes
 * the pause structure a faithful check.
 */
export const SAMPLE_RATE = 16_000;
/** Quieter than 1 % of full scale counts as silence. */
const SILENCE_LEVEL = 328;

export interface AudioRun {
  readonly kind: 'speech' | 'silence';
  readonly start: number;
  readonly seconds: number;
}

export function audioToolsPresent(): { present: boolean; missing: string[] } {
  const missing = ['espeak-ng', 'sox'].filter((tool) => spawnSync(tool, ['--version'], { stdio: 'ignore' }).status !== 0);
  return { present: missing.length === 0, missing };
}

/** espeak-ng renders the SSML; sox turns it into raw 16 kHz mono samples. */
export function renderSamples(ssml: string, wordsPerMinute?: number): Int16Array {
  const folder = mkdtempSync(join(tmpdir(), 'bekkenbodem-audio-'));
  try {
    const source = join(folder, 'speech.ssml');
    const wav = join(folder, 'speech.wav');
    const raw = join(folder, 'speech.raw');
    writeFileSync(source, ssml.startsWith('<speak>') ? ssml : `<speak>${ssml}</speak>`);
    const rate = wordsPerMinute === undefined ? [] : ['-s', String(wordsPerMinute)];
    execFileSync('espeak-ng', ['-v', 'nl', '-m', ...rate, '-f', source, '-w', wav], { stdio: 'ignore' });
    execFileSync('sox', [wav, '-r', String(SAMPLE_RATE), '-c', '1', '-b', '16', '-e', 'signed-integer', '-t', 'raw', raw], {
      stdio: 'ignore',
    });
    const bytes = readFileSync(raw);
    return new Int16Array(bytes.buffer, bytes.byteOffset, Math.floor(bytes.length / 2));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * The audio as alternating runs of speech and silence. Silences shorter than `minSilence`
 * (the gaps inside and between words and sentences) count as speech.
 */
export function audioRuns(samples: Int16Array, minSilence: number): AudioRun[] {
  const runs: AudioRun[] = [];
  const push = (kind: AudioRun['kind'], from: number, to: number) => {
    if (to <= from) return;
    const last = runs[runs.length - 1];
    if (last?.kind === kind) runs[runs.length - 1] = { kind, start: last.start, seconds: last.seconds + (to - from) / SAMPLE_RATE };
    else runs.push({ kind, start: from / SAMPLE_RATE, seconds: (to - from) / SAMPLE_RATE });
  };
  let quietFrom = -1;
  let speechFrom = 0;
  for (let i = 0; i <= samples.length; i++) {
    const quiet = i < samples.length && Math.abs(samples[i]) < SILENCE_LEVEL;
    if (quiet && quietFrom < 0) quietFrom = i;
    if (!quiet && quietFrom >= 0) {
      if ((i - quietFrom) / SAMPLE_RATE >= minSilence) {
        push('speech', speechFrom, quietFrom);
        push('silence', quietFrom, i);
        speechFrom = i;
      }
      quietFrom = -1;
    }
  }
  push('speech', speechFrom, samples.length);
  return runs;
}

/** Seconds from the first to the last audible sample: the speaking time of one sentence. */
export function spokenSeconds(samples: Int16Array): number {
  let first = -1;
  let last = -1;
  for (let i = 0; i < samples.length; i++) {
    if (Math.abs(samples[i]) >= SILENCE_LEVEL) {
      if (first < 0) first = i;
      last = i;
    }
  }
  return first < 0 ? 0 : (last - first + 1) / SAMPLE_RATE;
}
