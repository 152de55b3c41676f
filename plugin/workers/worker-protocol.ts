// The messages between the main thread and a parse worker: plain, structured-cloneable data.
import type { ParseOptions } from '../types.ts';

export interface WorkerTask {
  id: number;
  path: string;
  /** The file's bytes, transferred (not copied) to the worker. */
  source: Uint8Array;
  options: ParseOptions;
}

/**
 * A result travels as JSON text: structured cloning of the nested drafts costs a worker more than
 * writing JSON. `ready` comes first, once the worker's code has loaded: a thread that dies before
 * it blames no file.
 */
export type WorkerReply = { ready: true } | { id: number; resultJson: string } | { id: number; failure: string };
