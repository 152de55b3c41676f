// Where a set of content folders keeps what it carries between builds, under `node_modules/.cache/newsstand`.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { ResolvedOptions } from '../options.ts';

export interface CacheFolders {
  /** Parsed files: the last build's results (see stamped-results.ts). */
  parse: string;
  /** The last build's JSON files (see build-output.ts). */
  keptOutput: string;
  /** The last build's search index (see kept-search-index.ts). */
  searchIndex: string;
}

/**
 * Each set of content folders has folders of its own, so builds of other folders never prune its
 * entries; none with NEWSSTAND_NO_CACHE=1 (but see keptFoldersOf).
 */
export function cacheFoldersOf(options: ResolvedOptions): CacheFolders | undefined {
  if (!options.parseCache) return undefined;
  return { parse: join(options.cacheFolder, 'parse', foldersKey(options)), ...keptFoldersOf(options) };
}

/**
 * The kept output and search index, with NEWSSTAND_NO_CACHE=1 too: such a build trusts neither,
 * but writes its files over the kept ones rather than making new files (build-output.ts,
 * kept-search-index.ts).
 */
export function keptFoldersOf(options: ResolvedOptions): Omit<CacheFolders, 'parse'> {
  return {
    keptOutput: join(options.cacheFolder, 'output', foldersKey(options)),
    searchIndex: join(options.cacheFolder, 'search', foldersKey(options)),
  };
}

function foldersKey(options: ResolvedOptions): string {
  return createHash('sha1').update(options.contentFolders.join('\0')).digest('hex').slice(0, 12);
}
