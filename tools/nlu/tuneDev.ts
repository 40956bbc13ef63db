/**
 * npx tsx tools/nlu/tuneDev.ts: the grid the second stage's threshold and margin were chosen
 * from, on test/nlu/dev.json only (never on the held-out set). Per threshold and margin: the dev
 * custom-intent cases right (intent and slots) and the dev out-of-domain sentences that would
 * not reach the fallback. The function-word and bigram weights were chosen the same way, by
 * editing TUNING in similar.ts and running this again.
 */
import { loadModel } from './interactionModel';
import { DEV_PATH, loadHeldOut } from './heldout';
import { normalize, Resolver } from './resolve';
import { similarityIndex } from './similar';
const model = loadModel();
const exact = new Resolver(model, { stageTwo: false });
const idx = similarityIndex(model, normalize);
const set = loadHeldOut(DEV_PATH);
const slotStr = (s: Record<string, { value: string; canonical?: string }>) => JSON.stringify(Object.entries(s).map(([k, v]) => [k, 'canonical' in v ? (v.canonical ?? '?') : v.value]).sort());
const rows: { ok: boolean; exactOk: boolean; s: number; r: number; custom: boolean; ood: boolean }[] = [];
for (const c of set.cases) {
  const e = exact.resolve(c.utterance);
  const exOk = e.intent === c.intent && slotStr(e.slots) === JSON.stringify(Object.entries(c.slots ?? {}).sort());
  if (e.intent !== 'AMAZON.FallbackIntent') { rows.push({ ok: exOk, exactOk: true, s: 0, r: 0, custom: !c.intent.startsWith('AMAZON'), ood: false }); continue; }
  const sc = idx.score(normalize(c.utterance));
  const ok = !!sc && sc.intent === c.intent && slotStr(sc.slots) === JSON.stringify(Object.entries(c.slots ?? {}).sort());
  rows.push({ ok, exactOk: false, s: sc?.score ?? 0, r: sc?.runnerUp ?? 0, custom: !c.intent.startsWith('AMAZON'), ood: false });
}
for (const u of set.outOfDomain) { const sc = idx.score(normalize(u)); rows.push({ ok: false, exactOk: false, s: sc?.score ?? 0, r: sc?.runnerUp ?? 0, custom: false, ood: true }); }
for (const t of [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7]) {
  const line: string[] = [];
  for (const m of [0, 0.02, 0.05, 0.1, 0.15]) {
    const acc = (x: (typeof rows)[0]) => x.exactOk || (x.s >= t && x.s - x.r >= m);
    const right = rows.filter((x) => x.custom && acc(x) && x.ok).length;
    const total = rows.filter((x) => x.custom).length;
    const ood = rows.filter((x) => x.ood && acc(x)).length;
    line.push(`m${m}: ${right}/${total} ood${ood}`);
  }
  console.log(`t${t} ${line.join(' | ')}`);
}
