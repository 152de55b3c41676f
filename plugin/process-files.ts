// Turns the corpus's paths into FileResults: read with bounded concurrency, then the parse cache, then worker threads.
import { availableParallelism } from 'node:os';
import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { cacheFoldersOf } from './cache-folders.ts';
import { openParseCache, type ParseCache } from './cache.ts';
import { processingCodeVersion } from './cache-version.ts';
import { loadStampedResults, type StampedResults } from './stamped-results.ts';
import type { ResolvedOptions } from './options.ts';
import type { BuildResult, FileResult, FileStamp, ProcessOptions } from './types.ts';
import { bundledWorkerFile } from './worker-bundle.ts';
import { createWorkerPool, type WorkerPool } from './worker-pool.ts';
import { createCardSharing } from './worker-shared-cards.ts';
import { processFileQuickly } from './worker-task.ts';

export interface ProcessFilesSettings {
  /** `node_modules/.cache/newsstand` under the Vite root, where the bundled worker lives: without it, no threads. */
  cacheFolder?: string;
  /** Where parsed files are kept between builds; without it (NEWSSTAND_NO_CACHE=1), every file is parsed. */
  parseCacheFolder?: string;
  /** Below this many files, starting threads costs more than it saves: they are parsed on this thread. */
  workerThreshold?: number;
  /** Parse threads; default one a core. */
  threads?: number;
}

export function processFilesSettingsOf(options: ResolvedOptions): ProcessFilesSettings {
  const parseCacheFolder = cacheFoldersOf(options)?.parse;
  return { cacheFolder: options.cacheFolder, ...(parseCacheFolder && { parseCacheFolder }) };
}

const defaultWorkerThreshold = 200;
/** Files read or parsing at once, a core: enough to keep every thread busy, few enough that memory stays flat. */
const inFlightPerThread = 4;
/** Starting threads costs about as much as parsing a handful of files on this one. */
const missesBeforeThreads = 8;

/**
 * Yields one result a path, in the order of `paths`, never holding more than a small window of
 * files at once. `paths` is the whole corpus: when a cache is used, entries of files that are no
 * longer there (edited, renamed, deleted) are pruned at the end.
 */
export async function* processFiles(
  paths: Iterable<string>,
  options: ProcessOptions,
  settings: ProcessFilesSettings = {},
): AsyncIterable<BuildResult> {
  const list = [...paths];
  const needsVersion = settings.cacheFolder !== undefined || settings.parseCacheFolder !== undefined;
  const codeVersion = needsVersion ? await processingCodeVersion() : undefined;
  const caching =
    settings.parseCacheFolder !== undefined && codeVersion !== undefined
      ? await startCaching(settings.parseCacheFolder, codeVersion, options)
      : undefined;
  const threads = Math.max(1, settings.threads ?? availableParallelism());
  const useWorkers = list.length >= (settings.workerThreshold ?? defaultWorkerThreshold) && settings.cacheFolder !== undefined;
  let pool: Promise<WorkerPool | undefined> | undefined;
  let misses = 0;
  // With a cache, the first few misses are parsed here: a rebuild after a few edits never pays for threads.
  const parser = () => {
    misses += 1;
    if (caching && misses <= missesBeforeThreads) return undefined;
    if (!useWorkers || settings.cacheFolder === undefined || codeVersion === undefined) return undefined;
    pool ??= startPool(settings.cacheFolder, codeVersion, threads);
    return pool;
  };
  // Results known from the last build are values, not promises: a rebuild's 14,000 of them cost no trip through the microtask queue each.
  const window: (BuildResult | Promise<BuildResult>)[] = [];
  const windowSize = (useWorkers ? threads : 1) * inFlightPerThread;
  const share = createCardSharing();
  try {
    for (const path of list) {
      const stamp = caching ? stampOf(path) : undefined;
      const unchanged = caching && stamp ? unchangedResult(path, stamp, caching) : undefined;
      window.push(unchanged ?? resultOf(path, stamp, options, caching, parser, share));
      if (window.length >= windowSize) yield window.shift() as BuildResult | Promise<BuildResult>;
    }
    while (window.length > 0) yield window.shift() as BuildResult | Promise<BuildResult>;
    if (caching) await saveAndPrune(caching);
  } finally {
    await Promise.allSettled(window);
    await (await pool)?.close();
  }
}

/** What a build with the parse cache carries from file to file. */
interface Caching {
  cache: ParseCache;
  stamped: StampedResults;
  /** Entries this build used: the rest are pruned at the end. */
  usedKeys: Set<string>;
}

/**
 * Entries this build did not use are deleted: those the last build's results name, or, when a
 * whole new set of results is written, every one the folder holds (a build that stopped before
 * saving may have left some that no results name).
 */
async function saveAndPrune({ cache, stamped, usedKeys }: Caching): Promise<void> {
  const unused = stamped.unusedKeys(usedKeys);
  const wroteAll = await stamped.save();
  if (unused && !wroteAll) await cache.forget(unused);
  else await cache.prune(usedKeys);
}

async function startCaching(folder: string, codeVersion: string, options: ProcessOptions): Promise<Caching> {
  const cache = await openParseCache(folder, codeVersion, options);
  return { cache, stamped: await loadStampedResults(folder, cache.salt), usedKeys: new Set<string>() };
}

/** The last build's result for a file that has not changed since, if there is one. */
function unchangedResult(path: string, stamp: FileStamp, caching: Caching): BuildResult | undefined {
  const unchanged = caching.stamped.resultOf(path, stamp);
  if (unchanged?.sourceKey === undefined) return undefined;
  caching.usedKeys.add(unchanged.sourceKey);
  caching.stamped.remember(path, stamp, unchanged);
  return unchanged;
}

async function resultOf(
  path: string,
  stamp: FileStamp | undefined,
  options: ProcessOptions,
  caching: Caching | undefined,
  parser: () => Promise<WorkerPool | undefined> | undefined,
  share: (result: FileResult) => FileResult,
): Promise<BuildResult> {
  let source: Buffer;
  try {
    source = await readFile(path);
  } catch (error) {
    return unreadableFile(path, error);
  }
  const parse = async (): Promise<FileResult> => {
    const pool = await parser();
    return pool ? pool.run(path, source, options) : processFileQuickly(path, source, options);
  };
  const key = caching?.cache.key(path, source);
  if (!caching || key === undefined) return share(await parse());
  caching.usedKeys.add(key);
  const result = await caching.cache.readOrMake(key, parse);
  const keyed: BuildResult = { ...share(result), sourceKey: key, ...(stamp && { stamp }) };
  if (stamp) caching.stamped.remember(path, stamp, keyed);
  return keyed;
}

/**
 * Synchronous on purpose: a rebuild stats every file, and 14,000 trips through the thread pool
 * cost 0.5 s where the calls themselves take a few microseconds each.
 */
export function stampOf(path: string): FileStamp | undefined {
  const stats = statSync(path, { throwIfNoEntry: false });
  return stats ? { size: stats.size, mtimeMs: stats.mtimeMs, ino: stats.ino } : undefined;
}

async function startPool(cacheFolder: string, codeVersion: string, threads: number): Promise<WorkerPool | undefined> {
  try {
    const inProcess = (path: string, source: Uint8Array, options: ProcessOptions) =>
      processFileQuickly(path, Buffer.from(source.buffer, source.byteOffset, source.byteLength), options);
    return createWorkerPool(await bundledWorkerFile(cacheFolder, codeVersion), threads, inProcess);
  } catch {
    // No bundler or no writable cache: parsing on this thread is slower but gives the same results.
    return undefined;
  }
}

function unreadableFile(path: string, error: unknown): FileResult {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    path,
    outcome: { kind: 'invalid' },
    problems: [{ path, line: 1, message: `cannot read the file: ${reason}`, severity: 'error' }],
  };
}
