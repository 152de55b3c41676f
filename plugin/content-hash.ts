// The short content hash that names emitted files and stands in for slugs that have no letters.
import { hash } from 'node:crypto';

// `hash()` in one call, not `createHash().update().digest()`: a rebuild hashes an inputs key for
// every file it writes, and the one-shot form is much faster on strings this short.

/** First 8 hex digits of sha256: enough to tell versions of one file apart, short in URLs. */
export function hash8(text: string): string {
  return hash('sha256', text, 'hex').slice(0, 8);
}

/** A longer hash for keys that are never shown, only compared: 96 bits, so thousands of them never collide. */
export function hash24(text: string): string {
  return hash('sha256', text, 'hex').slice(0, 24);
}
