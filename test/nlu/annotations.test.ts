import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Annotation } from '../../tools/nlu/annotations';
import { defaultHeldOutPath, FALLBACK, readHeldOut, REFERENCE_TIMESTAMP, toAnnotations } from '../../tools/nlu/annotations';
import { loadModel } from '../../tools/nlu/interactionModel';

/**
 * npm run nlu:annotations against the format SMAPI's "update annotations" takes, as the SMAPI
 * model's example for UpdateNLUAnnotationSetAnnotationsRequest gives it (Amazon's NLU Annotation
 * Set REST API reference, https://developer.amazon.com/docs/smapi/nlu-annotation-api-reference.html;
 * the example quoted at https://github.com/mlctrez/lexstream/blob/757b6bd7eb797d7933d65be6dedff2906a007cbc/smapiv1/skill/nlu/annotationSets/updateNLUAnnotationSetAnnotationsRequest.go):
 *   application/json: {"data":[{"expected":[{"intent":{"name":"TravelIntent","slots":{"fromCity":{"value":"seattle"}}}}],
 *                      "inputs":{"referenceTimestamp":"2018-10-25T23:50:02.135Z","utterance":"i want to travel from seattle"}}]}
 *   text/csv:         utterance,referenceTimestamp,intent,slot[fromCity]
 */
const model = loadModel();
const intents = new Map(model.intents.map((i) => [i.name, new Set((i.slots ?? []).map((s) => s.name))]));

function expectDocumentedShape(a: Annotation): void {
  expect(Object.keys(a).sort()).toEqual(['expected', 'inputs']);
  expect(Object.keys(a.inputs).sort()).toEqual(['referenceTimestamp', 'utterance']);
  expect(a.inputs.referenceTimestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  expect(a.expected).toHaveLength(1);
  const { intent } = a.expected[0];
  expect(Object.keys(intent).every((k) => k === 'name' || k === 'slots')).toBe(true);
  expect(intents.has(intent.name)).toBe(true);
  for (const [slot, value] of Object.entries(intent.slots ?? {})) {
    expect(intents.get(intent.name)?.has(slot)).toBe(true);
    expect(Object.keys(value)).toEqual(['value']);
  }
}

describe('NLU annotation export', () => {
  const fixture = readHeldOut(join(__dirname, 'fixture.heldout.json'));
  const exported = toAnnotations(fixture, model);

  it('writes each case as the documented JSON annotation, out-of-domain ones expecting the fallback', () => {
    expect(exported.json.data).toEqual([
      {
        inputs: { utterance: 'laten we de oefeningen van vandaag doen', referenceTimestamp: REFERENCE_TIMESTAMP },
        expected: [{ intent: { name: 'StartTrainingIntent' } }],
      },
      {
        inputs: { utterance: 'ik train vandaag liggend', referenceTimestamp: REFERENCE_TIMESTAMP },
        expected: [{ intent: { name: 'StartTrainingIntent', slots: { position: { value: 'liggend' } } } }],
      },
      {
        inputs: { utterance: 'zet mijn startblok op vijf seconden, acht keer', referenceTimestamp: REFERENCE_TIMESTAMP },
        expected: [{ intent: { name: 'SetStartblokIntent', slots: { seconds: { value: '5' }, repetitions: { value: '8' } } } }],
      },
      {
        inputs: { utterance: 'wat voor weer wordt het morgen', referenceTimestamp: REFERENCE_TIMESTAMP },
        expected: [{ intent: { name: FALLBACK } }],
      },
    ]);
    exported.json.data.forEach(expectDocumentedShape);
  });

  it('writes the documented CSV: utterance, referenceTimestamp, intent, then one slot[name] column per slot', () => {
    expect(exported.csv.split('\n')).toEqual([
      'utterance,referenceTimestamp,intent,slot[position],slot[repetitions],slot[seconds]',
      `laten we de oefeningen van vandaag doen,${REFERENCE_TIMESTAMP},StartTrainingIntent,,,`,
      `ik train vandaag liggend,${REFERENCE_TIMESTAMP},StartTrainingIntent,liggend,,`,
      `"zet mijn startblok op vijf seconden, acht keer",${REFERENCE_TIMESTAMP},SetStartblokIntent,,8,5`,
      `wat voor weer wordt het morgen,${REFERENCE_TIMESTAMP},AMAZON.FallbackIntent,,,`,
      '',
    ]);
  });

  it('leaves out, and names, cases whose intent this model does not have', () => {
    expect(exported.skipped).toEqual(['NoSuchIntent']);
  });

  const real = defaultHeldOutPath(join(__dirname, '..', '..'));
  (existsSync(real) && !real.endsWith('fixture.heldout.json') ? it : it.skip)(
    `exports the held-out set (${real}) in the documented shape`,
    () => {
      const set = readHeldOut(real);
      const all = toAnnotations(set, model);
      all.json.data.forEach(expectDocumentedShape);
      expect(all.json.data.length + all.skipped.length).toBe(set.cases.length + set.outOfDomain.length);
      expect(all.csv.split('\n')[0]).toMatch(/^utterance,referenceTimestamp,intent(,slot\[[A-Za-z]+\])*$/);
    },
  );
});
