/**
 * Sample templates -> sample utterances. A template is words with three kinds of group:
 *   (a|b|c)   one of the alternatives
 *   [a|b]     optional: one of the alternatives, or nothing
 *   {slot}    a slot, kept as it is
 * Groups nest: `(start|begin) [nu|even] (mijn|de) ([bekkenbodem]training|oefeningen)`.
 * Words around a group join with spaces; `[bekken]bodem` glues (no space inside a word).
 */

type Node =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'choice'; readonly options: readonly Node[][]; readonly optional: boolean };

/** More samples than this from one template is almost always a mistake in the template. */
export const MAX_PER_TEMPLATE = 5000;

export class TemplateError extends Error {
  constructor(template: string, message: string) {
    super(`${message} in template "${template}"`);
    this.name = 'TemplateError';
  }
}

function parse(template: string): Node[] {
  let pos = 0;
  const CLOSE: Record<string, string> = { '(': ')', '[': ']' };

  function sequence(closer: string | undefined): Node[][] {
    const options: Node[][] = [[]];
    let text = '';
    const flush = () => {
      if (text) options[options.length - 1].push({ kind: 'text', text });
      text = '';
    };
    while (pos < template.length) {
      const c = template[pos];
      if (c === '(' || c === '[') {
        flush();
        pos += 1;
        const inner = sequence(CLOSE[c]);
        options[options.length - 1].push({ kind: 'choice', options: inner, optional: c === '[' });
      } else if (c === ')' || c === ']') {
        if (c !== closer) throw new TemplateError(template, `unexpected "${c}" at ${pos}`);
        flush();
        pos += 1;
        return options;
      } else if (c === '|') {
        if (closer === undefined) throw new TemplateError(template, `"|" outside a group at ${pos}`);
        flush();
        options.push([]);
        pos += 1;
      } else {
        text += c;
        pos += 1;
      }
    }
    if (closer !== undefined) throw new TemplateError(template, `missing "${closer}"`);
    flush();
    return options;
  }

  const top = sequence(undefined);
  return top[0];
}

function expandNodes(nodes: readonly Node[], template: string): string[] {
  let results = [''];
  for (const node of nodes) {
    const parts =
      node.kind === 'text'
        ? [node.text]
        : [...(node.optional ? [''] : []), ...node.options.flatMap((option) => expandNodes(option, template))];
    const next: string[] = [];
    for (const head of results) for (const part of parts) next.push(head + part);
    if (next.length > MAX_PER_TEMPLATE) throw new TemplateError(template, `more than ${MAX_PER_TEMPLATE} samples`);
    results = next;
  }
  return results;
}

const tidy = (sample: string) => sample.replace(/\s+/g, ' ').trim();

/** Every sample a template stands for, in template order, without duplicates or empty ones. */
export function expand(template: string): string[] {
  const samples = expandNodes(parse(template), template)
    .map(tidy)
    .filter((s) => s.length > 0);
  return [...new Set(samples)];
}

/** All samples of several templates, first occurrence kept. */
export function expandAll(templates: readonly string[]): string[] {
  return [...new Set(templates.flatMap(expand))];
}

/** `(a|b|c)` from a list, for composing templates from shared word lists. */
export const oneOf = (...options: readonly string[]): string => `(${options.join('|')})`;
/** `[a|b|c]` from a list. */
export const maybe = (...options: readonly string[]): string => `[${options.join('|')}]`;
