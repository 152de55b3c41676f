// The version of the code that turns a file into a FileResult: a cached result or a bundled worker is only reused by the same code.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const pluginFolder = fileURLToPath(new URL('.', import.meta.url));
const modelFolder = fileURLToPath(new URL('../src/model/', import.meta.url));
const projectFolder = fileURLToPath(new URL('..', import.meta.url));
/** Parsing also depends on these libraries: a new version of either may read YAML differently. */
const parsingPackages = ['gray-matter', 'js-yaml'];

let memo: Promise<string> | undefined;

/** A short hash of every non-test source file of the plugin and the model, and the parsing libraries' versions. */
export function processingCodeVersion(): Promise<string> {
  memo ??= hashSources();
  return memo;
}

/** Synchronous: some 60 small files, where a thread-pool round trip each cost a rebuild more than the reads. */
async function hashSources(): Promise<string> {
  const hash = createHash('sha1');
  for (const folder of [pluginFolder, modelFolder]) {
    const names = readdirSync(folder).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts')).sort();
    for (const name of names) hash.update(`${name}\0`).update(readFileSync(join(folder, name))).update('\0');
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
