/** Dutch number words as Alexa's AMAZON.NUMBER resolves them: to digits. */
const WORDS: Record<string, number> = {
  nul: 0,
  een: 1,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
  tien: 10,
  elf: 11,
  twaalf: 12,
  dertien: 13,
  veertien: 14,
  vijftien: 15,
  zestien: 16,
  zeventien: 17,
  achttien: 18,
  negentien: 19,
  twintig: 20,
  dertig: 30,
  veertig: 40,
  vijftig: 50,
  zestig: 60,
  zeventig: 70,
  tachtig: 80,
  negentig: 90,
  honderd: 100,
  duizend: 1000,
};

export const NUMBER_PATTERN = `(?:-?\\d+(?:[.,]\\d+)?|${Object.keys(WORDS).join('|')})`;

export function numberValue(text: string): string | undefined {
  if (/^-?\d+([.,]\d+)?$/.test(text)) return text.replace(',', '.');
  const value = WORDS[text];
  return value === undefined ? undefined : String(value);
}

const SPELLED = new Map(Object.entries(WORDS).map(([word, value]) => [String(value), word]));

/**
 * Alexa writes numbers it hears as digits ("de 3 lagen"), while samples spell them out: spell
 * the small ones back so that a sample like "de drie lagen" still fits.
 */
export function spellSmallNumbers(text: string): string {
  return text.replace(/\b\d+\b/g, (digits) => SPELLED.get(String(Number(digits))) ?? digits);
}
