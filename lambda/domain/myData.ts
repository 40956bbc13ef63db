import type { ConsentRecord } from './consent';
import type { Discretion } from './discretion';

/**
 * "Wat weet je over mij": what the skill keeps about the one asking, as items the speech layer
 * words. Only what is stored counts: a session-only choice (after "nee") is not listed.
 */
export interface StoredData {
  readonly startblok?: { readonly holdSeconds: number; readonly repetitions: number; readonly setOn: string };
  /** Days with stored counts in the recent week (the store reads no further back). */
  readonly trainingDays: number;
  readonly focus?: 'kracht' | 'ontspanning';
  /** The date of the last completed self-test: never its answers. */
  readonly selfTestOn?: string;
  /** Reminder times, as the user hears them ("8 uur 's ochtends"). */
  readonly reminderTimes: readonly string[];
  readonly consent?: ConsentRecord;
  readonly discretion?: Discretion;
}

export type DataItem =
  | { readonly kind: 'startblok'; readonly holdSeconds: number; readonly repetitions: number; readonly setOn: string }
  | { readonly kind: 'trainingDays'; readonly count: number }
  | { readonly kind: 'focus'; readonly focus: 'kracht' | 'ontspanning' }
  | { readonly kind: 'selfTest'; readonly on: string }
  | { readonly kind: 'reminders'; readonly times: readonly string[] }
  | { readonly kind: 'consent'; readonly givenOn: string; readonly version: string }
  | { readonly kind: 'discretion'; readonly discretion: Discretion };

/** Everything stored, in the order the card lists it. */
export function storedItems(data: StoredData): DataItem[] {
  const items: DataItem[] = [];
  if (data.startblok) items.push({ kind: 'startblok', ...data.startblok });
  if (data.trainingDays > 0) items.push({ kind: 'trainingDays', count: data.trainingDays });
  if (data.focus) items.push({ kind: 'focus', focus: data.focus });
  if (data.selfTestOn) items.push({ kind: 'selfTest', on: data.selfTestOn });
  if (data.reminderTimes.length > 0) items.push({ kind: 'reminders', times: data.reminderTimes });
  if (data.consent) items.push({ kind: 'consent', ...data.consent });
  if (data.discretion) items.push({ kind: 'discretion', discretion: data.discretion });
  return items;
}

/** Is there anything beyond the consent itself? Decides between the two spoken answers. */
export function keepsTraining(data: StoredData): boolean {
  return storedItems(data).some((item) => item.kind !== 'consent' && item.kind !== 'discretion');
}
