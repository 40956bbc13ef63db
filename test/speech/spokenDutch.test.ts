import nl from '../../lambda/i18n/nl.json';

/**
 * The Dutch slips and written-style phrasings the review of 2026-12-06 heard (section 2),
 * as patterns no string may match again. Each comes with the review's own example, so the
 * test shows that every pattern still catches what it was written for.
 */
const FORBIDDEN: readonly { readonly why: string; readonly pattern: RegExp; readonly example: string }[] = [
  {
    why: 'a count before "zo stevig" is heard as "five times as hard"',
    pattern: /(\bkeer|unit\.times[^)]*\))\s+zo\s+(snel|stevig|hard)/,
    example: '$t(unit.times, {"count": {{repetitions}} }) zo stevig als je kunt',
  },
  { why: '"knijp" is no noun ("kneep")', pattern: /\b(stevigste|je|een|de) knijp\b/i, example: 'Met je stevigste knijp gaat hij' },
  { why: 'het startblok: "het", not "die"', pattern: /Zullen we die eerst/, example: 'Zullen we die eerst samen bepalen?' },
  {
    why: 'het startblok: "het", not "hem"',
    pattern: /\b(Zullen we hem meteen|kon hem nu|Ik onthoud hem)\b/,
    example: 'Zullen we hem meteen doen?',
  },
  { why: 'het startblok: "het", not "hij"', pattern: /\bof hij gegroeid\b/, example: 'Zullen we kijken of hij gegroeid is?' },
  { why: 'one word: "verdergaan"', pattern: /\bverder gaan\b/, example: 'Zullen we verder gaan?' },
  {
    why: '"één" with accents, or the voice says the article',
    pattern: /\b(van een tot|een tot (tien|twaalf|drie)|van een seconde)\b/i,
    example: 'van een tot tien',
  },
  { why: 'a calque of "I didn\'t catch that"', pattern: /\bving ik\b/, example: 'Sorry, dat ving ik niet.' },
  { why: 'a tautology', pattern: /stop om te stoppen/, example: 'of stop om te stoppen' },
  { why: 'a calque of "notice"', pattern: /\bMerk even\b/, example: 'Merk even hoe je bekkenbodem nu voelt.' },
  { why: 'a calque of "nothing left to go"', pattern: /niets meer te gaan/, example: 'dus er is niets meer te gaan' },
  { why: '"wel geen" diagnose', pattern: /\bwel geen\b/, example: 'Een zelftest is wel geen diagnose' },
  {
    why: 'jargon for the sit bones; say "zitbotjes"',
    pattern: /zitbeenknobbels|zitbotten\b/,
    example: 'je zitbeenknobbels naar elkaar toe',
  },
  { why: 'jargon: "flanken"', pattern: /\bflanken\b/, example: 'maak je buik en flanken bol' },
  { why: 'the diminutive is "kneepjes"', pattern: /knijpjes/, example: 'de snelle knijpjes' },
  {
    why: 'ungrammatical weeks',
    pattern: /Je traint nu \{\{count\}\} weken? van/,
    example: 'Je traint nu {{count}} weken van het programma',
  },
  {
    why: 'crossed legs squeeze the thighs (seed 003); stand hip-width',
    pattern: /benen gekruist|kruis je benen/,
    example: 'Deze keer staand, met je benen gekruist.',
  },
  {
    why: 'a wait the platform cannot keep (about 16 s)',
    pattern: /Neem rustig de tijd|zo lang als je nodig hebt|^Ik wacht even/,
    example: 'Neem rustig de tijd, en zeg klaar als je zit.',
  },
  { why: '"ronde" in the middle of a set sounds like a new set', pattern: /volgende ronde/, example: 'Klaar voor de volgende ronde?' },
  { why: 'one form: "hou"', pattern: /\bhoud je\b/, example: 'Hoeveel seconden houd je het op halve kracht vol?' },
  { why: 'the coach counts; the user need not', pattern: /Tel zelf mee/, example: 'Tel zelf mee hoe vaak het goed lukt.' },
  { why: 'an order nobody can follow', pattern: /^Plas vier tot zes keer/, example: 'Plas vier tot zes keer per dag.' },
  { why: 'holds back what?', pattern: /houdt beter tegen/, example: 'Een sterke bekkenbodem houdt beter tegen als je hoest' },
  {
    why: 'opaque on first hearing',
    pattern: /trainen, op je adem\./,
    example: 'ik help je elke dag je bekkenbodem te trainen, op je adem.',
  },
  { why: '"naar voren en naar achteren"', pattern: /\bvoor en achter\b/, example: 'beweeg je je bekken rustig voor en achter' },
  { why: 'aan what?', pattern: /Zet het daar aan/, example: 'Zet het daar aan, en vraag het me dan nog eens.' },
  { why: 'not true at two months', pattern: /twee weken oud/, example: 'Je startblok is alweer twee weken oud.' },
  { why: 'breathe "naar" the belly', pattern: /\bin door je buik/, example: 'Adem rustig in door je buik' },
  {
    why: 'three meanings of "keer" in two sentences',
    pattern: /keer getraind\. Je doel is nu acht tot twaalf keer/,
    example: '1 keer getraind. Je doel is nu acht tot twaalf keer aanspannen, drie keer per dag.',
  },
  {
    why: 'clock times as people say them ("half negen"), never "acht uur dertig"',
    pattern: /\{\{hour\}\} uur \{\{minute\}\}/,
    example: "{{hour}} uur {{minute}} 's ochtends",
  },
];

function strings(node: unknown, path = ''): [string, string][] {
  if (typeof node === 'string') return [[path, node]];
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) => strings(value, path ? `${path}.${key}` : key));
}

describe('spoken Dutch: none of the slips the review heard', () => {
  it.each(FORBIDDEN.map((f) => [f.why, f] as const))('%s', (_, { pattern, example }) => {
    expect(example).toMatch(pattern);
    expect(strings(nl).filter(([, text]) => pattern.test(text))).toEqual([]);
  });
});
