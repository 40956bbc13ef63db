/**
 * Reads back the SSML the skill writes: sentences (<s>), bare words (counting inside a
 * hold) and breaks. Used by the simulator to print speech with readable pauses, and by the
 * tests to measure holds and rests.
 */
export type SsmlToken =
  | { readonly kind: 'sentence'; readonly text: string }
  | { readonly kind: 'word'; readonly text: string }
  | { readonly kind: 'break'; readonly seconds: number };

const UNESCAPE: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
const unescape = (text: string) => text.replace(/&(amp|lt|gt|quot|apos);/g, (e) => UNESCAPE[e]);

export function tokenize(ssml: string): SsmlToken[] {
  const inner = ssml.replace(/^\s*<speak>/, '').replace(/<\/speak>\s*$/, '');
  const tokens: SsmlToken[] = [];
  const pattern = /<s>([\s\S]*?)<\/s>|<break time="(\d+)(ms|s)"\/>|([^<]+)/g;
  for (const m of inner.matchAll(pattern)) {
    if (m[1] !== undefined) tokens.push({ kind: 'sentence', text: unescape(m[1]) });
    else if (m[2] !== undefined) tokens.push({ kind: 'break', seconds: Number(m[2]) / (m[3] === 'ms' ? 1000 : 1) });
    else if (m[4] !== undefined && m[4].trim() !== '') tokens.push({ kind: 'word', text: unescape(m[4].trim()) });
  }
  return tokens;
}

function formatSeconds(seconds: number): string {
  return `[${Number(seconds.toFixed(2))} s]`;
}

/** "Adem uit, en span aan. [4 s] Adem in, en laat los. [4 s]": consecutive breaks summed. */
export function readable(ssml: string): string {
  const out: string[] = [];
  let pause = 0;
  for (const token of tokenize(ssml)) {
    if (token.kind === 'break') {
      pause += token.seconds;
      continue;
    }
    if (pause > 0) out.push(formatSeconds(pause));
    pause = 0;
    out.push(token.text);
  }
  if (pause > 0) out.push(formatSeconds(pause));
  return out.join(' ');
}
