// The salt and the source key: what names a file's bytes as this code, with these options, parses them.
import { createHash } from 'node:crypto';
import type { ParseOptions } from '../types.ts';

/** The code version and the options every source key is made with: results made under another salt are another build's. */
export function saltOf(codeVersion: string, options: ParseOptions): string {
  return `${codeVersion}\0${JSON.stringify(options)}\0`;
}

/** SHA-1 of the salt, the file's path and its bytes: any edit, rename, code or option change gives another. */
export function sourceKeyOf(salt: string, path: string, source: Uint8Array): string {
  return createHash('sha1').update(salt).update(path).update('\0').update(source).digest('hex');
}
