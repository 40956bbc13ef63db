import { check } from 'ssml-check-core';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { estimateSpeechSeconds } from '../../lambda/speech/durationEstimate';
import { tokenize } from '../../tools/ssmlText';
import { aplProblems, RESPONSE_BYTES_LIMIT } from './aplCheck';

/**
 * The whole response within Alexa's size limit. Checked on every turn of a conversation, where
 * session attributes are the skill's own; a fuzzed request can hand in any amount of them.
 */
export function responseSizeProblems(envelope: ResponseEnvelope): string[] {
  const bytes = Buffer.byteLength(JSON.stringify(envelope), 'utf8');
  return bytes > RESPONSE_BYTES_LIMIT ? [`response of ${bytes} bytes, above ${RESPONSE_BYTES_LIMIT}`] : [];
}

export const ALEXA_LIMITS = { breakSeconds: 10, ssmlCharacters: 8000, responseSeconds: 240 } as const;

/** Spoken plus silent time of an SSML document, by the skill's own documented estimate. */
export function estimatedSeconds(ssml: string): number {
  return tokenize(ssml).reduce((sum, token) => sum + (token.kind === 'break' ? token.seconds : estimateSpeechSeconds(token.text)), 0);
}

function ssmlOf(speech: unknown): string | undefined {
  const s = speech as { type?: string; ssml?: string } | undefined;
  return s?.type === 'SSML' ? s.ssml : undefined;
}

async function checkSpeech(label: string, ssml: string): Promise<string[]> {
  const problems: string[] = [];
  const errors = await check(ssml, { platform: 'amazon', locale: 'nl-NL' });
  if (errors) problems.push(`${label}: ssml-check-core: ${JSON.stringify(errors)}`);
  if (ssml.length >= ALEXA_LIMITS.ssmlCharacters) problems.push(`${label}: ${ssml.length} characters`);
  for (const token of tokenize(ssml)) {
    if (token.kind === 'break' && token.seconds > ALEXA_LIMITS.breakSeconds) {
      problems.push(`${label}: break of ${token.seconds} s`);
    }
  }
  const seconds = estimatedSeconds(ssml);
  if (seconds > ALEXA_LIMITS.responseSeconds) problems.push(`${label}: ${seconds.toFixed(1)} s long`);
  return problems;
}

/** The spoken texts of an SSML document, in order, without its pauses. */
function spokenTexts(ssml: string): string[] {
  return tokenize(ssml).flatMap((t) => (t.kind === 'break' ? [] : [(t as { text: string }).text]));
}

function lastSentence(ssml: string): string {
  return spokenTexts(ssml).at(-1) ?? '';
}

/** Every rule a response must keep on Alexa; empty when it keeps them all. */
export async function alexaLimitProblems(envelope: ResponseEnvelope): Promise<string[]> {
  const response = envelope.response;
  const problems: string[] = [];
  const speech = ssmlOf(response?.outputSpeech);
  const reprompt = ssmlOf(response?.reprompt?.outputSpeech);
  for (const directive of response?.directives ?? []) {
    if (directive.type === 'Alexa.Presentation.APL.RenderDocument') problems.push(...aplProblems(directive).map((p) => `APL: ${p}`));
  }
  if (speech !== undefined) problems.push(...(await checkSpeech('speech', speech)));
  if (reprompt !== undefined) problems.push(...(await checkSpeech('reprompt', reprompt)));
  if (response?.shouldEndSession === false) {
    if (reprompt === undefined) problems.push('open mic without a reprompt');
    if (speech === undefined || !lastSentence(speech).trim().endsWith('?')) problems.push('open mic: speech does not end with a question');
    if (reprompt !== undefined && !lastSentence(reprompt).trim().endsWith('?'))
      problems.push('open mic: reprompt does not end with a question');
    // A reprompt that only repeats the speech word for word helps nobody who did not follow it.
    if (reprompt !== undefined && reprompt === speech) problems.push('open mic: reprompt is the speech word for word');
  }
  // Certification: a response that closes the session asks nothing, or the user answers a closed mic.
  const asked = response?.shouldEndSession !== false && speech !== undefined ? /[^.!?]*\?/.exec(spokenTexts(speech).join(' ')) : null;
  if (asked) problems.push(`closed mic: speech asks a question ("${asked[0].trim()}")`);
  return problems;
}
