import type { LanguageModel, ModelIntent } from './interactionModel';
import { NUMBER_PATTERN, numberValue } from './dutchNumbers';
import { TIME_PATTERN, timeValue } from './dutchTime';

/**
 * Slots for an utterance no sample fits exactly, once the classifier has chosen the intent:
 * the values of the intent's slot types found in the words (a custom type's values and
 * synonyms, Dutch numbers and digits, times), as the exact stage fills them. Each value goes to
 * a free slot of its type: the one whose samples have the word that follows it ("zes seconden"
 * -> seconds), else the declared order.
 */
export interface Fill {
  readonly value: string;
  readonly canonical?: string;
}

interface Span {
  readonly start: number;
  readonly end: number;
  readonly raw: string;
  readonly type: string;
}

const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Crude Dutch stem, only to compare the word after a slot ("seconden", "seconde"). */
const stem = (word: string): string => {
  const stripped = word.replace(/(ingen|ing|en|e|s|t)$/, '');
  return stripped.length >= 4 ? stripped : word;
};

export class SlotFiller {
  private readonly patterns = new Map<string, RegExp>();
  private readonly canonical = new Map<string, Map<string, string>>();
  /** Intent -> slot -> the words that follow it in the samples. */
  private readonly after = new Map<string, Map<string, Set<string>>>();

  constructor(
    private readonly model: LanguageModel,
    normalize: (text: string) => string,
  ) {
    for (const type of model.types ?? []) {
      const map = new Map<string, string>();
      for (const v of type.values) for (const word of [v.name.value, ...(v.name.synonyms ?? [])]) map.set(normalize(word), v.name.value);
      this.canonical.set(type.name, map);
      const words = [...map.keys()].sort((a, b) => b.length - a.length).map(escapeRegex);
      this.patterns.set(type.name, new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`, 'gu'));
    }
    // "een" is an article far more often than a number.
    this.patterns.set('AMAZON.NUMBER', new RegExp(`(?<![\\p{L}\\p{N}])(?!een(?![\\p{L}\\p{N}]))${NUMBER_PATTERN}(?![\\p{L}\\p{N}])`, 'gu'));
    this.patterns.set('AMAZON.TIME', new RegExp(`(?<![\\p{L}\\p{N}])(?:${TIME_PATTERN})(?![\\p{L}\\p{N}])`, 'gu'));
    for (const intent of model.intents) {
      const after = new Map<string, Set<string>>();
      for (const sample of intent.samples) {
        for (const m of normalize(sample).matchAll(/\{(\w+)\} (\S+)/g)) {
          const name = intent.slots?.find((s) => s.name.toLowerCase() === m[1].toLowerCase())?.name ?? m[1];
          after.set(name, (after.get(name) ?? new Set()).add(stem(m[2])));
        }
      }
      this.after.set(intent.name, after);
    }
  }

  /** The slots of `intentName` found in an already normalised utterance. */
  fill(intentName: string, text: string): Record<string, Fill> {
    const intent = this.model.intents.find((i) => i.name === intentName);
    const slots: Record<string, Fill> = {};
    if (!intent?.slots?.length) return slots;
    const queue = new Map<string, string[]>();
    for (const slot of intent.slots) queue.set(slot.type, [...(queue.get(slot.type) ?? []), slot.name]);
    const after = this.after.get(intent.name);
    for (const span of withoutRetracted(text, this.spans(text, queue.keys()))) {
      const free = queue.get(span.type) ?? [];
      const next = stem(text.slice(span.end).trim().split(' ')[0] ?? '');
      const fitting = free.findIndex((n) => after?.get(n)?.has(next));
      const [name] = free.splice(fitting >= 0 ? fitting : 0, 1);
      if (name) slots[name] = this.valueOf(span, text);
    }
    return slots;
  }

  private valueOf(span: Span, text: string): Fill {
    if (span.type === 'AMAZON.NUMBER') return { value: numberValue(span.raw) ?? '?' };
    // "elke avond om half acht": the part of the day before the clock makes it 19:30.
    if (span.type === 'AMAZON.TIME') return { value: timeValue(span.raw, text.slice(0, span.start)) ?? '?' };
    return { value: span.raw, canonical: this.canonical.get(span.type)?.get(span.raw) };
  }

  /** Values of the given types, leftmost-longest and not overlapping, in utterance order. */
  private spans(text: string, types: Iterable<string>): Span[] {
    const found: Span[] = [];
    for (const type of types) {
      const pattern = this.patterns.get(type);
      if (!pattern) continue;
      for (const m of text.matchAll(pattern)) if (m[0]) found.push({ start: m.index, end: m.index + m[0].length, raw: m[0], type });
    }
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: Span[] = [];
    for (const span of found) if (!kept.length || span.start >= kept[kept.length - 1].end) kept.push(span);
    return kept;
  }
}

/**
 * Between two values of one type, the words with which a speaker takes the first back ("drie nee
 * vier", "vier seconden of eigenlijk vijf", "acht ik bedoel zeven"; the development sets'
 * self-corrections, dev24, mean the last): a unit may come first, then only repair words, at
 * least one of them more than "of" ("twee of drie keer" is a range, and keeps its first number,
 * as before); a later value with another unit is another slot.
 */
const RETRACTION =
  /^(?:\p{L}+ )?(?:(?:nee|wacht|of|eigenlijk|ik bedoel|bedoel ik|correctie|sorry|pardon|toch|beter gezegd|eh|ehm|uh) ?)+$/u;
const RETRACTING = /(?:^| )(?:nee|wacht|eigenlijk|bedoel|correctie|sorry|pardon|beter gezegd)(?: |$)/u;

/** The spans without those a speaker took back for a later one of the same type. */
function withoutRetracted(text: string, spans: readonly Span[]): Span[] {
  return spans.filter((span, i) => {
    const next = spans.slice(i + 1).find((later) => later.type === span.type);
    if (!next) return true;
    const between = text.slice(span.end, next.start).trim();
    if (!RETRACTION.test(between) || !RETRACTING.test(between)) return true;
    // "vier seconden nee zes keer": another unit, so another slot, not a retraction.
    const unit = /^(\p{L}+) /u.exec(`${between} `)?.[1];
    const laterUnit = text.slice(next.end).trim().split(' ')[0];
    return Boolean(unit && !RETRACTION.test(unit) && laterUnit && stem(laterUnit) !== stem(unit) && !RETRACTION.test(laterUnit));
  });
}

/** Words of a slot type to put in a sample's `{slot}` for training: values, synonyms, numbers as words and digits, times. */
export function slotWords(model: LanguageModel, intent: ModelIntent, slot: string): readonly string[] {
  const type = intent.slots?.find((s) => s.name === slot)?.type;
  if (type === 'AMAZON.NUMBER') return NUMBER_FILLS;
  if (type === 'AMAZON.TIME') return TIME_FILLS;
  const custom = model.types?.find((t) => t.name === type);
  return custom ? custom.values.flatMap((v) => [v.name.value, ...(v.name.synonyms ?? [])]) : ['iets'];
}

/** Alexa writes heard numbers as digits; people say them as words: both, small numbers first. */
const NUMBER_FILLS = ['vier', '6', 'drie', '10', 'acht', '2', 'vijf', '12', 'nul', '7', 'twee', '3', 'zes', '5', 'tien', '1', 'negen', '4'];
const TIME_FILLS = [
  'acht uur',
  'half negen',
  '9 uur',
  'kwart over zeven',
  'tien uur s avonds',
  '7 uur s ochtends',
  'twaalf uur',
  'half vijf',
];
