import fc from 'fast-check';
import { planPelvicTilt } from '../../lambda/domain/pelvicTilt';
import { planProgramme } from '../../lambda/domain/programme';
import type { ProgrammeRequest } from '../../lambda/domain/programme';
import { segmentPlan } from '../../lambda/speech/renderPlan';
import { estimateSpeechSeconds } from '../../lambda/speech/durationEstimate';
import { join } from '../../lambda/speech/ssml';
import { translatorFor } from '../../lambda/speech/translator';
import { exerciseScreen } from '../../lambda/screen/exerciseScreen';
import type { ScreenTimeline } from '../../lambda/screen/timeline';
import { exerciseTimeline } from '../../lambda/screen/timeline';
import type { Defined } from '../../tools/screenText';
import { playCommands } from '../../tools/screenText';
import { tokenize } from '../../tools/ssmlText';
import { aplProblems } from '../helpers/aplCheck';
import { anyProgrammeRequest, everyStartblok } from '../helpers/programmes';

const t = translatorFor('nl-NL');

/**
 * Every pause of the speech as it is heard: where it starts and how long it lasts, in ms. Bare
 * words between breaks belong to the pause they are said in (a number counted aloud, "adem
 * rustig door" inside a hold), as the screen shows one pause for them.
 */
function spokenPauses(ssml: string): { startMs: number; ms: number }[] {
  const pauses: { start: number; end: number }[] = [];
  let seconds = 0;
  let open = false;
  for (const token of tokenize(ssml)) {
    const start = seconds;
    seconds += token.kind === 'break' ? token.seconds : estimateSpeechSeconds(token.text);
    if (token.kind === 'sentence') open = false;
    else if (token.kind === 'break' && !open) {
      pauses.push({ start, end: seconds });
      open = true;
    } else if (open) pauses[pauses.length - 1].end = seconds;
  }
  return pauses.map((p) => ({ startMs: Math.round(p.start * 1000), ms: Math.round(p.end * 1000) - Math.round(p.start * 1000) }));
}

/** The screen's pauses against the speech's, to the millisecond; the speech may have one more before them (the settling pause of an introduction). */
function mismatches(timeline: ScreenTimeline, ssml: string, totalSeconds: number): string[] {
  const shown = timeline.moments.filter((m) => m.pause).map((m) => ({ startMs: m.startMs, ms: m.ms }));
  const heard = spokenPauses(ssml);
  const tail = heard.slice(heard.length - shown.length);
  const problems: string[] = [];
  if (heard.length - shown.length > 1 || heard.length < shown.length) problems.push(`heard ${heard.length} pauses, shown ${shown.length}`);
  shown.forEach((s, i) => {
    if (s.startMs !== tail[i]?.startMs || s.ms !== tail[i]?.ms)
      problems.push(`pause ${i}: shown ${JSON.stringify(s)}, heard ${JSON.stringify(tail[i])}`);
  });
  if (timeline.totalMs !== Math.round(totalSeconds * 1000))
    problems.push(`lasts ${timeline.totalMs} ms, the speech ${totalSeconds * 1000}`);
  // The document itself plays its commands for exactly as long as the speech lasts.
  const { document } = exerciseScreen(timeline, t);
  const played = playCommands(document.onMount ?? [], document.commands as Defined);
  if (played.endMs !== timeline.totalMs) problems.push(`commands last ${played.endMs} ms, timeline ${timeline.totalMs}`);
  const countdowns = played.events.filter((e) => e.id === 'seconds' && e.value !== '');
  const starts = new Set(countdowns.map((e) => e.atMs));
  for (const s of shown.filter((p) => p.ms >= 1000)) if (!starts.has(s.startMs)) problems.push(`no countdown at ${s.startMs} ms`);
  return problems;
}

function programmeMismatches(request: ProgrammeRequest): string[] {
  const plan = planProgramme(request);
  return segmentPlan(plan, t).flatMap((segments, setIndex) =>
    segments.flatMap((segment, i) => {
      const timeline = exerciseTimeline(plan, setIndex, segment, t);
      const doc = exerciseScreen(timeline, t);
      return [...mismatches(timeline, segment.speech.ssml, segment.speech.seconds), ...aplProblems(doc)].map(
        (p) => `set ${setIndex} segment ${i}: ${p}`,
      );
    }),
  );
}

describe('the screen plays the spoken timeline', () => {
  it.each(everyStartblok().map((s) => [s.holdSeconds, s.repetitions] as const))(
    'the daily training %i s x %i',
    (holdSeconds, repetitions) => {
      expect(programmeMismatches({ programme: 'startblokTraining', holdSeconds, repetitions, position: 'zittend' })).toEqual([]);
      expect(programmeMismatches({ programme: 'maintenance', holdSeconds, repetitions })).toEqual([]);
    },
  );

  it('every other programme, every value it can take', () => {
    fc.assert(
      fc.property(anyProgrammeRequest, (request) => {
        expect({ request, problems: programmeMismatches(request) }).toEqual({ request, problems: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('the pelvic tilt: a calm breath, its segments shown as one picture; the closing words follow the last breath', () => {
    const plan = planPelvicTilt();
    const [segments] = segmentPlan(plan, t);
    const speech = join(...segments.map((s) => s.speech));
    const whole = { speech, first: 1, last: segments[segments.length - 1].last };
    const timeline = exerciseTimeline(plan, 0, whole, t);
    expect(timeline.style).toBe('breath');
    expect(mismatches(timeline, speech.ssml, speech.seconds)).toEqual([]);
    expect(aplProblems(exerciseScreen(timeline, t))).toEqual([]);
  });

  it('starts after what is said before the segment', () => {
    const plan = planProgramme({ programme: 'relaxation' });
    const [segment] = segmentPlan(plan, t)[0];
    const plain = exerciseTimeline(plan, 0, segment, t);
    const late = exerciseTimeline(plan, 0, segment, t, 3.5);
    expect(late.moments[1].startMs - plain.moments[1].startMs).toBe(3500);
  });

  it('shows relaxation as a calm breath, never a squeeze', () => {
    const plan = planProgramme({ programme: 'relaxation' });
    const timeline = exerciseTimeline(plan, 0, segmentPlan(plan, t)[0][0], t);
    expect(timeline.style).toBe('breath');
    expect(timeline.moments.map((m) => m.phase)).not.toContain('contract');
    expect(timeline.moments.map((m) => m.phase)).not.toContain('hold');
  });
});
