// The search index's thread: records in, the index's shards out, so the main thread writes the site's files meanwhile.
import { parentPort } from 'node:worker_threads';
import { makeSearchIndex, stopSearchIndexer, type SearchIndex } from './search-index.ts';
import type { SearchRecord } from '../emit/search-records.ts';

export interface SearchTask {
  records: SearchRecord[];
  keptFolder?: string;
  perShard?: number;
}

export type SearchReply = { index: SearchIndex } | { failure: string };

parentPort?.once('message', (task: SearchTask) => {
  void makeSearchIndex(task.records, task.keptFolder, task.perShard)
    .then(
      (index): SearchReply => ({ index }),
      (error: unknown): SearchReply => ({ failure: error instanceof Error ? error.message : String(error) }),
    )
    .then(async (reply) => {
      // Pagefind's service process goes first: the thread then has nothing left to keep it alive.
      await stopSearchIndexer();
      parentPort?.postMessage(reply);
    });
});
