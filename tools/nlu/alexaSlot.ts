import type { Slot } from 'ask-sdk-model';
import type { SlotFill } from './resolve';

/**
 * A slot as Alexa sends it: the words heard in `value`, and for custom slot types an entity
 * resolution that either matched a canonical value or did not.
 */
export function alexaSlot(name: string, fill: SlotFill | string | undefined): Slot {
  if (fill === undefined || typeof fill === 'string') return { name, value: fill, confirmationStatus: 'NONE' } as Slot;
  if (!('canonical' in fill)) return { name, value: fill.value, confirmationStatus: 'NONE' } as Slot;
  const matched = fill.canonical !== undefined;
  return {
    name,
    value: fill.value,
    confirmationStatus: 'NONE',
    resolutions: {
      resolutionsPerAuthority: [
        {
          authority: `amzn1.er-authority.echo-sdk.local.${name}`,
          status: { code: matched ? 'ER_SUCCESS_MATCH' : 'ER_SUCCESS_NO_MATCH' },
          values: matched ? [{ value: { name: fill.canonical as string, id: fill.canonical as string } }] : [],
        },
      ],
    },
  } as Slot;
}
