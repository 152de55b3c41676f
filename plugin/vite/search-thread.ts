// Makes the search index on a thread of its own, started as soon as the articles are known.
import { Worker } from 'node:worker_threads';
import { processingCodeVersion } from '../incremental/index.ts';
import { bundledWorkerFile } from '../workers/worker-bundle.ts';
import { youngGenerationMegabytes } from '../workers/worker-pool.ts';
import type { SearchRecord } from '../emit/search-records.ts';
import { makeSearchIndexThenStop, type SearchIndex } from './search-index.ts';
import type { SearchReply, SearchTask } from './search-worker.ts';

export interface SearchThread {
  /** Hands the records over, on the thread that then writes the site's files; answers the index once made. */
  start(records: SearchRecord[]): Promise<SearchIndex>;
  /** Stops the thread, and with it Pagefind's service: the build failed, or no records came. */
  close(): Promise<void>;
}

/**
 * The build writes thousands of files synchronously right after the records are ready, and
 * nothing asynchronous runs on this thread meanwhile, not even starting a worker. So the thread is
 * started first, at the start of the build (idle, it keeps no process alive), and the records are
 * posted to it at once: the index is made while the files are written. Where no thread can start,
 * the index is made here, after them, as before.
 */
export function prepareSearchThread(settings: { cacheFolder: string } & Omit<SearchTask, 'records'>): SearchThread {
  const { cacheFolder, ...indexSettings } = settings;
  let worker: Worker | undefined;
  let closed = false;
  const ready = processingCodeVersion()
    .then((version) => bundledWorkerFile(cacheFolder, version, 'search-worker'))
    .then(
      (file) => {
        if (closed) return undefined;
        // Like a parse thread's: the records and Pagefind's replies are many short-lived objects.
        worker = new Worker(file, { resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMegabytes } });
        worker.unref();
        return worker;
      },
      () => undefined,
    );
  const onThread = (thread: Worker, records: SearchRecord[]) =>
    new Promise<SearchIndex>((resolve, reject) => {
      thread.ref();
      thread.once('message', (reply: SearchReply) => {
        if ('index' in reply) resolve(reply.index);
        else reject(new Error(reply.failure));
        void thread.terminate();
      });
      thread.once('error', reject);
      thread.once('exit', (code) => reject(new Error(`the search index's thread stopped (exit code ${code})`)));
      thread.postMessage({ records, ...indexSettings } satisfies SearchTask);
    });
  /** The index made on this thread, where no worker could start: a stop waits for it, as it cannot be terminated. */
  let inProcess: Promise<SearchIndex> | undefined;
  return {
    start(records) {
      if (worker) return onThread(worker, records);
      return ready.then((thread) => {
        // Stopped while the worker was still being bundled: a failed build must leave nothing
        // making an index (and writing the kept one) after it has ended.
        if (closed) throw new Error('the search index was stopped');
        if (thread) return onThread(thread, records);
        inProcess = makeSearchIndexThenStop(records, indexSettings.keptFolder, indexSettings.perShard, indexSettings.trustKept);
        return inProcess;
      });
    },
    async close() {
      closed = true;
      await (await ready)?.terminate();
      await inProcess?.catch(() => undefined);
    },
  };
}
