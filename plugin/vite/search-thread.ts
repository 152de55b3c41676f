// Makes the search index on a thread of its own, started as soon as the stories are known.
import { Worker } from 'node:worker_threads';
import { processingCodeVersion } from '../incremental/index.ts';
import { bundledWorkerFile } from '../workers/worker-bundle.ts';
import type { SearchRecord } from '../emit/search-records.ts';
import { makeSearchIndex, stopSearchIndexer, type SearchIndex } from './search-index.ts';
import type { SearchReply, SearchTask } from './search-worker.ts';

export interface SearchIndexing {
  index: Promise<SearchIndex>;
  /** Stops the indexing (the build failed): the thread, and with it Pagefind's service. */
  stop(): Promise<void>;
}

export interface SearchThread {
  /** Hands the records over; called on the thread that then writes the site's files. */
  start(records: SearchRecord[]): SearchIndexing;
  /** Lets the thread go when no records came (the content failed first). */
  close(): Promise<void>;
}

/**
 * The build writes thousands of files synchronously right after the records are ready, and
 * nothing asynchronous runs on this thread meanwhile, not even starting a worker. So the thread is
 * started first, at the start of the build (idle, it keeps no process alive), and the records are
 * posted to it at once: the index is made while the files are written. Where no thread can start,
 * the index is made here, after them, as before.
 */
export function prepareSearchThread(settings: { cacheFolder: string; keptFolder?: string; perShard?: number }): SearchThread {
  let worker: Worker | undefined;
  let closed = false;
  const ready = processingCodeVersion()
    .then((version) => bundledWorkerFile(settings.cacheFolder, version, 'search-worker'))
    .then(
      (file) => {
        if (closed) return undefined;
        worker = new Worker(file);
        worker.unref();
        return worker;
      },
      () => undefined,
    );
  const inProcess = async (records: SearchRecord[]): Promise<SearchIndex> => {
    try {
      return await makeSearchIndex(records, settings.keptFolder, settings.perShard);
    } finally {
      await stopSearchIndexer();
    }
  };
  const onThread = (thread: Worker, task: SearchTask) =>
    new Promise<SearchIndex>((resolve, reject) => {
      thread.ref();
      thread.once('message', (reply: SearchReply) => {
        if ('index' in reply) resolve(reply.index);
        else reject(new Error(reply.failure));
        void thread.terminate();
      });
      thread.once('error', reject);
      thread.once('exit', (code) => reject(new Error(`the search index's thread stopped (exit code ${code})`)));
      thread.postMessage(task);
    });
  return {
    start(records) {
      const task: SearchTask = {
        records,
        ...(settings.keptFolder && { keptFolder: settings.keptFolder }),
        ...(settings.perShard && { perShard: settings.perShard }),
      };
      const index = worker ? onThread(worker, task) : ready.then((thread) => (thread ? onThread(thread, task) : inProcess(records)));
      return {
        index,
        async stop() {
          closed = true;
          await (await ready)?.terminate();
        },
      };
    },
    async close() {
      closed = true;
      await (await ready)?.terminate();
    },
  };
}
