import { join } from 'node:path';
import { defaultHeldOutPath, readHeldOut, writeAnnotations } from './annotations';
import { loadModel } from './interactionModel';

/**
 * npm run nlu:annotations [-- <heldout.json>] [-- --out <folder>]: writes annotations.json and
 * annotations.csv (default folder dist/nlu) for `ask smapi update-annotations-for-nlu-annotation-sets`.
 */
const root = join(__dirname, '..', '..');
const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const outDir = outIndex >= 0 ? args[outIndex + 1] : join(root, 'dist', 'nlu');
const input = args.find((a, i) => !a.startsWith('--') && i !== outIndex + 1) ?? defaultHeldOutPath(root);
const set = readHeldOut(input);
const exported = writeAnnotations(set, loadModel(), outDir);
console.log(
  `${input}: ${exported.json.data.length} annotations (${set.outOfDomain.length} out of domain, expected ${'AMAZON.FallbackIntent'})`,
);
console.log(`wrote ${join(outDir, 'annotations.json')} and ${join(outDir, 'annotations.csv')}`);
if (exported.skipped.length > 0) {
  const counts = new Map<string, number>();
  for (const s of exported.skipped) counts.set(s, (counts.get(s) ?? 0) + 1);
  console.log(`left out (not in this interaction model): ${[...counts].map(([k, n]) => `${k} x${n}`).join(', ')}`);
}
