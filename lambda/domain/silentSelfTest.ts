import { SELF_TEST, verdictFor } from './selfTest';
import type { SelfTestVerdict } from './selfTest';

/**
 * The self-test without saying symptoms aloud: the coach reads every question with a pause, the
 * user counts their own "ja" answers and says only the count ("twee of meer" is enough) at the
 * end. Like the spoken test, nothing of it is stored or logged.
 */
export type SelfTestMode = 'aloud' | 'silent';

/** Time to think about each question and count it: long enough to decide, short enough to keep the thread. */
export const SILENT_PAUSE_SECONDS = 4;

/** The verdict for a counted total, or undefined for a number that cannot be a count of these questions. */
export function verdictForCount(count: number): SelfTestVerdict | undefined {
  if (!Number.isInteger(count) || count < 0 || count > SELF_TEST.questions) return undefined;
  return verdictFor(count);
}

/**
 * A single "ja" below the verdict's threshold: the spoken test would add advice when that item
 * was pain or a lasting complaint (noteFor), which a count cannot tell, so the silent test says
 * when to see a bekkenfysiotherapeut either way.
 */
export function silentNoteNeeded(count: number): boolean {
  return count > 0 && verdictFor(count) === 'keepTraining';
}
