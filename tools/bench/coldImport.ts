import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { median } from '../report/stats';

export const BUNDLE = join(__dirname, '..', '..', 'dist', 'lambda', 'index.js');

export function bundleBytes(): number {
  return statSync(BUNDLE).size;
}

/** Milliseconds for a fresh node process to require the bundle; the median of `runs` processes. */
export function coldImportMs(runs = 10): { median: number; all: number[] } {
  const script = `const t=process.hrtime.bigint();require(${JSON.stringify(BUNDLE)});process.stdout.write(String(Number(process.hrtime.bigint()-t)/1e6))`;
  const all = Array.from({ length: runs }, () =>
    Number(
      execFileSync(process.execPath, ['-e', script], {
        encoding: 'utf8',
        env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
      }),
    ),
  );
  return { median: median(all), all };
}

export { median };
