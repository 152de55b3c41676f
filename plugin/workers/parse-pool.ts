// A pool of parse threads running the bundled worker, or undefined where one cannot start (then files are parsed on this thread).
import { parseFileQuickly } from '../parse/parse-file-quickly.ts';
import type { ParseOptions } from '../types.ts';
import { bundledWorkerFile } from './worker-bundle.ts';
import { createWorkerPool, type WorkerPool } from './worker-pool.ts';

/** `unref`: idle threads never keep the process alive (the dev server's pool, which lives as long as it). */
export async function startParsePool(
  cacheFolder: string,
  codeVersion: string,
  threads: number,
  settings: { unref?: boolean } = {},
): Promise<WorkerPool | undefined> {
  try {
    const inProcess = (path: string, source: Uint8Array, options: ParseOptions) =>
      parseFileQuickly(path, Buffer.from(source.buffer, source.byteOffset, source.byteLength), options);
    return createWorkerPool(await bundledWorkerFile(cacheFolder, codeVersion), threads, inProcess, settings);
  } catch {
    // No bundler or no writable cache: parsing on this thread is slower but gives the same results.
    return undefined;
  }
}
