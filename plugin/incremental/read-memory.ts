// What the read stage asks of the last build: a file's result when the file is unchanged, or when its bytes are.
import { statSync } from 'node:fs';
import { mkdir, readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { BuildResult, FileResult, FileStamp, ParseOptions } from '../types.ts';
import { saltOf, sourceKeyOf } from './source-key.ts';
import { loadStampedResults, type StampedResults } from './stamped-results.ts';

/**
 * One build's use of the last build's stored results. The read stage calls `recall` for every
 * file, `resultOf` for each one it had to read, then `finish` once, which stores this build's
 * results: files edited, renamed or deleted since leave theirs behind.
 */
export interface ReadMemory {
  /** The file's result as the last build stored it, when its stamp is unchanged and old enough to trust; else its stamp now, to read it. */
  recall(path: string): { result: BuildResult } | { stamp: FileStamp | undefined };
  /**
   * The result for these bytes: the last build's for the same path and source key, or `parse`'s,
   * kept for the next build. `share` is applied to a parsed result, so the stored rows see cards
   * repeated across files as one object (read/shared-cards.ts).
   */
  resultOf(
    path: string,
    source: Buffer,
    stamp: FileStamp | undefined,
    parse: () => Promise<FileResult>,
    share: (result: FileResult) => FileResult,
  ): Promise<BuildResult>;
  /** Saves this build's results for the next one. */
  finish(): Promise<void>;
}

/** `codeVersion` comes from processingCodeVersion(); `folder` is this set of content folders' parse folder (cache-folders.ts). */
export async function openReadMemory(folder: string, codeVersion: string, options: ParseOptions): Promise<ReadMemory> {
  await mkdir(folder, { recursive: true });
  const salt = saltOf(codeVersion, options);
  const stamped: StampedResults = await loadStampedResults(folder, salt);
  return {
    recall(path) {
      const stamp = stampOf(path);
      const unchanged = stamp ? stamped.resultOf(path, stamp) : undefined;
      if (!stamp || unchanged?.sourceKey === undefined) return { stamp };
      stamped.remember(path, stamp, unchanged);
      return { result: unchanged };
    },
    async resultOf(path, source, stamp, parse, share) {
      const sourceKey = sourceKeyOf(salt, path, source);
      // The same bytes as last build (a file touched, copied back or checked out again, or one
      // whose stamp is too recent to trust): its stored result, not a parse.
      const known = stamped.resultWithKey(path, sourceKey);
      const keyed: BuildResult = { ...(known ?? share(await parse())), sourceKey, ...(stamp && { stamp }) };
      if (stamp) stamped.remember(path, stamp, keyed);
      return keyed;
    },
    async finish() {
      const wroteAll = await stamped.save();
      if (wroteAll) await removeEntryFiles(folder);
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

/**
 * Builds before this one kept a file a parsed article, `<source key>.json`, beside the stored
 * results. The stored results hold the same results now (`resultWithKey`), so such files are
 * only removed.
 */
async function removeEntryFiles(folder: string): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[]);
  const entryName = /^[0-9a-f]{40}\.json$/;
  await Promise.all(names.filter((name) => entryName.test(name)).map((name) => unlink(join(folder, name)).catch(() => undefined)));
}
