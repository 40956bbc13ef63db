import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import nl from '../lambda/i18n/nl.json';

const ROOT = join(__dirname, '..');
const LAMBDA = join(ROOT, 'lambda');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** The code without its comments, which may well mention tags. */
const codeOf = (file: string) =>
  readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '');

const imports = (file: string) => [...readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]);

/**
 * The layers, lowest first: a file imports only from its own layer or a lower one, so the
 * code reads bottom-up. Root files (index.ts, buildSkill.ts) compose everything.
 */
const LAYERS: readonly (readonly string[])[] = [
  ['domain'],
  ['speech', 'screen', 'persistence', 'services', 'i18n'],
  ['skill'],
  ['flows'],
  ['handlers'],
  ['.'],
];

function layerOf(pathInLambda: string): number {
  const folder = pathInLambda.includes('/') ? pathInLambda.split('/')[0] : '.';
  const layer = LAYERS.findIndex((names) => names.includes(folder));
  if (layer < 0) throw new Error(`no layer for ${pathInLambda}: add its folder to LAYERS`);
  return layer;
}

/** Every relative import of a file (type-only ones too), resolved to the file it names. */
function importedFiles(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const specifiers = [...source.matchAll(/(?:from\s+|import\s*\(\s*|require\(\s*|^import\s+)'(\.[^']*)'/gm)].map((m) => m[1]);
  return specifiers.flatMap((specifier) => {
    const base = join(dirname(file), specifier);
    const found = [`${base}.ts`, join(base, 'index.ts'), base].find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
    return found ? [found] : [];
  });
}

/** Tarjan's strongly connected components: every group of files that import each other in a circle. */
function importCircles(files: readonly string[], importsOf: (file: string) => string[] = importedFiles): string[][] {
  const graph = new Map(files.map((file) => [file, importsOf(file).filter((to) => to.endsWith('.ts'))]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const circles: string[][] = [];
  let next = 0;
  const visit = (file: string): void => {
    index.set(file, next);
    low.set(file, next);
    next += 1;
    stack.push(file);
    onStack.add(file);
    for (const to of graph.get(file) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(file, Math.min(low.get(file)!, low.get(to)!));
      } else if (onStack.has(to)) low.set(file, Math.min(low.get(file)!, index.get(to)!));
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(relative(ROOT, member).split(sep).join('/'));
    } while (member !== file);
    const selfImport = (graph.get(file) ?? []).includes(file);
    if (component.length > 1 || selfImport) circles.push(component.sort());
  };
  for (const file of files) if (!index.has(file)) visit(file);
  return circles;
}

describe('import circles', () => {
  it('there are none in lambda/ and tools/, type-only imports included: every file can be read bottom-up', () => {
    const files = [...sourceFiles(LAMBDA), ...sourceFiles(join(ROOT, 'tools'))];
    expect(importCircles(files)).toEqual([]);
  });

  it('the check finds a circle where there is one (it can fail)', () => {
    const graph: Record<string, string[]> = {
      [join(ROOT, 'a.ts')]: [join(ROOT, 'b.ts')],
      [join(ROOT, 'b.ts')]: [join(ROOT, 'c.ts')],
      [join(ROOT, 'c.ts')]: [join(ROOT, 'a.ts')],
      [join(ROOT, 'd.ts')]: [join(ROOT, 'a.ts'), join(ROOT, 'd.ts')],
    };
    expect(importCircles(Object.keys(graph), (file) => graph[file])).toEqual([['a.ts', 'b.ts', 'c.ts'], ['d.ts']]);
    // And it sees the real imports: turn.ts imports persist.ts.
    expect(importedFiles(join(LAMBDA, 'skill', 'turn.ts'))).toContain(join(LAMBDA, 'skill', 'persist.ts'));
  });
});

describe('architecture', () => {
  it('imports only downwards: domain < speech, persistence, services < skill < flows < handlers < composition', () => {
    const upward: string[] = [];
    for (const file of sourceFiles(LAMBDA)) {
      const from = relative(LAMBDA, file).split(sep).join('/');
      for (const imported of imports(file).filter((i) => i.startsWith('.'))) {
        const to = relative(LAMBDA, join(dirname(file), imported))
          .split(sep)
          .join('/');
        if (layerOf(to) > layerOf(from)) upward.push(`${from} -> ${to}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('knows the layer of every folder in lambda/', () => {
    for (const file of sourceFiles(LAMBDA)) expect(() => layerOf(relative(LAMBDA, file).split(sep).join('/'))).not.toThrow();
  });

  it('keeps the domain pure: no SDK, no i18next, no Node APIs, no clock', () => {
    for (const file of sourceFiles(join(LAMBDA, 'domain'))) {
      const source = readFileSync(file, 'utf8');
      for (const imported of imports(file))
        expect({ file: relative(LAMBDA, file), imported }).toEqual({
          file: relative(LAMBDA, file),
          imported: expect.stringMatching(/^\.\//),
        });
      expect(source).not.toMatch(/Date\.now|new Date|Math\.random|process\./);
    }
  });

  it('writes SSML markup only in speech/ssml.ts', () => {
    for (const file of sourceFiles(LAMBDA).filter((f) => !f.endsWith(join('speech', 'ssml.ts')))) {
      expect({ file: relative(LAMBDA, file), markup: /<(speak|break|s|audio|prosody)[\s>/]/.test(codeOf(file)) }).toEqual({
        file: relative(LAMBDA, file),
        markup: false,
      });
    }
  });

  it('builds APL only in screen/', () => {
    for (const file of sourceFiles(LAMBDA).filter((f) => !f.includes(`${join('lambda', 'screen')}`))) {
      const apl = /mainTemplate|AnimateItem|SetValue|RenderDocument|type: 'APL'/.test(codeOf(file));
      expect({ file: relative(LAMBDA, file), apl }).toEqual({ file: relative(LAMBDA, file), apl: false });
    }
  });

  it('keeps screen/ pure: the domain, the speech renderers and strings handed in; no SDK, no i18next, no clock', () => {
    for (const file of sourceFiles(join(LAMBDA, 'screen'))) {
      const source = readFileSync(file, 'utf8');
      const statements = [...source.matchAll(/^import (type )?[^;]*? from '([^']+)';/gms)].map((m) => ({
        typeOnly: m[1] !== undefined,
        from: m[2],
      }));
      for (const { typeOnly, from } of statements) {
        const allowed =
          /^\.\/|^\.\.\/domain\/|^\.\.\/speech\/(renderPlan|ssml|durationEstimate)$/.test(from) ||
          (typeOnly && from === '../speech/translator');
        expect({ file: relative(LAMBDA, file), from, allowed }).toEqual({ file: relative(LAMBDA, file), from, allowed: true });
      }
      expect(source).not.toMatch(/Date\.now|new Date|Math\.random|process\./);
    }
  });

  it('reads the environment only in index.ts', () => {
    for (const file of sourceFiles(LAMBDA).filter((f) => !f.endsWith(join('lambda', 'index.ts')))) {
      expect({ file: relative(LAMBDA, file), env: readFileSync(file, 'utf8').includes('process.env') }).toEqual({
        file: relative(LAMBDA, file),
        env: false,
      });
    }
  });
});

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = `${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, `${path}.`)) out.set(k, v);
  }
  return out;
}

describe('Dutch resource strings', () => {
  const strings = leaves(nl as Tree);
  const code = sourceFiles(LAMBDA)
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
  const json = JSON.stringify(nl);

  it('hold no SSML or markup', () => {
    for (const [key, text] of strings) expect({ key, markup: /[<>]|&\w+;/.test(text) }).toEqual({ key, markup: false });
  });

  it('are all used: by code, by nesting, as counting words, or as a variant of a group the code names', () => {
    const unused = [...strings.keys()].filter((key) => {
      if (code.includes(`'${key}'`) || json.includes(`$t(${key},`)) return false;
      // variant.praise.1 … variant.praise.4: every one can be picked wherever a flow says { variant: 'praise' }.
      const variant = /^variant\.(\w+)\.\d+$/.exec(key);
      if (variant) return !code.includes(`variant: '${variant[1]}'`);
      return !(key.startsWith('number.') && code.includes('`number.${'));
    });
    expect(unused).toEqual([]);
  });

  it('exist for every key the code names', () => {
    const namespaces = [...new Set([...strings.keys()].map((k) => k.split('.')[0]))];
    const named = [...code.matchAll(/'([a-z]+\.[a-zA-Z.]+)'/g)].map((m) => m[1]).filter((k) => namespaces.includes(k.split('.')[0]));
    expect(named.filter((k) => !strings.has(k))).toEqual([]);
    expect(named.length).toBeGreaterThan(50);
  });
});
