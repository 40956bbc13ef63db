import i18next from 'i18next';
import nl from '../i18n/nl.json';

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type StripPlural<K extends string> = K extends `${infer Base}_${PluralSuffix}` ? Base : K;
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${StripPlural<K>}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every key the Dutch resource file holds; a key used in code that is not there fails to compile. */
export type TextKey = Leaves<typeof nl>;

export type TextVars = Record<string, string | number>;

export type Translate = (key: TextKey, vars?: TextVars) => string;

type Tree = { readonly [key: string]: string | Tree };

function leafKeys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = `${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`;
    return typeof value === 'string' ? [path] : leafKeys(value, `${path}.`);
  });
}

const KEYS: ReadonlySet<string> = new Set(leafKeys(nl));

/** For text keys read back from outside (session attributes). */
export function isTextKey(key: string): key is TextKey {
  return KEYS.has(key);
}

const instance = i18next.createInstance();
// Escaping happens once, in ssml.ts; i18next's HTML escaping would double it.
void instance.init({
  resources: { nl: { translation: nl } },
  lng: 'nl',
  fallbackLng: 'nl',
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** The skill speaks Dutch only: any other locale still gets the Dutch strings, not an error. */
export function translatorFor(_locale: string | undefined): Translate {
  const t = instance.getFixedT('nl');
  return (key, vars) => t(key, vars as Record<string, unknown>) as string;
}
