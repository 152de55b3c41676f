// Turns the corpus's paths into FileResults: read with bounded concurrency, then the parse cache, then worker threads.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { cacheFoldersOf, openReadMemory, processingCodeVersion, type ReadMemory } from '../incremental/index.ts';
import type { ResolvedOptions } from '../options.ts';
import { parseFileQuickly } from '../parse/parse-file-quickly.ts';
import type { BuildResult, FileResult, FileStamp, ParseOptions } from '../types.ts';
import { startParsePool } from '../workers/parse-pool.ts';
import type { WorkerPool } from '../workers/worker-pool.ts';
import { createCardSharing } from './shared-cards.ts';

export interface ReadFilesSettings {
  /** `node_modules/.cache/newsstand` under the Vite root, where the bundled worker lives: without it, no threads. */
  cacheFolder?: string;
  /** Where parsed files are kept between builds; without it (NEWSSTAND_NO_CACHE=1), every file is parsed. */
  parseCacheFolder?: string;
  /** Below this many files, starting threads costs more than it saves: they are parsed on this thread. */
  workerThreshold?: number;
  /** Parse threads; default one a core. */
  threads?: number;
}

export function readFilesSettingsOf(options: ResolvedOptions): ReadFilesSettings {
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
export async function* readFiles(
  paths: Iterable<string>,
  options: ParseOptions,
  settings: ReadFilesSettings = {},
): AsyncIterable<BuildResult> {
  const list = [...paths];
  const needsVersion = settings.cacheFolder !== undefined || settings.parseCacheFolder !== undefined;
  const codeVersion = needsVersion ? await processingCodeVersion() : undefined;
  const memory =
    settings.parseCacheFolder !== undefined && codeVersion !== undefined
      ? await openReadMemory(settings.parseCacheFolder, codeVersion, options)
      : undefined;
  const threads = Math.max(1, settings.threads ?? availableParallelism());
  const useWorkers = list.length >= (settings.workerThreshold ?? defaultWorkerThreshold) && settings.cacheFolder !== undefined;
  let pool: Promise<WorkerPool | undefined> | undefined;
  let misses = 0;
  // With a cache, the first few misses are parsed here: a rebuild after a few edits never pays for threads.
  const parser = () => {
    misses += 1;
    if (memory && misses <= missesBeforeThreads) return undefined;
    if (!useWorkers || settings.cacheFolder === undefined || codeVersion === undefined) return undefined;
    pool ??= startParsePool(settings.cacheFolder, codeVersion, threads);
    return pool;
  };
  // Results known from the last build are values, not promises: a rebuild's 14,000 of them cost no trip through the microtask queue each.
  const window: (BuildResult | Promise<BuildResult>)[] = [];
  const windowSize = (useWorkers ? threads : 1) * inFlightPerThread;
  const share = createCardSharing();
  try {
    for (const path of list) {
      const recalled = memory?.recall(path);
      window.push(recalled && 'result' in recalled ? recalled.result : resultOf(path, recalled?.stamp, options, memory, parser, share));
      if (window.length >= windowSize) yield window.shift() as BuildResult | Promise<BuildResult>;
    }
    while (window.length > 0) yield window.shift() as BuildResult | Promise<BuildResult>;
    await memory?.finish();
  } finally {
    await Promise.allSettled(window);
    await (await pool)?.close();
  }
}

async function resultOf(
  path: string,
  stamp: FileStamp | undefined,
  options: ParseOptions,
  memory: ReadMemory | undefined,
  parser: () => Promise<WorkerPool | undefined> | undefined,
  share: (result: FileResult) => FileResult,
): Promise<BuildResult> {
  let source: Buffer;
  try {
    // Synchronous on purpose: from the page cache a file is read in tens of microseconds, while the
    // promise API makes four trips through the thread pool a file (open, stat, read, close), each
    // waking a thread and then this one: 360 ms of this thread for 2,000 files, and on a virtual
    // machine's two cores every wake-up is costly (docs/performance.md).
    source = readFileSync(path);
  } catch (error) {
    return unreadableFile(path, error);
  }
  const parse = async (): Promise<FileResult> => {
    const pool = await parser();
    return pool ? pool.run(path, source, options) : parseFileQuickly(path, source, options);
  };
  if (!memory) return share(await parse());
  return memory.resultOf(path, source, stamp, parse, share);
}

function unreadableFile(path: string, error: unknown): FileResult {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    path,
    outcome: { kind: 'invalid' },
    problems: [{ path, line: 1, message: `cannot read the file: ${reason}`, severity: 'error' }],
  };
}
