import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ModelSlot {
  readonly name: string;
  readonly type: string;
}

export interface ModelIntent {
  readonly name: string;
  readonly samples: readonly string[];
  readonly slots?: readonly ModelSlot[];
}

export interface LanguageModel {
  readonly invocationName: string;
  readonly intents: readonly ModelIntent[];
  readonly types?: readonly { name: string; values: { name: { value: string; synonyms?: string[] } }[] }[];
}

export const MODEL_PATH = join(__dirname, '..', '..', 'skill-package', 'interactionModels', 'custom', 'nl-NL.json');

export function loadModel(path: string = MODEL_PATH): LanguageModel {
  return (JSON.parse(readFileSync(path, 'utf8')) as { interactionModel: { languageModel: LanguageModel } }).interactionModel.languageModel;
}
