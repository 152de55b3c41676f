// The search index: Pagefind's, made from the stories' records once the JSON files are emitted, and written into `newsstand/search/`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { searchIndexFolder } from '../../src/model/index.ts';
import type { SearchRecord } from '../emit/search-records.ts';

export interface SearchIndexFile {
  /** Relative to `newsstand/search/` (`pagefind.js`, `index/en_1a2b3c4.pf_index`). */
  path: string;
  content: Uint8Array;
}

/**
 * Records sent to Pagefind's service at once. All 14,000 at once queue as many replies; one at a
 * time waits on each round trip. Either is slower than batches (docs/performance.md).
 */
const recordsInFlight = 500;

/** Pagefind's ready-made search interfaces: the app draws its own, so the site does not ship them. */
const readyMadeInterface = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/**
 * One index over every record, in English (the Smartable sites are): stemming ("hackers" finds
 * "hacker"), prefixes of the last word ("hack" finds "hackers") and diacritics folded. Throws when
 * Pagefind refuses a record or cannot start, so the caller can report it and build on without search.
 */
export async function buildSearchIndex(records: readonly SearchRecord[]): Promise<SearchIndexFile[]> {
  const created = await pagefind.createIndex({ forceLanguage: 'en' });
  const index = created.index;
  if (!index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
  try {
    for (let start = 0; start < records.length; start += recordsInFlight) {
      const batch = records.slice(start, start + recordsInFlight);
      const responses = await Promise.all(
        batch.map(({ url, content, meta, filters }) => index.addCustomRecord({ url, content, language: 'en', meta: { ...meta }, filters })),
      );
      const refused = responses.flatMap((response, offset) => response.errors.map((error) => `${batch[offset]?.url}: ${error}`));
      if (refused.length > 0) throw new Error(`Pagefind refused ${refused.length} record(s): ${refused.slice(0, 3).join('; ')}`);
    }
    const { files, errors } = await index.getFiles();
    if (errors.length > 0) throw new Error(`Pagefind could not write the index: ${errors.join('; ')}`);
    return files.filter((file) => !readyMadeInterface.test(file.path)).map(({ path, content }) => ({ path, content }));
  } finally {
    await index.deleteIndex();
  }
}

/** Stops Pagefind's service process, so a finished build can exit; a later index starts it again. */
export async function stopSearchIndexer(): Promise<void> {
  await pagefind.close();
}

export function writeSearchIndex(files: readonly SearchIndexFile[], outDir: string): void {
  for (const file of files) {
    const target = join(outDir, searchIndexFolder, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.content);
  }
}

export function searchIndexBytes(files: readonly SearchIndexFile[]): number {
  return files.reduce((total, file) => total + file.content.byteLength, 0);
}

/** What a static host would send for each of the index's files. */
export function mediaTypeOfSearchFile(path: string): string {
  if (path.endsWith('.js')) return 'text/javascript; charset=utf-8';
  if (path.endsWith('.json')) return 'application/json; charset=utf-8';
  return 'application/octet-stream';
}
