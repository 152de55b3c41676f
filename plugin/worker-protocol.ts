// The messages between the main thread and a parse worker: plain, structured-cloneable data.
import type { FileResult, ProcessOptions } from './types.ts';

export interface WorkerTask {
  id: number;
  path: string;
  /** The file's bytes, transferred (not copied) to the worker. */
  source: Uint8Array;
  options: ProcessOptions;
}

/** `ready` comes first, once the worker's code has loaded: a thread that dies before it blames no file. */
export type WorkerReply = { ready: true } | { id: number; result: FileResult } | { id: number; failure: string };
