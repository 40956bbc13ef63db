/**
 * When the full setup is said (what stays loose, how to breathe and squeeze, the position in
 * detail): at the first training of a day, as long as the user has trained on fewer than two
 * other days of the past week. That is the first day or two, and again after a week's break.
 * Later the same day, and once training is a habit, a short start. Derived from the day
 * tallies already kept: nothing new is stored.
 */
export const FAMILIAR_AFTER_DAYS = 2;

export function needsFullSetup(sessionsToday: number, earlierTrainingDays: number): boolean {
  return sessionsToday === 0 && earlierTrainingDays < FAMILIAR_AFTER_DAYS;
}
