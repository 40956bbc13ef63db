import type { HandlerInput } from 'ask-sdk-core';
import type { IntentRequest } from 'ask-sdk-model';

/**
 * An AMAZON.NUMBER slot as a number: undefined when missing, unresolved ("?") or not a
 * number at all. Decimals and negatives come through, so the domain can explain them.
 */
export function numberSlot(input: HandlerInput, name: string): number | undefined {
  const request = input.requestEnvelope.request as IntentRequest;
  const raw = request.intent?.slots?.[name]?.value;
  if (typeof raw !== 'string') return undefined;
  const trimmed = raw.trim().replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(trimmed)) return undefined;
  return Number(trimmed);
}
