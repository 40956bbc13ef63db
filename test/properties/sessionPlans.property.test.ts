import fc from 'fast-check';
import { planProgramme } from '../../lambda/domain/programme';
import { segmentPlan } from '../../lambda/speech/renderPlan';
import { translatorFor } from '../../lambda/speech/translator';
import { anyProgrammeRequest } from '../helpers/programmes';
import { fragmentLimitProblems, sessionProblems } from '../helpers/sessionChecks';

const t = translatorFor('nl-NL');

/**
 * The speech layer on its own, for any programme request at all (including sphincter part
 * selections no voice command makes): every segment keeps Alexa's limits and the segments
 * together play the plan. The conversations test does the same through the real skill.
 */
describe('every programme, rendered', () => {
  it('splits into segments that keep Alexa limits and together play the plan exactly', async () => {
    await fc.assert(
      fc.asyncProperty(anyProgrammeRequest, async (request) => {
        const plan = planProgramme(request);
        const sets = segmentPlan(plan, t);
        const problems: string[] = [];
        sets.forEach((segments, setIndex) => {
          // Segments cover the set's repetitions exactly once, in order.
          const covered = segments.flatMap((s) => Array.from({ length: s.last - s.first + 1 }, (_, i) => s.first + i));
          const expected = plan.sets[setIndex].repetitions.map((r) => r.number);
          if (JSON.stringify(covered) !== JSON.stringify(expected)) problems.push(`set ${setIndex} covers ${covered}`);
        });
        for (const segment of sets.flat()) problems.push(...(await fragmentLimitProblems(segment.speech.ssml)));
        problems.push(
          ...sessionProblems(
            plan,
            sets.flat().map((s) => s.speech.ssml),
            t,
          ),
        );
        expect({ request, problems }).toEqual({ request, problems: [] });
      }),
      { numRuns: 400 },
    );
  });

  it('notices a session that is not played as planned (the checks can fail)', () => {
    const plan = planProgramme({ programme: 'startblokTraining', holdSeconds: 4, repetitions: 3, position: 'zittend' });
    const ssmls = segmentPlan(plan, t)
      .flat()
      .map((s) => s.speech.ssml);
    // The hold's silence after its breathing cue, half a second short.
    const shortHold = ssmls.map((s) =>
      s.replace(/door\.<break time="(\d+)ms"\/>/, (_, ms) => `door.<break time="${Number(ms) - 500}ms"/>`),
    );
    const skipped = ssmls.map((s) => s.replace('<s>Twee.</s>', ''));
    const shortRest = ssmls.map((s) => s.replace(/(laat los\.<\/s>)<break time="4000ms"\/>/, '$1<break time="3000ms"/>'));
    const wrongBreath = ssmls.map((s) => s.replace('<s>Adem in, en laat los.</s>', '<s>Adem uit, en laat los.</s>'));
    expect(sessionProblems(plan, ssmls, t)).toEqual([]);
    expect(sessionProblems(plan, shortHold, t)).toContainEqual(expect.stringMatching(/3\.500 s after, planned 4 s \(hold\)/));
    expect(sessionProblems(plan, skipped, t)).toContainEqual(expect.stringMatching(/heard \d+ counts and cues, planned \d+/));
    expect(sessionProblems(plan, shortRest, t)).toContainEqual(expect.stringMatching(/rest 3 s after a hold of 4 s/));
    expect(sessionProblems(plan, wrongBreath, t).length).toBeGreaterThan(0);
  });
});
