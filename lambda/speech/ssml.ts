/**
 * The only place that writes SSML markup. Everything else hands in plain text and seconds.
 * The SDK's ResponseBuilder adds the <speak> root, so fragments here are the inner part.
 */
import { estimateSpeechSeconds } from './durationEstimate';

/** Alexa rejects a <break> above 10 s; longer silences are chained. */
export const MAX_BREAK_MS = 10_000;

export interface Speech {
  readonly ssml: string;
  /** Spoken plus silent time, by the documented estimate in durationEstimate.ts. */
  readonly seconds: number;
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes raw text exactly once; text must never arrive here already escaped. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]);
}

export function breaks(milliseconds: number): string {
  let left = Math.round(milliseconds);
  let out = '';
  while (left > 0) {
    const chunk = Math.min(left, MAX_BREAK_MS);
    out += `<break time="${chunk}ms"/>`;
    left -= chunk;
  }
  return out;
}

export const nothing: Speech = { ssml: '', seconds: 0 };

/** One sentence (or a few, as one unit of text) in a <s> element. */
export function say(text: string): Speech {
  return { ssml: `<s>${escapeXml(text)}</s>`, seconds: estimateSpeechSeconds(text) };
}

/** A bare word inside a pause (counting aloud): no sentence around it, so no sentence gap. */
export function word(text: string): Speech {
  return { ssml: escapeXml(text), seconds: estimateSpeechSeconds(text) };
}

/** Silence rounded to the millisecond, so the estimate matches the markup exactly. */
export function silence(seconds: number): Speech {
  const ms = Math.max(0, Math.round(seconds * 1000));
  return { ssml: breaks(ms), seconds: ms / 1000 };
}

export function join(...parts: readonly Speech[]): Speech {
  return {
    ssml: parts.map((p) => p.ssml).join(''),
    seconds: parts.reduce((sum, p) => sum + p.seconds, 0),
  };
}

/** The longest <break> in a fragment, in milliseconds: Alexa refuses any above MAX_BREAK_MS. */
export function longestBreakMs(ssml: string): number {
  return Math.max(0, ...[...ssml.matchAll(/<break time="(\d+)ms"\/>/g)].map((m) => Number(m[1])));
}

/** The full document Alexa receives, used by checks and the simulator. */
export function document(speech: Speech | string): string {
  return `<speak>${typeof speech === 'string' ? speech : speech.ssml}</speak>`;
}
