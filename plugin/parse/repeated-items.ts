// The list items a thread has already parsed, by their exact lines: a related story repeats across many files.

/**
 * Items kept per thread. A 14,000-file site lists a few thousand distinct stories as related. A
 * full table starts again empty: evicting one entry at a time from a Map walks past the holes its
 * deletions leave, and cost more than the parse it saved.
 */
const maxItems = 4096;

/** Shorter items parse about as fast as they are looked up (docs/performance.md). */
const minimumLines = 4;

export interface RepeatedItems {
  /** The frozen answer parsed before for exactly `lines[from..to)` at `depth`, if this thread still has it. */
  get(depth: number, lines: readonly string[], from: number, to: number): unknown;
  /**
   * Called once those lines were parsed to `item`: the second time, keeps a frozen copy for the next
   * file with the same lines (`item` itself is left as it is).
   */
  remember(depth: number, lines: readonly string[], from: number, to: number, item: unknown): void;
}

interface KeptItem {
  depth: number;
  lines: readonly string[];
  item: unknown;
}

export function createRepeatedItems(limit = maxItems): RepeatedItems {
  /** By a short fingerprint of the lines; `lines` tell whether they are the same. */
  const kept = new Map<string, KeptItem>();
  /**
   * Fingerprints of items parsed once and not kept yet. Kept from the second time:
   * in a corpus with few repeats, copying and freezing every item cost more than the repeats save.
   */
  const seenOnce = new Set<string>();
  return {
    get(depth, lines, from, to) {
      if (to - from < minimumLines) return undefined;
      const key = fingerprint(depth, lines, from, to);
      const known = kept.get(key);
      return known !== undefined && sameLines(known, depth, lines, from, to) ? known.item : undefined;
    },
    remember(depth, lines, from, to, item) {
      if (to - from < minimumLines) return;
      const key = fingerprint(depth, lines, from, to);
      if (!seenOnce.delete(key)) {
        if (seenOnce.size >= limit) seenOnce.clear();
        seenOnce.add(key);
        return;
      }
      if (kept.size >= limit) kept.clear();
      // Copies: parsed strings and lines are slices of the file's text, and would keep all of it alive.
      const copy = JSON.parse(JSON.stringify(item)) as unknown;
      kept.set(key, { depth, lines: lines.slice(from, to).join('\n').split('\n'), item: deepFreeze(copy) });
    },
  };
}

/** The first line (a related item's title) and the last, with the count: cheap to hash, and rarely shared. */
function fingerprint(depth: number, lines: readonly string[], from: number, to: number): string {
  return `${depth} ${to - from}\n${lines[from]}\n${lines[to - 1]}`;
}

function sameLines(known: KeptItem, depth: number, lines: readonly string[], from: number, to: number): boolean {
  if (known.depth !== depth || known.lines.length !== to - from) return false;
  for (let index = 0; index < known.lines.length; index += 1) if (known.lines[index] !== lines[from + index]) return false;
  return true;
}

/** Freezes every level of a parsed value: what is shared between files must never change. */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  for (const child of Object.values(value)) deepFreeze(child);
  return Object.freeze(value);
}
