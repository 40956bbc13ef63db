import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/**
 * A clone of this repository is all a reader has: no file may point outside it, neither a
 * Markdown link nor a relative path in code or comments, nor a folder of the machine it was
 * written on. The content brief's facts that the code relies on are in docs/sources.md.
 */
const ROOT = resolve(__dirname, '..');

/** Data, not prose: the NLU sets are never read except by their own report scripts (the held-out ones stay unseen). */
const NOT_READ = /^test\/nlu\/.*\.json$|\.(png|jpe?g|gif|ico|zip)$/i;

/** Tracked files and new ones not yet committed (ignored ones, such as node_modules, excluded). */
const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' })
  .split('\n')
  .filter((file) => file !== '' && !NOT_READ.test(file) && existsSync(join(ROOT, file)));

const outside = (from: string, target: string) => {
  const path = relative(ROOT, resolve(ROOT, dirname(from), target));
  return path === '..' || path.startsWith(`..${sep}`);
};

// Spelled in pieces so that this file does not name them itself.
const FORBIDDEN = [['..', 'shared'].join('/'), ['shared', 'docs'].join('/'), ['', 'work', ''].join('/')];

describe('the repository stands on its own', () => {
  it('scans the tracked text files, Markdown among them', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files).toEqual(expect.arrayContaining(['README.md', 'docs/sources.md', 'lambda/index.ts']));
  });

  it('names no place outside it: no shared folder of the team, no folder of another machine', () => {
    const found = files.flatMap((file) => {
      const text = readFileSync(join(ROOT, file), 'utf8');
      return FORBIDDEN.filter((name) => text.includes(name)).map((name) => `${file}: ${name}`);
    });
    expect(found).toEqual([]);
  });

  it('has no relative path that leads out of it, in code, comments or documents', () => {
    const found = files.flatMap((file) =>
      [...readFileSync(join(ROOT, file), 'utf8').matchAll(/(?:\.\.\/)+[\w.-]*/g)]
        .map((m) => m[0])
        .filter((path) => outside(file, path))
        .map((path) => `${file}: ${path}`),
    );
    expect(found).toEqual([]);
  });

  it('links in Markdown only to files it has, or to web pages', () => {
    const links = files
      .filter((file) => file.endsWith('.md'))
      .flatMap((file) =>
        [...readFileSync(join(ROOT, file), 'utf8').matchAll(/\]\(([^)\s]+)\)/g)].map((m) => ({ file, target: m[1] ?? '' })),
      );
    const local = links.filter(({ target }) => !/^(https?:|mailto:|#)/.test(target));
    expect(local.length).toBeGreaterThanOrEqual(7);
    const broken = local
      .map(({ file, target }) => ({ file, path: target.replace(/#.*$/, '') }))
      .filter(({ file, path }) => outside(file, path) || !existsSync(resolve(ROOT, dirname(file), path)))
      .map(({ file, path }) => `${file}: ${path}`);
    expect(broken).toEqual([]);
  });
});
