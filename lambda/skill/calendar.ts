/** The skill is Dutch: a user's day runs on Amsterdam time. */
export const TIME_ZONE = 'Europe/Amsterdam';

const formatter = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** YYYY-MM-DD of the given moment in the user's time zone. */
export function localDate(moment: Date): string {
  return formatter.format(moment);
}
