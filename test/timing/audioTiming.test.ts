import type { ProgrammeRequest } from '../../lambda/domain/programme';
import { planProgramme } from '../../lambda/domain/programme';
import { segmentPlan } from '../../lambda/speech/renderPlan';
import { translatorFor } from '../../lambda/speech/translator';
import { audioRuns, audioToolsPresent, renderSamples, SAMPLE_RATE } from '../../tools/audio/speechAudio';
import { tokenize } from '../../tools/ssmlText';
import { estimateSpeechSeconds } from '../../lambda/speech/durationEstimate';
import { plannedCues } from '../helpers/planTiming';

/**
 * The training as sound: each response rendered by espeak-ng (Dutch, SSML) and measured
 * with sox. Every hold and rest the plan asks for must be a silence of that length in the
 * audio, no more than 0.05 s shorter and no more than 0.15 s longer (AUDIO_TOLERANCE).
 *
 * Why: espeak-ng renders a break itself within about 5 ms (toolchain.md section 6), but keeps
 * part of a sentence's closing pause in front of a break that follows it: measured +0.00 to
 * +0.05 s after most cues, +0.12 s after "Adem uit, en knijp kort en stevig." The silence
 * detector (below 1 % of full scale) moves each edge by a few milliseconds. The bound still
 * catches every real error: a missing, doubled or misplaced break is at least the shortest
 * planned pause (1 s), and the plan's own tolerance for a hold is 0.3 s.
 *
 * Speech itself is espeak's, not Alexa's: its duration only checks the planner's estimate
 * (durationEstimate.ts), which must err long, never short, so budgets stay safe.
 */
const AUDIO_TOLERANCE = { shorter: 0.05, longer: 0.15 } as const;
/** Pauses between sentences last up to ~0.6 s in espeak-ng; every planned pause is at least 1 s. */
const MIN_PAUSE_SECONDS = 0.8;
/** The estimate against espeak-ng's default rate (175 words a minute), per whole response. */
const ESTIMATE_RATIO = { min: 1.0, max: 1.25 } as const;

const t = translatorFor('nl-NL');
const tools = audioToolsPresent();
if (!tools.present) {
  console.warn(
    `Audio timing test SKIPPED: ${tools.missing.join(' and ')} not installed (apt-get install -y espeak-ng sox libsox-fmt-all; .ci/run does this).`,
  );
}
const describeWithAudio = tools.present ? describe : describe.skip;

const REQUESTS: ProgrammeRequest[] = [
  ...Array.from({ length: 10 }, (_, i): ProgrammeRequest => ({
    programme: 'startblokTraining',
    holdSeconds: i + 1,
    repetitions: 3,
    position: 'zittend',
  })),
  { programme: 'startblokTraining', holdSeconds: 10, repetitions: 12, position: 'liggend' },
  { programme: 'lift', holdSeconds: 1, explain: true },
  { programme: 'lift', holdSeconds: 10, explain: false },
  { programme: 'sphincter', parts: ['strength', 'endurance', 'speed'], enduranceHoldSeconds: 10 },
  { programme: 'relaxation' },
  { programme: 'layers', holdSeconds: 6 },
];

/** Each response is rendered once; both tests read it. */
const rendered = new Map<string, Int16Array>();
function samplesOf(ssml: string): Int16Array {
  if (!rendered.has(ssml)) rendered.set(ssml, renderSamples(ssml));
  return rendered.get(ssml) as Int16Array;
}

/**
 * Each pause with the sentence said before it: consecutive breaks as one pause, and a pause
 * with bare words in it (a cue to breathe on inside a hold) as one pause too. `silences` is how
 * many silences the audio has for it (the words split it), `words` what the words take by the
 * estimate: the plan's hold minus the words is what the silences must add up to.
 */
function pausesInMarkup(ssml: string): { after: string; seconds: number; silences: number; words: number }[] {
  const pauses: { after: string; seconds: number; silences: number; words: number }[] = [];
  let sentence = '';
  let state: 'speech' | 'break' | 'word' = 'speech';
  for (const token of tokenize(ssml)) {
    if (token.kind === 'sentence') {
      sentence = token.text;
      state = 'speech';
    } else if (token.kind === 'word') {
      if (state === 'break') pauses[pauses.length - 1].words += estimateSpeechSeconds(token.text);
      else sentence = token.text;
      state = state === 'break' ? 'word' : 'speech';
    } else if (state === 'break') {
      pauses[pauses.length - 1].seconds += token.seconds;
    } else if (state === 'word') {
      const last = pauses[pauses.length - 1];
      last.seconds += token.seconds;
      last.silences += 1;
      state = 'break';
    } else {
      pauses.push({ after: sentence, seconds: token.seconds, silences: 1, words: 0 });
      state = 'break';
    }
  }
  return pauses;
}

describeWithAudio('the training rendered to audio (espeak-ng + sox)', () => {
  it.each(REQUESTS.map((r) => [JSON.stringify(r), r] as const))(
    '%s: every hold and rest is a silence of the planned length',
    (_, request) => {
      const plan = planProgramme(request);
      const segments = segmentPlan(plan, t).flat();
      // What the plan asks for after each cue, in order: hold, rest or breath.
      const planned = plannedCues(plan, t).filter((line) => line.kind !== undefined);
      const measuredAfterCues: { text: string; seconds: number; words: number }[] = [];
      for (const segment of segments) {
        const pauses = pausesInMarkup(segment.speech.ssml);
        const silences = audioRuns(samplesOf(segment.speech.ssml), MIN_PAUSE_SECONDS).filter((run) => run.kind === 'silence');
        expect(silences.length).toBe(pauses.reduce((sum, pause) => sum + pause.silences, 0));
        let next = 0;
        for (const pause of pauses) {
          const seconds = silences.slice(next, next + pause.silences).reduce((sum, run) => sum + run.seconds, 0);
          next += pause.silences;
          if (planned.some((line) => line.text === pause.after)) measuredAfterCues.push({ text: pause.after, seconds, words: pause.words });
        }
      }
      expect(measuredAfterCues.map((m) => m.text)).toEqual(planned.map((line) => line.text));
      const off = planned
        .map((line, i) => ({
          cue: line.text,
          kind: line.kind,
          // The words said inside a hold are speech, not silence: the silences make up the rest.
          planned: Number((line.after - measuredAfterCues[i].words).toFixed(3)),
          measured: Number(measuredAfterCues[i].seconds.toFixed(3)),
        }))
        .filter((p) => p.measured < p.planned - AUDIO_TOLERANCE.shorter || p.measured > p.planned + AUDIO_TOLERANCE.longer);
      expect(off).toEqual([]);
    },
  );

  it('estimates every response at least as long as espeak-ng speaks it, and at most 25 % longer', () => {
    const ratios = REQUESTS.flatMap((request) =>
      segmentPlan(planProgramme(request), t)
        .flat()
        .map((segment) => ({
          request: request.programme,
          ratio: Number((segment.speech.seconds / (samplesOf(segment.speech.ssml).length / SAMPLE_RATE)).toFixed(3)),
        })),
    );
    expect(ratios.filter((r) => r.ratio < ESTIMATE_RATIO.min || r.ratio > ESTIMATE_RATIO.max)).toEqual([]);
  });
});
