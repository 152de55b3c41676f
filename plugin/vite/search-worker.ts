// The search index's thread: records in, the index's shards out, so the main thread writes the site's files meanwhile.
import { parentPort } from 'node:worker_threads';
import { makeSearchIndexThenStop, type SearchIndex } from './search-index.ts';
import type { SearchRecord } from '../emit/search-records.ts';

export interface SearchTask {
  records: SearchRecord[];
  keptFolder?: string;
  perShard?: number;
  /** False with NEWSSTAND_NO_CACHE=1: every shard is made again (see makeSearchIndex). */
  trustKept?: boolean;
}

export type SearchReply = { index: SearchIndex } | { failure: string };

// Pagefind's service process is stopped before the reply: the thread then has nothing left to keep it alive.
parentPort?.once('message', (task: SearchTask) => {
  void makeSearchIndexThenStop(task.records, task.keptFolder, task.perShard, task.trustKept).then(
    (index) => parentPort?.postMessage({ index } satisfies SearchReply),
    (error: unknown) => parentPort?.postMessage({ failure: error instanceof Error ? error.message : String(error) } satisfies SearchReply),
  );
});
