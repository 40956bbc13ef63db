/** What one intent family file under tools/model/intents/ holds. */
export interface SlotSource {
  readonly name: string;
  readonly type: string;
}

export interface IntentSource {
  readonly name: string;
  readonly slots?: readonly SlotSource[];
  /** Sample templates (see expand.ts): `(a|b)` one of, `[a|b]` optional, `{slot}`. */
  readonly templates: readonly string[];
}

export interface SlotTypeSource {
  readonly name: string;
  readonly values: readonly { readonly value: string; readonly synonyms?: readonly string[] }[];
}

export interface IntentFamily {
  readonly intents: readonly IntentSource[];
  readonly types?: readonly SlotTypeSource[];
}
