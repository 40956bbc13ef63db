import type { LanguageModel, ModelIntent } from './interactionModel';
import { NUMBER_PATTERN, numberValue } from './dutchNumbers';
import { TIME_PATTERN, timeValue } from './dutchTime';

/**
 * A small stand-in for Alexa's NLU, enough to drive the real skill from typed text: a
 * sample matches when the whole utterance equals it, slots filled with values of their type.
 */
/** A filled slot as Alexa sends it: the words heard, and for custom types the value they resolve to. */
export interface SlotFill {
  readonly value: string;
  readonly canonical?: string;
}

export interface Resolution {
  readonly intent: string;
  readonly slots: Readonly<Record<string, SlotFill>>;
}

export type Invocation =
  | { readonly kind: 'launch' }
  | { readonly kind: 'oneShot'; readonly utterance: string }
  | { readonly kind: 'none' };

export const FALLBACK_INTENT = 'AMAZON.FallbackIntent';

export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s{}-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

interface CompiledSample {
  readonly intent: string;
  readonly regex: RegExp;
  readonly slotNames: readonly string[];
}

function slotPattern(intent: ModelIntent, slot: string, model: LanguageModel): string {
  const type = intent.slots?.find((s) => s.name === slot)?.type;
  if (type === 'AMAZON.NUMBER') return NUMBER_PATTERN;
  if (type === 'AMAZON.TIME') return TIME_PATTERN;
  const custom = model.types?.find((t) => t.name === type);
  if (custom) {
    const words = custom.values.flatMap((v) => [v.name.value, ...(v.name.synonyms ?? [])]).map(normalize);
    return `(?:${words.map(escapeRegex).join('|')})`;
  }
  return '.+?';
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function slotValue(intent: ModelIntent, slot: string, raw: string, model: LanguageModel): SlotFill {
  const type = intent.slots?.find((s) => s.name === slot)?.type;
  if (type === 'AMAZON.NUMBER') return { value: numberValue(raw) ?? '?' };
  if (type === 'AMAZON.TIME') return { value: timeValue(raw) ?? '?' };
  const custom = model.types?.find((t) => t.name === type);
  const value = custom?.values.find((v) => [v.name.value, ...(v.name.synonyms ?? [])].map(normalize).includes(raw));
  return { value: raw, canonical: value?.name.value };
}

export class Resolver {
  private readonly samples: CompiledSample[];
  private readonly invocation: string;

  constructor(private readonly model: LanguageModel) {
    this.invocation = normalize(model.invocationName);
    this.samples = model.intents.flatMap((intent) =>
      intent.samples.map((sample) => {
        const slotNames: string[] = [];
        const source = normalize(sample)
          .split(/(\{\w+\})/)
          .map((part) => {
            const lowered = /^\{(\w+)\}$/.exec(part)?.[1];
            if (!lowered) return escapeRegex(part);
            // normalize() lowered the slot name too: take the declared spelling back.
            const slot = intent.slots?.find((s) => s.name.toLowerCase() === lowered)?.name ?? lowered;
            slotNames.push(slot);
            return `(${slotPattern(intent, slot, model)})`;
          })
          .join('');
        return { intent: intent.name, regex: new RegExp(`^${source}$`, 'u'), slotNames };
      }),
    );
  }

  /** Which intent a user's words reach; AMAZON.FallbackIntent when none fits. */
  resolve(utterance: string): Resolution {
    const text = normalize(utterance);
    for (const sample of this.samples) {
      const match = sample.regex.exec(text);
      if (!match) continue;
      const intent = this.model.intents.find((i) => i.name === sample.intent) as ModelIntent;
      const slots: Record<string, SlotFill> = {};
      sample.slotNames.forEach((name, i) => {
        slots[name] = slotValue(intent, name, match[i + 1], this.model);
      });
      return { intent: sample.intent, slots };
    }
    return { intent: FALLBACK_INTENT, slots: {} };
  }

  /** "open bekkenbodem coach", or "vraag bekkenbodem coach om …" (a one-shot request). */
  invocationOf(utterance: string): Invocation {
    const text = normalize(utterance).replace(/^alexa /, '');
    const name = escapeRegex(this.invocation);
    if (new RegExp(`^(open|start|begin|speel) ${name}$`).test(text) || text === this.invocation) return { kind: 'launch' };
    const oneShot = new RegExp(`^(?:vraag|zeg tegen|vraag aan|open|start|laat) ${name} (?:om |dat |naar |)(.+)$`).exec(text);
    return oneShot ? { kind: 'oneShot', utterance: oneShot[1] } : { kind: 'none' };
  }
}
