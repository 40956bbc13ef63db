/**
 * The few parts of nlp.js (https://github.com/axa-group/nlp.js, MIT) that tools/nlu/classifier.ts
 * uses; the packages ship no types of their own.
 */
declare module '@nlpjs/core' {
  export interface Container {
    use(plugin: unknown): void;
    get(name: string): unknown;
  }
  export function containerBootstrap(): Container;
}

declare module '@nlpjs/lang-nl' {
  export class LangNl {}
  export class NormalizerNl {
    normalize(text: string): string;
  }
  export class TokenizerNl {
    tokenize(text: string, normalize?: boolean): string[];
  }
  export class StemmerNl {
    stem(tokens: string[]): string[];
  }
}

declare module '@nlpjs/nlu' {
  import type { Container } from '@nlpjs/core';
  export interface Classification {
    intent: string;
    score: number;
  }
  export interface NluInput {
    locale: string;
    text: string;
    settings: Record<string, unknown>;
    tokens: Record<string, number>;
    classifications?: Classification[];
  }
  export class NluNeural {
    constructor(settings: Record<string, unknown>, container?: Container);
    settings: Record<string, unknown>;
    intentsArr?: string[];
    /** Every feature seen in training (set by train and fromJSON). */
    features?: Record<string, number>;
    train(corpus: { utterance: string; intent: string }[]): Promise<unknown>;
    prepare(text: string): Promise<Record<string, number>> | Record<string, number>;
    textToFeatures(input: NluInput): NluInput;
    innerProcess(input: NluInput): NluInput;
    filterNonActivated(input: NluInput): NluInput;
    normalizeClassifications(input: NluInput): NluInput;
    toJSON(): unknown;
    fromJSON(json: unknown): void;
  }
}
