import { loadModel } from './interactionModel';
import { IntentClassifier, withoutFillers } from './classifier';
const utts = process.argv.slice(2);
for (const path of (process.env.BASE ? [process.env.BASE, undefined] : [undefined])) {
  const model = loadModel(path);
  const c = IntentClassifier.cached(model);
  if (!c) { console.log('not cached', path); continue; }
  console.log(path ? 'BASE' : 'NOW');
  for (const u of utts) {
    const r = c.classify(withoutFillers(u));
    const sc = c.scores(withoutFillers(u)).slice(0, 3).map((s) => `${s.intent}:${s.score.toFixed(2)}`).join(' ');
    console.log(`  ${r.intent} | top ${r.top} ${r.score.toFixed(2)} chosen ${r.chosen} ${(r.chosenScore ?? 0).toFixed(2)} | ${sc} | ${u}`);
  }
}
