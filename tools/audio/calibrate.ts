import { POSITION_ROTATION } from '../../lambda/domain/positions';
import type { ProgrammeRequest } from '../../lambda/domain/programme';
import { planProgramme } from '../../lambda/domain/programme';
import { estimateSpeechSeconds, LETTERS_PER_SECOND, PAUSE_PER_MARK, SENTENCE_GAP } from '../../lambda/speech/durationEstimate';
import { segmentPlan } from '../../lambda/speech/renderPlan';
import { translatorFor } from '../../lambda/speech/translator';
import { tokenize } from '../ssmlText';
import { audioToolsPresent, renderSamples, SAMPLE_RATE, spokenSeconds } from './speechAudio';

/**
 * npm run calibrate: how the speech-duration estimate compares with espeak-ng's Dutch voice
 * at a few speaking rates, over every sentence and every response of all programmes.
 * Prints the letters per second that would make the estimate exact at each rate; the
 * estimate's own figure is chosen to err long (see durationEstimate.ts).
 */
const RATES_WPM = [150, 160, 175];
const t = translatorFor('nl-NL');

const requests: ProgrammeRequest[] = [
  ...POSITION_ROTATION.map((position): ProgrammeRequest => ({ programme: 'startblokTraining', holdSeconds: 4, repetitions: 6, position })),
  { programme: 'startblokTraining', holdSeconds: 10, repetitions: 12, position: 'zittend' },
  { programme: 'lift', holdSeconds: 4, explain: true },
  { programme: 'sphincter', parts: ['strength', 'endurance', 'speed'], enduranceHoldSeconds: 6 },
  { programme: 'relaxation' },
  { programme: 'layers', holdSeconds: 4 },
];

const segments = requests.flatMap((r) =>
  segmentPlan(planProgramme(r), t)
    .flat()
    .map((s) => s.speech),
);
const sentences = [...new Set(segments.flatMap((s) => tokenize(s.ssml).flatMap((tok) => (tok.kind === 'sentence' ? [tok.text] : []))))];

/** The estimate's letter part alone: without punctuation it counts no pauses. */
const letterSeconds = (text: string) => estimateSpeechSeconds(text.replace(/[^\p{L}\d\s]/gu, ''));

function main(): void {
  const tools = audioToolsPresent();
  if (!tools.present) throw new Error(`needs ${tools.missing.join(' and ')}: apt-get install -y espeak-ng sox libsox-fmt-all`);
  console.log(`estimate: ${LETTERS_PER_SECOND} letters/s, ${PAUSE_PER_MARK} s per , ; :, ${SENTENCE_GAP} s per sentence`);
  console.log(`${sentences.length} distinct sentences, ${segments.length} responses\n`);
  const rows = RATES_WPM.map((wpm) => {
    let spoken = 0;
    let estimated = 0;
    let lettersAlone = 0;
    for (const sentence of sentences) {
      spoken += spokenSeconds(renderSamples(`<s>${sentence}</s>`, wpm));
      // The estimate of the sentence itself, without the gap that follows it.
      estimated += estimateSpeechSeconds(sentence) - SENTENCE_GAP;
      lettersAlone += letterSeconds(sentence);
    }
    // The rate that would make the letter part exact, the estimate's pauses kept as they are.
    const pauses = estimated - lettersAlone;
    const ratios = segments.map((s) => s.seconds / (renderSamples(s.ssml, wpm).length / SAMPLE_RATE));
    return {
      'espeak-ng rate': `${wpm} wpm`,
      'sentences: espeak s': spoken.toFixed(1),
      'estimate s': estimated.toFixed(1),
      'exact at letters/s': ((LETTERS_PER_SECOND * lettersAlone) / (spoken - pauses)).toFixed(1),
      'responses: estimate / espeak': `${Math.min(...ratios).toFixed(3)} .. ${Math.max(...ratios).toFixed(3)}`,
    };
  });
  console.table(rows);
}

main();
