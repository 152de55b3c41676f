// A small pool of parse workers: files go to the least busy thread; a crashed thread is replaced and its files retried.
import { Worker } from 'node:worker_threads';
import type { FileResult, ParseOptions } from '../types.ts';
import type { WorkerReply, WorkerTask } from './worker-protocol.ts';

export interface WorkerPool {
  run(path: string, source: Uint8Array, options: ParseOptions): Promise<FileResult>;
  close(): Promise<void>;
}

interface PendingTask {
  task: WorkerTask;
  /** Transferred bytes are gone from this thread: each dispatch sends a copy, so a retry still has them. */
  source: Uint8Array;
  /** Threads this file brought down (it was the oldest task of a thread that died). */
  crashes: number;
  resolve: (result: FileResult) => void;
}

interface Thread {
  worker: Worker;
  /** In dispatch order: a worker handles its messages first in, first out. */
  running: Map<number, PendingTask>;
  ready: boolean;
}

/**
 * Parsing makes many short-lived objects; V8's default young generation lets each thread grow a
 * long way before collecting. 8 MB costs no measurable time and keeps a build's memory much smaller.
 */
export const youngGenerationMegabytes = 8;

/** A file that brings down a thread twice is reported, not retried forever. */
const maxCrashes = 2;

/** Parses one file on this thread: used once threads keep dying without answering (a broken worker file). */
export type InProcessParser = (path: string, source: Uint8Array, options: ParseOptions) => FileResult;

export function createWorkerPool(
  workerFile: string,
  size: number,
  inProcess: InProcessParser,
  settings: { unref?: boolean } = {},
): WorkerPool {
  const threads: Thread[] = [];
  let nextId = 0;
  let closing = false;
  let crashesWithoutReply = 0;
  const broken = () => crashesWithoutReply > 2 * Math.max(1, size) + 2;

  const start = (): Thread => {
    const thread: Thread = {
      worker: new Worker(workerFile, { resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMegabytes } }),
      running: new Map(),
      ready: false,
    };
    thread.worker.on('message', (reply: WorkerReply) => {
      if ('ready' in reply) {
        thread.ready = true;
        return;
      }
      const pending = thread.running.get(reply.id);
      if (!pending) return;
      crashesWithoutReply = 0;
      thread.running.delete(reply.id);
      if (settings.unref && thread.running.size === 0) thread.worker.unref();
      pending.resolve(
        'resultJson' in reply
          ? (JSON.parse(reply.resultJson) as FileResult)
          : failedFile(pending.task.path, `the parser failed: ${reply.failure}`),
      );
    });
    const replace = (reason: string) => {
      const index = threads.indexOf(thread);
      if (index === -1) return;
      threads.splice(index, 1);
      const orphans = [...thread.running.values()];
      thread.running.clear();
      if (closing) return;
      crashesWithoutReply += 1;
      if (!broken()) threads.push(start());
      // The oldest task was the one running when the thread died; the others only waited behind it.
      const culprit = thread.ready ? orphans[0] : undefined;
      if (culprit) culprit.crashes += 1;
      for (const pending of orphans) {
        if (pending.crashes >= maxCrashes)
          pending.resolve(failedFile(pending.task.path, `a parse worker stopped on this file (${reason})`));
        else dispatch(pending);
      }
    };
    thread.worker.on('error', (error) => replace(error.message));
    thread.worker.on('exit', (code) => replace(`exit code ${code}`));
    // After the listeners: adding a 'message' listener refs the thread's port again.
    if (settings.unref) thread.worker.unref();
    return thread;
  };

  const dispatch = (pending: PendingTask) => {
    if (broken() || threads.length === 0) {
      try {
        pending.resolve(inProcess(pending.task.path, pending.source, pending.task.options));
      } catch (error) {
        pending.resolve(failedFile(pending.task.path, `the parser failed: ${String(error)}`));
      }
      return;
    }
    const thread = threads.reduce((best, candidate) => (candidate.running.size < best.running.size ? candidate : best));
    const source = pending.source.slice();
    thread.running.set(pending.task.id, pending);
    // A thread at work holds the process open, or a script awaiting its answer would end first.
    if (settings.unref) thread.worker.ref();
    thread.worker.postMessage({ ...pending.task, source }, [source.buffer as ArrayBuffer]);
  };

  for (let index = 0; index < Math.max(1, size); index += 1) threads.push(start());

  return {
    run(path, source, options) {
      return new Promise<FileResult>((resolve) => {
        nextId += 1;
        dispatch({ task: { id: nextId, path, source: new Uint8Array(0), options }, source, crashes: 0, resolve });
      });
    },
    async close() {
      closing = true;
      await Promise.all(threads.map((thread) => thread.worker.terminate()));
    },
  };
}

function failedFile(path: string, message: string): FileResult {
  return { path, outcome: { kind: 'invalid' }, problems: [{ path, line: 1, message, severity: 'error' }] };
}
