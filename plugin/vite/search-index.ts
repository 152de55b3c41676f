// The search index: Pagefind's, made from the stories' records once the JSON files are emitted, and written into `newsstand/search/`.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { isLinkedFrom, linkFolder, openKeptSearchIndex, searchIndexKey, writeFiles, type IndexFile } from '../incremental/index.ts';
import { articleShard, searchIndexFolder, searchShardCount, searchShardFolder } from '../../src/model/index.ts';
import type { SearchRecord } from '../emit/search-records.ts';

/** One file of a shard's bundle, its path relative to the shard's folder (`pagefind.js`, `index/en_1a2b3c4.pf_index`). */
export type SearchIndexFile = IndexFile;

/**
 * Records sent to Pagefind's service at once: one at a time waits on every round trip (almost
 * twice as slow), and all at once is no faster than this while queueing every reply (docs/performance.md).
 */
const recordsInFlight = 500;

/**
 * Pagefind writes each result's fragment (its URL, which carries the card, and its words) to a file,
 * or bundles fragments into about `maxFragments` shared files. Two to a file halve the files a cold
 * build creates and the next build deletes, each costly on a disk that discards what it frees, and
 * keep a later query within issue 15's 50 KB; four went over it (docs/performance.md).
 */
const fewestFragmentsAFile = 2;

/**
 * At most this many fragment files over all shards: at 14,000 stories, writing 14,000 files cost
 * more time than the whole index otherwise (docs/performance.md), and a result then fetches its
 * group of about seven.
 */
const mostFragmentFiles = 2000;

/** Pagefind's ready-made search interfaces: the app draws its own, so the site does not ship them. */
const readyMadeInterface = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/**
 * One Pagefind index over the records given (a shard's), in English (the Smartable sites are): stemming ("hackers" finds
 * "hacker"), prefixes of the last word ("hack" finds "hackers") and diacritics folded. Throws when
 * Pagefind refuses a record or cannot start, so the caller can report it and build on without search.
 */
export async function buildSearchIndex(records: readonly SearchRecord[], maxFragments = mostFragmentFiles): Promise<SearchIndexFile[]> {
  const created = await pagefind.createIndex({ forceLanguage: 'en', maxFragments });
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

/** `makeSearchIndex` for a build, which needs Pagefind's service no longer once the index is made (or failed). */
export async function makeSearchIndexThenStop(
  records: readonly SearchRecord[],
  keptFolder?: string,
  perShard?: number,
  trustKept?: boolean,
): Promise<SearchIndex> {
  try {
    return await makeSearchIndex(records, keptFolder, perShard, trustKept);
  } finally {
    await stopSearchIndexer();
  }
}

/**
 * Read from its package.json, found where Node would look for the package: its exports name
 * neither that file nor a main that require() could resolve.
 */
function installedPagefindVersion(): string {
  for (const folder of createRequire(import.meta.url).resolve.paths('pagefind') ?? []) {
    try {
      return (JSON.parse(readFileSync(join(folder, 'pagefind', 'package.json'), 'utf8')) as { version: string }).version;
    } catch {
      // Not in this folder: the next one up.
    }
  }
  return 'unknown';
}

const pagefindVersion = installedPagefindVersion();

/** One shard of a made index: in memory, or kept in a folder (the cache's) to link into the site from. */
export type SearchShard = { files: SearchIndexFile[]; folder?: undefined; reused: false } | { folder: string; reused: boolean };

export interface SearchIndex {
  /** In shard order: shard n goes to `newsstand/search/<n>/`. */
  shards: SearchShard[];
}

/** The records of each shard, in their order; a story's shard is `articleShard(id, count)`, as the page expects. */
export function recordsByShard(records: readonly SearchRecord[], perShard?: number): SearchRecord[][] {
  const shards: SearchRecord[][] = Array.from({ length: searchShardCount(records.length, perShard) }, () => []);
  for (const record of records) shards[articleShard(record.id, shards.length)]?.push(record);
  return shards;
}

/**
 * One Pagefind index a shard. With `keptFolder` (the cache is on), a shard made from the very same
 * records is linked from there, not made again: an edit indexes its own shard (about 2,000
 * stories) and no other, and an edit no search shows (quality, related) indexes nothing. Without
 * `trustKept` (NEWSSTAND_NO_CACHE=1) every shard is made again, and written over the kept one,
 * where a file with the same bytes stays the file it was.
 */
export async function makeSearchIndex(
  records: readonly SearchRecord[],
  keptFolder?: string,
  perShard?: number,
  trustKept = true,
): Promise<SearchIndex> {
  const byShard = recordsByShard(records, perShard);
  const shards: SearchShard[] = [];
  // One after another: Pagefind's service is one process, and the content build is done.
  for (const [number, shardRecords] of byShard.entries()) {
    const maxFragments = fragmentFiles(shardRecords.length, byShard.length);
    if (!keptFolder) {
      shards.push({ files: await buildSearchIndex(shardRecords, maxFragments), reused: false });
      continue;
    }
    const kept = openKeptSearchIndex(join(keptFolder, String(number)));
    const key = searchIndexKey([maxFragments, shardRecords], pagefindVersion);
    const recalled = trustKept ? kept.recall(key) : undefined;
    shards.push(
      recalled
        ? { folder: recalled, reused: true }
        : { folder: kept.keep(key, await buildSearchIndex(shardRecords, maxFragments)), reused: false },
    );
  }
  return { shards };
}

/** How many fragment files a shard of `stories` bundles its fragments into, one of `shards`. */
export function fragmentFiles(stories: number, shards: number): number {
  return Math.max(1, Math.min(Math.ceil(mostFragmentFiles / shards), Math.ceil(stories / fewestFragmentsAFile)));
}

/**
 * Makes `newsstand/search/` this index and nothing else: a rebuild gets the last build's `newsstand/`
 * back (BuildOutput's setAside), and Pagefind names its files by content, so the last index's files
 * would stay beside the new. A shard the last build linked from the same kept folder is left as it
 * is: a rebuild after one edit links again the one shard it made, not all of them.
 */
export function writeSearchIndex(index: SearchIndex, outDir: string): void {
  const root = join(outDir, searchIndexFolder);
  const shardNames = new Set(index.shards.map((_shard, number) => String(number)));
  let entries: string[] = [];
  try {
    entries = readdirSync(root);
  } catch {
    // None yet, or a file where the folder goes.
    rmSync(root, { recursive: true, force: true });
  }
  for (const entry of entries) if (!shardNames.has(entry)) rmSync(join(root, entry), { recursive: true, force: true });
  for (const [number, shard] of index.shards.entries()) {
    const target = join(outDir, searchShardFolder(number));
    if (shard.folder !== undefined && isLinkedFrom(shard.folder, target)) continue;
    rmSync(target, { recursive: true, force: true });
    if (shard.folder === undefined) writeFiles(shard.files, target);
    else linkFolder(shard.folder, target);
  }
}

/** A site built without its index (search off, or the index failed) keeps no earlier build's. */
export function removeSearchIndex(outDir: string): void {
  rmSync(join(outDir, searchIndexFolder), { recursive: true, force: true });
}

/** What a static host would send for each of the index's files. */
export function mediaTypeOfSearchFile(path: string): string {
  if (path.endsWith('.js')) return 'text/javascript; charset=utf-8';
  if (path.endsWith('.json')) return 'application/json; charset=utf-8';
  return 'application/octet-stream';
}
