import type { LanguageModel, ModelIntent } from './interactionModel';
import { NUMBER_PATTERN, numberValue, spellSmallNumbers } from './dutchNumbers';
import { TIME_PATTERN, timeValue } from './dutchTime';
import { IntentClassifier } from './classifier';
import { SlotFiller } from './slotFill';

/**
 * A small stand-in for Alexa's NLU, enough to drive the real skill from typed text. Two stages:
 * first a sample matches when the whole utterance equals it, slots filled with values of their
 * type; when none does, a standard statistical classifier trained on the model's own samples
 * (./classifier.ts, nlp.js) chooses the intent, or AMAZON.FallbackIntent when it is unsure, and
 * the slots are the values of that intent's slot types found in the words (./slotFill.ts).
 * `{ classifier: false }` keeps the exact stage alone: the lower bound.
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

/** A resolution and the stage that made it: a sample matched exactly, or the classifier chose. */
export interface TracedResolution extends Resolution {
  readonly by: 'exact' | 'classifier';
}

export type Invocation = { readonly kind: 'launch' } | { readonly kind: 'oneShot'; readonly utterance: string } | { readonly kind: 'none' };

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
  readonly intent: ModelIntent;
  /** The regex source; compiled on first use, as most samples never meet a fitting utterance. */
  readonly source: string;
  regex?: RegExp;
  readonly slotNames: readonly string[];
  /** Its place in the model: when several samples fit, the first one wins, as before. */
  readonly order: number;
  /** The words before its first slot and after its last: cheap to test before the regex. */
  readonly prefix: string;
  readonly suffix: string;
}

const customPatterns = new WeakMap<LanguageModel, Map<string, string>>();

function slotPattern(intent: ModelIntent, slot: string, model: LanguageModel): string {
  const type = intent.slots?.find((s) => s.name === slot)?.type;
  if (type === 'AMAZON.NUMBER') return NUMBER_PATTERN;
  if (type === 'AMAZON.TIME') return TIME_PATTERN;
  const cache = customPatterns.get(model) ?? new Map<string, string>();
  customPatterns.set(model, cache);
  const cached = type === undefined ? undefined : cache.get(type);
  if (cached) return cached;
  const custom = model.types?.find((t) => t.name === type);
  if (custom && type) {
    const words = custom.values.flatMap((v) => [v.name.value, ...(v.name.synonyms ?? [])]).map(normalize);
    const pattern = `(?:${words.map(escapeRegex).join('|')})`;
    cache.set(type, pattern);
    return pattern;
  }
  return '.+?';
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `before`: the utterance before the slot, whose part of the day a time takes ("elke avond om {time}"). */
function slotValue(intent: ModelIntent, slot: string, raw: string, model: LanguageModel, before: string): SlotFill {
  const type = intent.slots?.find((s) => s.name === slot)?.type;
  if (type === 'AMAZON.NUMBER') return { value: numberValue(raw) ?? '?' };
  if (type === 'AMAZON.TIME') return { value: timeValue(raw, before) ?? '?' };
  const custom = model.types?.find((t) => t.name === type);
  const value = custom?.values.find((v) => [v.name.value, ...(v.name.synonyms ?? [])].map(normalize).includes(raw));
  return { value: raw, canonical: value?.name.value };
}

const ANY_FIRST_WORD = '';

/**
 * Fast with thousands of samples: a sample without slots is one Map lookup; samples with slots
 * are regexes, filed under their first word (or under "any" when they start with a slot), so an
 * utterance only meets the few that could fit.
 */
export class Resolver {
  private readonly literal = new Map<string, string>();
  private readonly bySlotStart = new Map<string, CompiledSample[]>();
  /** Per first word: its samples and those starting with a slot, in model order. */
  private readonly candidates = new Map<string, readonly CompiledSample[]>();
  private readonly invocation: string;

  private readonly useClassifier: boolean;
  /** Loaded on the first utterance no sample fits: most conversation tests never need it. */
  private classifier?: IntentClassifier;
  private slotFiller?: SlotFiller;

  constructor(
    private readonly model: LanguageModel,
    options: { readonly classifier?: boolean } = {},
  ) {
    this.useClassifier = options.classifier ?? true;
    this.invocation = normalize(model.invocationName);
    let order = 0;
    for (const intent of model.intents) {
      for (const sample of intent.samples) {
        order += 1;
        const text = normalize(sample);
        if (!text.includes('{')) {
          if (!this.literal.has(text)) this.literal.set(text, intent.name);
          continue;
        }
        const slotNames: string[] = [];
        const source = text
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
        const first = text.startsWith('{') ? ANY_FIRST_WORD : text.split(' ')[0];
        const bucket = this.bySlotStart.get(first) ?? [];
        const prefix = text.slice(0, text.indexOf('{'));
        const suffix = text.slice(text.lastIndexOf('}') + 1);
        bucket.push({ intent, source: `^${source}$`, slotNames, order, prefix, suffix });
        this.bySlotStart.set(first, bucket);
      }
    }
  }

  /** Which intent a user's words reach; AMAZON.FallbackIntent when none fits. */
  resolve(utterance: string): Resolution {
    const { intent, slots } = this.trace(utterance);
    return { intent, slots };
  }

  /** As resolve, saying which stage chose: the simulator tells the user when it was the classifier. */
  trace(utterance: string): TracedResolution {
    const text = normalize(utterance);
    const exact = this.exactly(text);
    if (exact) return { ...exact, by: 'exact' };
    if (!this.useClassifier || !text) return { intent: FALLBACK_INTENT, slots: {}, by: 'exact' };
    return { ...this.classified(text), by: 'classifier' };
  }

  /** The first stage alone: the sample the utterance is, or undefined (a FallbackIntent sample counts). */
  matchExactly(utterance: string): Resolution | undefined {
    return this.exactly(normalize(utterance));
  }

  private exactly(text: string): Resolution | undefined {
    return this.match(text) ?? (/\d/.test(text) ? this.match(spellSmallNumbers(text)) : undefined);
  }

  /** The second stage: the classifier's intent (perhaps the fallback), its slots found in the words. */
  private classified(text: string): Resolution {
    this.classifier ??= IntentClassifier.forModelSync(this.model);
    this.slotFiller ??= new SlotFiller(this.model, normalize);
    const { intent } = this.classifier.classify(/\d/.test(text) ? spellSmallNumbers(text) : text);
    return { intent, slots: intent === FALLBACK_INTENT ? {} : this.slotFiller.fill(intent, text) };
  }

  private match(text: string): Resolution | undefined {
    const literal = this.literal.get(text);
    if (literal) return { intent: literal, slots: {} };
    for (const sample of this.candidatesFor(text.split(' ')[0])) {
      if (!text.startsWith(sample.prefix) || !text.endsWith(sample.suffix)) continue;
      // 'd': where each slot starts, for the words before it.
      sample.regex ??= new RegExp(sample.source, 'du');
      const match = sample.regex.exec(text);
      if (!match) continue;
      const slots: Record<string, SlotFill> = {};
      sample.slotNames.forEach((name, i) => {
        slots[name] = slotValue(sample.intent, name, match[i + 1], this.model, text.slice(0, match.indices?.[i + 1]?.[0] ?? 0));
      });
      return { intent: sample.intent.name, slots };
    }
    return undefined;
  }

  private candidatesFor(firstWord: string): readonly CompiledSample[] {
    let list = this.candidates.get(firstWord);
    if (!list) {
      list = [
        ...(this.bySlotStart.get(firstWord) ?? []),
        ...(firstWord === ANY_FIRST_WORD ? [] : (this.bySlotStart.get(ANY_FIRST_WORD) ?? [])),
      ].sort((a, b) => a.order - b.order);
      this.candidates.set(firstWord, list);
    }
    return list;
  }

  /**
   * "open bekkenbodem coach", or a one-shot request ("vraag bekkenbodem coach naar …"). Lenient on
   * purpose, so typing in the simulator and the tests stays easy: it also takes forms Alexa may
   * not ("vraag … om …"). What users are told to say must pass documentedInvocation below.
   */
  invocationOf(utterance: string): Invocation {
    const text = normalize(utterance).replace(/^alexa /, '');
    const name = escapeRegex(this.invocation);
    if (new RegExp(`^(open|start|begin|speel) ${name}$`).test(text) || text === this.invocation) return { kind: 'launch' };
    const oneShot = new RegExp(`^(?:vraag|zeg tegen|vraag aan|open|start|laat) ${name} (?:om |dat |naar |over |voor |)(.+)$`).exec(text);
    return oneShot ? { kind: 'oneShot', utterance: oneShot[1] } : { kind: 'none' };
  }
}

/**
 * The nl-NL invocation patterns Amazon documents, and only those ("Understand How Users Invoke
 * Custom Skills", nl-NL table, as quoted in music-assistant/server pull request #6164, and the Dutch example
 * "Alexa, vraag Dagelijkse Horoscoop naar de horoscoop voor Tweelingen" on "Choose the Invocation
 * Name for a Custom Skill"): "open <name>" and "start <name>" to launch, and "vraag <name>" with
 * the connecting word naar, over or voor before the request. "vraag <name> om ..." is reported
 * unsupported. Example phrases, the README, the replays and the testing instructions use these.
 * The request is the part after the connecting word: it must be a sample utterance, word for word.
 */
export function documentedInvocation(
  utterance: string,
  invocationName: string,
): { readonly kind: 'launch' } | { readonly kind: 'oneShot'; readonly request: string } | undefined {
  const text = normalize(utterance).replace(/^alexa /, '');
  const name = escapeRegex(normalize(invocationName));
  if (new RegExp(`^(?:open|start) ${name}$`).test(text)) return { kind: 'launch' };
  const request = new RegExp(`^vraag ${name} (?:naar|over|voor) (.+)$`).exec(text)?.[1];
  return request ? { kind: 'oneShot', request } : undefined;
}
