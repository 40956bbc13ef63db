import type { Expected } from './transcript';

/** What every tip list says around its tips (lambda/i18n/nl.json, "tips"). */
export const TIPS_HOW_IT_WORKS = 'Ik geef je steeds een paar tips. Wil je ze allemaal tegelijk, zeg dan: alles.';

const MORE = 'Wil je nog meer tips?';
const MORE_R = 'Zeg volgende voor meer tips, herhaal om het nog eens te horen, of alles voor de rest in één keer. Wil je nog meer tips?';

/** A page of tips that is not the last: the tips, then "Wil je nog meer tips?". */
export function tipPage(tips: string): Expected {
  return { A: `${tips} ${MORE}`, R: MORE_R, end: false };
}
