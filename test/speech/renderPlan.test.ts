import { planMeasureHold, planMeasureRepetitions, planStartblokTraining } from '../../lambda/domain/planner';
import { CLOSING_RESERVE, SEGMENT_BUDGET, segmentPlan, segmentSet } from '../../lambda/speech/renderPlan';
import { translatorFor } from '../../lambda/speech/translator';
import { document } from '../../lambda/speech/ssml';
import { check } from 'ssml-check-core';
import { estimatedSeconds } from '../helpers/alexaLimits';
import { holdsAndRests, timedCues } from '../helpers/cueTiming';

const t = translatorFor('nl-NL');
const HOLD_TOLERANCE = 0.3;

describe('segmentSet', () => {
  it('renders a 2 s x 2 startblok exactly', () => {
    const [set] = planStartblokTraining({ holdSeconds: 2, repetitions: 2 }).sets;
    const [segment] = segmentSet(set, t);
    expect(segment.first).toBe(1);
    expect(segment.last).toBe(2);
    expect(segment.speech.ssml).toBe(
      '<s>We doen je startblok: 2 seconden vasthouden, 2 keer.</s>' +
        '<s>Buik, billen en benen blijven los, en je blijft rustig ademen. Ik tel de keren voor je.</s>' +
        '<break time="2000ms"/>' +
        '<s>Één.</s><s>Adem uit, en span stevig aan.</s><break time="2000ms"/>' +
        '<s>Adem in, en laat los.</s><break time="3000ms"/>' +
        '<s>De laatste.</s><s>Adem uit, en span stevig aan.</s><break time="2000ms"/>' +
        '<s>Adem in, en laat los.</s><break time="3000ms"/>',
    );
  });

  it('says a cue to breathe on a second into every hold of 4 s or more, alternating, the hold exact to the millisecond', () => {
    const [set] = planStartblokTraining({ holdSeconds: 6, repetitions: 2 }).sets;
    const [segment] = segmentSet(set, t);
    // "Adem rustig door." is 14 letters and a sentence end: 14/14 + 0.35 = 1.35 s; 6 - 1 - 1.35 = 3.65 s.
    expect(segment.speech.ssml).toContain(
      '<s>Adem uit, en span stevig aan.</s><break time="1000ms"/>Adem rustig door.<break time="3650ms"/><s>Adem in, en laat los.</s>',
    );
    expect(segment.speech.ssml).toContain('<break time="1000ms"/>Blijf rustig ademen.<break time=');
    for (const hold of holdsAndRests(segment.speech.ssml).holds) expect(Math.abs(hold - 6)).toBeLessThan(0.001);
  });

  it('opens a set with its point of technique when the plan has one', () => {
    const [set] = planStartblokTraining({ holdSeconds: 2, repetitions: 2, tip: 1 }).sets;
    expect(segmentSet(set, t)[0].speech.ssml).toContain('<s>Let op je billen: die blijven los.</s><break time="2000ms"/><s>Één.</s>');
  });

  it('says "1 seconde" and "1 keer" in the singular', () => {
    const [set] = planStartblokTraining({ holdSeconds: 1, repetitions: 1 }).sets;
    expect(segmentSet(set, t)[0].speech.ssml).toMatch(/^<s>We doen je startblok: 1 seconde vasthouden, 1 keer.<\/s>/);
  });

  it('splits 10 s x 12 at repetition boundaries, every part within the budget', () => {
    const [set] = planStartblokTraining({ holdSeconds: 10, repetitions: 12 }).sets;
    const segments = segmentSet(set, t);
    expect(segments.map((s) => [s.first, s.last])).toEqual([
      [1, 4],
      [5, 8],
      [9, 12],
    ]);
    for (const segment of segments) {
      expect(segment.speech.seconds + CLOSING_RESERVE.seconds).toBeLessThanOrEqual(SEGMENT_BUDGET.seconds);
      expect(estimatedSeconds(segment.speech.ssml)).toBeCloseTo(segment.speech.seconds, 6);
    }
  });

  it('keeps every hold within 0.3 s of the plan and every rest at least the hold, for all 120 startbloks', async () => {
    for (let hold = 1; hold <= 10; hold++) {
      for (let reps = 1; reps <= 12; reps++) {
        const sets = segmentPlan(planStartblokTraining({ holdSeconds: hold, repetitions: reps }), t);
        const startblok = holdsAndRests(sets[0].map((s) => s.speech.ssml).join(''));
        expect(startblok.holds).toHaveLength(reps);
        for (const measured of startblok.holds) expect(Math.abs(measured - hold)).toBeLessThanOrEqual(HOLD_TOLERANCE);
        for (const rest of startblok.rests) expect(rest).toBeGreaterThanOrEqual(hold);
        for (const segment of sets.flat()) {
          expect(segment.speech.ssml.length).toBeLessThan(SEGMENT_BUDGET.characters);
          expect(await check(document(segment.speech), { platform: 'amazon', locale: 'nl-NL' })).toBeUndefined();
        }
      }
    }
  });

  it('counts aloud to ten inside the measuring hold, with "adem door" after two, the words counted as hold time', () => {
    const [[segment]] = segmentPlan(planMeasureHold(), t);
    const cues = timedCues(segment.speech.ssml);
    const contract = cues.find((c) => c.kind === 'contract');
    expect(contract?.text).toBe('Adem uit, en knijp zo stevig als je kunt.');
    expect(Math.abs((contract?.after ?? 0) - 10)).toBeLessThanOrEqual(HOLD_TOLERANCE);
    expect(segment.speech.ssml).toContain('<s>Adem uit, en knijp zo stevig als je kunt.</s>één<break time=');
    expect(segment.speech.ssml).toMatch(/<break time="\d+ms"\/>twee<break time="100ms"\/>adem door<break time="\d+ms"\/>drie<break/);
    expect(segment.speech.ssml).toMatch(/tien<break time="\d+ms"\/><s>Adem in, en laat helemaal los.<\/s>$/);
  });

  it('guides twelve measuring repetitions of 10 s across several responses', () => {
    const [segments] = segmentPlan(planMeasureRepetitions(10), t);
    expect(segments.length).toBeGreaterThan(1);
    expect(segments[segments.length - 1].last).toBe(12);
  });
});
