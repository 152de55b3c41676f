// A parse worker: receives file bytes, answers with the FileResult; an exception becomes a failure message, never a dead thread.
import { parentPort } from 'node:worker_threads';
import type { WorkerReply, WorkerTask } from './worker-protocol.ts';
import { parseFileQuickly } from '../parse/parse-file-quickly.ts';

parentPort?.on('message', (task: WorkerTask) => {
  let reply: WorkerReply;
  try {
    const source = Buffer.from(task.source.buffer, task.source.byteOffset, task.source.byteLength);
    reply = { id: task.id, resultJson: JSON.stringify(parseFileQuickly(task.path, source, task.options)) };
  } catch (error) {
    reply = { id: task.id, failure: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort?.postMessage(reply);
});
parentPort?.postMessage({ ready: true } satisfies WorkerReply);
