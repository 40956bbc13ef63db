import nl from '../i18n/nl.json';
import type { TextKey } from './translator';

/**
 * Texts said often (praise, greetings, closings) come in numbered variants in the resource
 * file: `variant.<group>.1` … `variant.<group>.n`. Which one is said is chosen by the caller's
 * randomness, never the same one twice in a row.
 */
export type VariantGroup = keyof typeof nl.variant;

export const VARIANT_GROUPS = Object.keys(nl.variant) as VariantGroup[];

export function variantCount(group: VariantGroup): number {
  return Object.keys(nl.variant[group]).length;
}

/** An index in 0..count-1 from a random number in [0, 1), skipping `last` when there is a choice. */
export function pickVariant(count: number, random: number, last?: number): number {
  if (count <= 1) return 0;
  const avoid = last !== undefined && Number.isInteger(last) && last >= 0 && last < count;
  const choices = avoid ? count - 1 : count;
  const index = Math.min(choices - 1, Math.max(0, Math.floor(random * choices)));
  return avoid && index >= last ? index + 1 : index;
}

export function variantKey(group: VariantGroup, index: number): TextKey {
  return `variant.${group}.${index + 1}` as TextKey;
}
