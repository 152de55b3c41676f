// The short content hash that names emitted files and stands in for slugs that have no letters.
import { createHash } from 'node:crypto';

/** First 8 hex digits of sha256: enough to tell versions of one file apart, short in URLs. */
export function hash8(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8);
}

/** A longer hash for keys that are never shown, only compared: 96 bits, so thousands of them never collide. */
export function hash24(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 24);
}
