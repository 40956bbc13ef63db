import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LanguageModel } from './interactionModel';

/**
 * The held-out NLU set (test/nlu/heldout.json: {header, cases: [{utterance, intent, slots?}],
 * outOfDomain: [utterance]}) as an ASK NLU annotation set, in the body that SMAPI's "update
 * annotations" takes (ask smapi update-annotations-for-nlu-annotation-sets --content-type
 * application/json or text/csv). The format is the SMAPI model's own example for
 * UpdateNLUAnnotationSetAnnotationsRequest:
 *   JSON {"data":[{"inputs":{"utterance","referenceTimestamp"},"expected":[{"intent":{"name","slots":{"<slot>":{"value"}}}}]}]}
 *   CSV  header utterance,referenceTimestamp,intent,slot[<slot>]…, one annotation a row
 * (https://developer.amazon.com/docs/smapi/nlu-annotation-api-reference.html; the example is
 * quoted in https://github.com/mlctrez/lexstream/blob/757b6bd7eb797d7933d65be6dedff2906a007cbc/smapiv1/skill/nlu/annotationSets/updateNLUAnnotationSetAnnotationsRequest.go).
 * Out-of-domain utterances are expected to land on AMAZON.FallbackIntent.
 */
export interface HeldOutSet {
  readonly header: string;
  readonly cases: readonly { readonly utterance: string; readonly intent: string; readonly slots?: Readonly<Record<string, string>> }[];
  readonly outOfDomain: readonly string[];
}

export interface Annotation {
  readonly inputs: { readonly utterance: string; readonly referenceTimestamp: string };
  readonly expected: readonly [
    { readonly intent: { readonly name: string; readonly slots?: Readonly<Record<string, { readonly value: string }>> } },
  ];
}

export interface AnnotationExport {
  readonly json: { readonly data: readonly Annotation[] };
  readonly csv: string;
  /** Cases left out because the model has no such intent or slot, by intent (and slot). */
  readonly skipped: readonly string[];
}

export const FALLBACK = 'AMAZON.FallbackIntent';
/** One fixed moment: only relative dates and times would need it, and ours have none. */
export const REFERENCE_TIMESTAMP = '2026-11-23T07:00:00.000Z';

function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Builds the annotation set, keeping only cases the model can express (intent and slot names). */
export function toAnnotations(set: HeldOutSet, model: LanguageModel): AnnotationExport {
  const slotsOf = new Map(model.intents.map((i) => [i.name, new Set((i.slots ?? []).map((s) => s.name))]));
  const skipped: string[] = [];
  const rows: { utterance: string; intent: string; slots: Record<string, string> }[] = [];
  for (const c of set.cases) {
    const known = slotsOf.get(c.intent);
    const unknownSlot = Object.keys(c.slots ?? {}).find((s) => !known?.has(s));
    if (!known || unknownSlot) {
      skipped.push(unknownSlot && known ? `${c.intent}.${unknownSlot}` : c.intent);
      continue;
    }
    rows.push({ utterance: c.utterance, intent: c.intent, slots: { ...(c.slots ?? {}) } });
  }
  for (const utterance of set.outOfDomain) rows.push({ utterance, intent: FALLBACK, slots: {} });

  const data: Annotation[] = rows.map((r) => ({
    inputs: { utterance: r.utterance, referenceTimestamp: REFERENCE_TIMESTAMP },
    expected: [
      {
        intent: {
          name: r.intent,
          ...(Object.keys(r.slots).length > 0
            ? { slots: Object.fromEntries(Object.entries(r.slots).map(([name, value]) => [name, { value }])) }
            : {}),
        },
      },
    ],
  }));
  const slotColumns = [...new Set(rows.flatMap((r) => Object.keys(r.slots)))].sort();
  const header = ['utterance', 'referenceTimestamp', 'intent', ...slotColumns.map((s) => `slot[${s}]`)];
  const lines = rows.map((r) =>
    [r.utterance, REFERENCE_TIMESTAMP, r.intent, ...slotColumns.map((s) => r.slots[s] ?? '')].map(csvCell).join(','),
  );
  return { json: { data }, csv: `${[header.join(','), ...lines].join('\n')}\n`, skipped };
}

/** test/nlu/heldout.json in this project, else the small fixture; another file can be named on the command line. */
export function defaultHeldOutPath(root: string): string {
  const heldOut = join(root, 'test', 'nlu', 'heldout.json');
  return existsSync(heldOut) ? heldOut : join(root, 'test', 'nlu', 'fixture.heldout.json');
}

export function writeAnnotations(set: HeldOutSet, model: LanguageModel, outDir: string): AnnotationExport {
  const exported = toAnnotations(set, model);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'annotations.json'), `${JSON.stringify(exported.json, null, 2)}\n`);
  writeFileSync(join(outDir, 'annotations.csv'), exported.csv);
  return exported;
}

export function readHeldOut(path: string): HeldOutSet {
  return JSON.parse(readFileSync(path, 'utf8')) as HeldOutSet;
}
