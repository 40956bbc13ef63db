import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The folder that holds cdk.json. Found by walking up rather than with a fixed '..', because
 * this file runs from infra/lib under tsx and ts-jest but from another depth once compiled.
 */
export function projectRoot(start: string = __dirname): string {
  for (let folder = start; ; folder = dirname(folder)) {
    if (existsSync(join(folder, 'cdk.json'))) return folder;
    if (dirname(folder) === folder) throw new Error(`No cdk.json above ${start}: cannot find the project root.`);
  }
}
