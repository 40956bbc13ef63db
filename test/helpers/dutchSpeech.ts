import nl from '../../lambda/i18n/nl.json';
import { tokenize } from '../../tools/ssmlText';

type Tree = { [key: string]: string | Tree };

function strings(tree: Tree): string[] {
  return Object.values(tree).flatMap((value) => (typeof value === 'string' ? [value] : strings(value)));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A resource string as a pattern: {{placeholders}} and nested $t(...) match any words. */
function pattern(text: string): string {
  return text
    .split(/(\$t\([^)]*\)|\{\{\w+\}\})/)
    .map((part, i) => (i % 2 === 1 ? '.+?' : escape(part)))
    .join('');
}

const texts = strings(nl as Tree);
const SENTENCE = new RegExp(`^(?:${texts.map(pattern).join('|')})$`, 's');
const NUMBER_WORDS = new Set(Object.values((nl as Tree).number as Tree) as string[]);

/**
 * The spoken parts of a response that do not come from the Dutch resource file: empty when
 * every sentence is one of the skill's own texts (placeholders filled) and every bare word
 * is a counting word or one of its cues said inside a pause. Proves a response is the skill's Dutch, not a leaked message.
 */
export function notFromResources(ssml: string): string[] {
  return tokenize(ssml).flatMap((token) => {
    if (token.kind === 'break') return [];
    if (token.kind === 'word') return NUMBER_WORDS.has(token.text) || SENTENCE.test(token.text) ? [] : [token.text];
    return SENTENCE.test(token.text) || SENTENCE.test(token.text.charAt(0).toLocaleLowerCase('nl-NL') + token.text.slice(1))
      ? []
      : [token.text];
  });
}
