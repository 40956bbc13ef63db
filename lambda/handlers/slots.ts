import { isPosition } from '../domain/positions';
import type { Position } from '../domain/timeline';
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

/**
 * A count said as a number, or as nought in words AMAZON.NUMBER cannot hear ("geen enkele keer",
 * NumberAnswerIntent's `none` slot of type NO_COUNT, whose one value is "0").
 */
export function countSlot(input: HandlerInput): number | undefined {
  return numberSlot(input, 'number') ?? (saidNone(input) ? 0 : undefined);
}

/** Whether the answer was nought in words ("geen enkele keer"): a "no" where no number was asked. */
export function saidNone(input: HandlerInput): boolean {
  const slot = customSlot(input, 'none');
  return slot.kind === 'matched' && slot.value === '0';
}

/**
 * A custom slot: empty, matched to one of the model's values (by Alexa's entity resolution),
 * or heard but matching nothing, which the handler must not mistake for a choice.
 */
export type CustomSlot = { readonly kind: 'empty' } | { readonly kind: 'matched'; readonly value: string } | { readonly kind: 'unmatched' };

export function customSlot(input: HandlerInput, name: string): CustomSlot {
  const request = input.requestEnvelope.request as IntentRequest;
  const slot = request.intent?.slots?.[name];
  if (typeof slot?.value !== 'string' || slot.value.trim() === '') return { kind: 'empty' };
  const match = slot.resolutions?.resolutionsPerAuthority?.find((r) => r.status?.code === 'ER_SUCCESS_MATCH');
  const value = match?.values?.[0]?.value?.name;
  return typeof value === 'string' ? { kind: 'matched', value } : { kind: 'unmatched' };
}

/** A position the user named; `unmatched` when they said something that is no position. */
export function positionSlot(input: HandlerInput): Position | 'unmatched' | undefined {
  const slot = customSlot(input, 'position');
  if (slot.kind === 'empty') return undefined;
  return slot.kind === 'matched' && isPosition(slot.value) ? slot.value : 'unmatched';
}

/**
 * A slot value looked up in a table of the code: only the table's own entries count, so a
 * value such as "constructor" or "__proto__" is unknown, never a property of every object.
 */
export function lookUp<T>(table: ReadonlyMap<string, T> | Readonly<Record<string, T>>, name: string | undefined): T | undefined {
  if (name === undefined) return undefined;
  if (table instanceof Map) return table.get(name);
  const record = table as Readonly<Record<string, T>>;
  return Object.hasOwn(record, name) ? record[name] : undefined;
}
