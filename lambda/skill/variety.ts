import type { Speech } from '../speech/ssml';
import { say } from '../speech/ssml';
import type { VariantGroup } from '../speech/variants';
import { pickVariant, variantCount, variantKey } from '../speech/variants';
import type { Turn } from './turn';

/** One variant of a text, chosen by the injected randomness; the session remembers it, so the next one differs. */
export function vary(turn: Turn, group: VariantGroup): Speech {
  const index = pickVariant(variantCount(group), turn.deps.random(), turn.state.variants?.[group]);
  turn.state.variants = { ...turn.state.variants, [group]: index };
  return say(turn.t(variantKey(group, index)));
}
