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
 * entries; none with NEWSSTAND_NO_CACHE=1.
 */
export function cacheFoldersOf(options: ResolvedOptions): CacheFolders | undefined {
  if (!options.parseCache) return undefined;
  const folders = createHash('sha1').update(options.contentFolders.join('\0')).digest('hex').slice(0, 12);
  return {
    parse: join(options.cacheFolder, 'parse', folders),
    keptOutput: join(options.cacheFolder, 'output', folders),
    searchIndex: join(options.cacheFolder, 'search', folders),
  };
}
