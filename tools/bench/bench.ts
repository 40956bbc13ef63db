import { bundleBytes, coldImportMs } from './coldImport';

/** npm run bench: figures measured on this machine, printed as a table. Not a test. */
function main(): void {
  const cold = coldImportMs(10);
  const rows: [string, string][] = [
    ['bundle size (dist/lambda/index.js)', `${(bundleBytes() / 1024).toFixed(1)} KB`],
    ['cold import, median of 10 fresh node processes', `${cold.median.toFixed(1)} ms (min ${Math.min(...cold.all).toFixed(1)}, max ${Math.max(...cold.all).toFixed(1)})`],
  ];
  for (const [name, value] of rows) console.log(`${name.padEnd(50)} ${value}`);
}

main();
