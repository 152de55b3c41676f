// The salt and the source key: what names a file's bytes as this code, with these options, parses them.
import { createHash } from 'node:crypto';
import { readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { ParseOptions } from '../types.ts';

/** The code version and the options every source key is made with: results made under another salt are another build's. */
export function saltOf(codeVersion: string, options: ParseOptions): string {
  return `${codeVersion}\0${JSON.stringify(options)}\0`;
}

/** SHA-1 of the salt, the file's path and its bytes: any edit, rename, code or option change gives another. */
export function sourceKeyOf(salt: string, path: string, source: Uint8Array): string {
  return createHash('sha1').update(salt).update(path).update('\0').update(source).digest('hex');
}

/**
 * Builds before this one kept a file a parsed article, `<source key>.json`, beside the stored
 * results. The stored results hold the same results now (see read-memory.ts), so such files are
 * only removed.
 */
export async function removeEntryFiles(folder: string): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[]);
  const entryName = /^[0-9a-f]{40}\.json$/;
  await Promise.all(names.filter((name) => entryName.test(name)).map((name) => unlink(join(folder, name)).catch(() => undefined)));
}
