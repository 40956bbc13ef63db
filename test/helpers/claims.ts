/**
 * Claim words: the skill gives exercise guidance and points to a huisarts or bekkenfysiotherapeut;
 * it never says it diagnoses, treats or cures (a triaging self-test could make it a medical device
 * under the MDR, and Alexa certification refuses medical claims). A disclaimer such as "geen
 * diagnose" or "ik behandel niet" is allowed: the rules look at the clause around the word.
 */

export interface Claim {
  readonly rule: string;
  readonly match: string;
}

/** Words that turn a claim word in the same clause into a disclaimer. */
const NEGATION = /\b(geen|niet|nooit|zonder|vervangt?)\b/i;

/** The clause around a match: claims and their negations live within one. */
function clauseAround(text: string, index: number, length: number): string {
  const before = text.slice(0, index);
  const start = Math.max(...[...'.!?;:\n'].map((c) => before.lastIndexOf(c))) + 1;
  const rest = text.slice(index + length);
  const ends = [...'.!?;:\n'].map((c) => rest.indexOf(c)).filter((i) => i >= 0);
  return text.slice(start, index + length + (ends.length > 0 ? Math.min(...ends) : rest.length));
}

interface Rule {
  readonly name: string;
  readonly pattern: RegExp;
  /** A negation in the clause makes it a disclaimer; false for claims no negation can save. */
  readonly negatable: boolean;
}

const RULES: readonly Rule[] = [
  // "je diagnose", "uw diagnose": the skill would be talking about a diagnosis the user has from it.
  { name: 'your diagnosis', pattern: /\b(je|jouw|uw)\s+diagnose\b/gi, negatable: false },
  { name: 'diagnose', pattern: /\bdiagnos\w*/gi, negatable: true },
  { name: 'cure', pattern: /\b(genees|geneest|genezen|genezing|geneesbaar|cures?|cured|curing)\b/gi, negatable: true },
  // Treating, with the skill (ik, we, de skill, de coach, de app) as the one who treats.
  {
    name: 'treat',
    pattern:
      /\b(ik|wij|we|skill|coach|app|deze oefeningen)\s+(\w+\s+){0,2}(be)?handel(en|t|d)?\b(?!\s+\w*(over|als))|\bbehandeling\s+(door|van|met)\s+(mij|ons|deze skill|de coach|de app)\b|\bonze\s+behandeling\b/gi,
    negatable: true,
  },
  { name: 'treat (English)', pattern: /\b(treats?|treatment)\b/gi, negatable: true },
  // Therapy as what the skill is or offers; a bekkenfysiotherapeut and "fysiotherapie" as someone else's care are fine.
  {
    name: 'therapy',
    pattern: /\b(onze|deze|mijn|als|is een|een|biedt|geeft)\s+(\w+)?therapie\b|\btherapie\s+(van|met)\s+(mij|ons|deze skill|de coach)\b/gi,
    negatable: true,
  },
  { name: 'we establish', pattern: /\b(ik|wij|we)\s+stel(len)?\s+(\w+\s+){0,3}vast\b/gi, negatable: true },
  // Triage: telling the user what their pelvic floor has or is.
  {
    name: 'triage',
    pattern:
      /\b(je|jij|u)\s+(hebt|heeft)\s+(dus\s+|waarschijnlijk\s+)?(een\s+)?(te\s+)?(zwakke|gespannen|slappe|overactieve|verzakte)\s+bekkenbodem\b/gi,
    negatable: false,
  },
];

export function claimsIn(text: string): Claim[] {
  const claims: Claim[] = [];
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.pattern)) {
      const clause = clauseAround(text, m.index ?? 0, m[0].length);
      if (rule.negatable && NEGATION.test(clause)) continue;
      claims.push({ rule: rule.name, match: clause.trim() });
    }
  }
  return claims;
}

/** Every string in a nested JSON value, with its path. */
export function stringsOf(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringsOf(v, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => stringsOf(v, path ? `${path}.${k}` : k));
  }
  return [];
}
