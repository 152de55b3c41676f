// The seam that turns a list of paths into FileResults, one at a time: serial and simple here.
import { readFile } from 'node:fs/promises';
import { processFileQuickly } from './worker-task.ts';
import type { FileResult, ProcessOptions } from './types.ts';

/** Reads and processes each file in turn; a file that cannot be read becomes a problem, not a crash. */
export async function* processFiles(
  paths: Iterable<string>,
  options: ProcessOptions,
): AsyncIterable<FileResult> {
  for (const path of paths) {
    let source: Buffer;
    try {
      source = await readFile(path);
    } catch (error) {
      yield unreadableFile(path, error);
      continue;
    }
    yield processFileQuickly(path, source, options);
  }
}

function unreadableFile(path: string, error: unknown): FileResult {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    path,
    outcome: { kind: 'invalid' },
    problems: [{ path, line: 1, message: `cannot read the file: ${reason}`, severity: 'error' }],
  };
}
