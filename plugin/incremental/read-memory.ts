// What the read stage asks of the last build: a file's result when the file is unchanged, or its parse-cache entry when its bytes are.
import { statSync } from 'node:fs';
import type { BuildResult, FileResult, FileStamp, ParseOptions } from '../types.ts';
import { openParseCache, type ParseCache } from './parse-cache.ts';
import { loadStampedResults, type StampedResults } from './stamped-results.ts';

/**
 * One build's use of the parse cache and the stored results. The read stage calls `recall` for
 * every file, `resultOf` for each one it had to read, then `finish` once: entries this build did
 * not use (edited, renamed, deleted files) are pruned then.
 */
export interface ReadMemory {
  /** The file's result as the last build stored it, when its stamp is unchanged and old enough to trust; else its stamp now, to read it. */
  recall(path: string): { result: BuildResult } | { stamp: FileStamp | undefined };
  /**
   * The result for these bytes: the parse cache's entry for them (by source key), or `parse`'s,
   * kept for the next build. `share` is applied first, so the stored rows see cards repeated across
   * files as one object (read/shared-cards.ts).
   */
  resultOf(
    path: string,
    source: Buffer,
    stamp: FileStamp | undefined,
    parse: () => Promise<FileResult>,
    share: (result: FileResult) => FileResult,
  ): Promise<BuildResult>;
  /** Saves this build's results for the next one and prunes what it did not use. */
  finish(): Promise<void>;
}

/** `codeVersion` comes from processingCodeVersion(); `folder` is this set of content folders' parse folder (cache-folders.ts). */
export async function openReadMemory(folder: string, codeVersion: string, options: ParseOptions): Promise<ReadMemory> {
  const cache: ParseCache = await openParseCache(folder, codeVersion, options);
  const stamped: StampedResults = await loadStampedResults(folder, cache.salt);
  const usedKeys = new Set<string>();
  return {
    recall(path) {
      const stamp = stampOf(path);
      const unchanged = stamp ? stamped.resultOf(path, stamp) : undefined;
      if (!stamp || unchanged?.sourceKey === undefined) return { stamp };
      usedKeys.add(unchanged.sourceKey);
      stamped.remember(path, stamp, unchanged);
      return { result: unchanged };
    },
    async resultOf(path, source, stamp, parse, share) {
      const key = cache.key(path, source);
      usedKeys.add(key);
      const result = await cache.readOrMake(key, parse);
      const keyed: BuildResult = { ...share(result), sourceKey: key, ...(stamp && { stamp }) };
      if (stamp) stamped.remember(path, stamp, keyed);
      return keyed;
    },
    async finish() {
      // Entries this build did not use are deleted: those the last build's results name, or, when
      // a whole new set of results is written, every one the folder holds (a build that stopped
      // before saving may have left some that no results name).
      const unused = stamped.unusedKeys(usedKeys);
      const wroteAll = await stamped.save();
      if (unused && !wroteAll) await cache.forget(unused);
      else await cache.prune(usedKeys);
    },
  };
}

/**
 * Synchronous on purpose: a rebuild stats every file, and a trip through the thread pool for
 * each costs far more than the calls themselves.
 */
function stampOf(path: string): FileStamp | undefined {
  const stats = statSync(path, { throwIfNoEntry: false });
  return stats ? { size: stats.size, mtimeMs: stats.mtimeMs, ino: stats.ino } : undefined;
}
