// The version of the code that turns a file into a result: a cached result or a bundled worker is only reused by the same code.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const pluginFolder = fileURLToPath(new URL('..', import.meta.url));
const modelFolder = fileURLToPath(new URL('../../src/model/', import.meta.url));
const projectFolder = fileURLToPath(new URL('../..', import.meta.url));
/** Parsing also depends on these libraries: a new version of either may read YAML differently. */
const parsingPackages = ['gray-matter', 'js-yaml'];

let memo: Promise<string> | undefined;

/** A short hash of every non-test source file under `plugin/` and `src/model/`, and the parsing libraries' versions. */
export function processingCodeVersion(): Promise<string> {
  memo ??= Promise.resolve(hashCode([pluginFolder, modelFolder], projectFolder));
  return memo;
}

/**
 * Every `.ts` file below the folders, recursively (tests and fixtures aside), by its path from
 * `projectFolder`: moving a file into a subfolder, or editing one there, is a new version.
 * Synchronous: some 60 small files, where a thread-pool round trip each cost a rebuild more than the reads.
 */
export function hashCode(folders: readonly string[], projectFolder: string): string {
  const hash = createHash('sha1');
  for (const folder of folders) {
    for (const path of sourceFilesUnder(folder)) {
      hash
        .update(`${relative(projectFolder, path).split(sep).join('/')}\0`)
        .update(readFileSync(path))
        .update('\0');
    }
  }
  for (const name of parsingPackages) {
    let manifest = 'missing';
    try {
      manifest = readFileSync(join(projectFolder, 'node_modules', name, 'package.json'), 'utf8');
    } catch {
      // A missing package is a version of its own.
    }
    hash.update(`${name}\0${manifest}\0`);
  }
  return hash.digest('hex').slice(0, 16);
}

function sourceFilesUnder(folder: string): string[] {
  const entries = readdirSync(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => !relative(folder, path).split(sep).includes('fixtures'))
    .sort();
}
