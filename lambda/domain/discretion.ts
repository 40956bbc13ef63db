/**
 * Discretion: reminders show on lock screens and in the Alexa app and are spoken in shared rooms,
 * so by default nothing the skill sends out of the conversation names the pelvic floor. A user can
 * ask for plain words, or for extra discretion (short, neutral spoken openings too).
 * Undefined is the default: neutral reminders and cards, the usual openings.
 */
export type Discretion = 'discreet' | 'plain';

export const DISCRETION_VALUES: readonly Discretion[] = ['discreet', 'plain'];

/** Reminder texts and cards: neutral unless the user asked for plain words. */
export function explicitWording(discretion: Discretion | undefined): boolean {
  return discretion === 'plain';
}

/** Spoken openings: short and without health words when the user asked for discretion. */
export function shortOpenings(discretion: Discretion | undefined): boolean {
  return discretion === 'discreet';
}
