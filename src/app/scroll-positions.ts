// Scroll positions by history entry, kept in sessionStorage so that a reload, too, returns to the same place.
const storageKey = 'newsstand:scroll-positions';
/** The key's field in history.state: every entry the app sees gets one. */
const keyField = 'newsstandScrollKey';
/** More than a reading session visits; the least recently used entries are dropped first. */
const maximumEntries = 200;

export type ScrollPositions = Map<string, number>;

/** The key of a history entry, if the app gave it one. */
export function historyEntryKey(state: unknown): string | undefined {
  if (typeof state !== 'object' || state === null || !(keyField in state)) return undefined;
  const key: unknown = (state as Record<string, unknown>)[keyField];
  return typeof key === 'string' ? key : undefined;
}

/** The entry's state with `key` added, keeping whatever else is there (the Back link's trail). */
export function withHistoryEntryKey(state: unknown, key: string): Record<string, unknown> {
  const existing = typeof state === 'object' && state !== null ? (state as Record<string, unknown>) : {};
  return { ...existing, [keyField]: key };
}

export function newHistoryEntryKey(): string {
  return Math.random().toString(36).slice(2, 10);
}

/** Records a position, as the entry most recently used. */
export function recordScrollPosition(positions: ScrollPositions, key: string, scrollY: number): void {
  positions.delete(key);
  positions.set(key, Math.round(scrollY));
}

export function loadScrollPositions(storage: Storage | undefined): ScrollPositions {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(storageKey) ?? '[]');
    if (!Array.isArray(parsed)) return new Map();
    const valid = parsed.filter(
      (entry): entry is [string, number] => Array.isArray(entry) && typeof entry[0] === 'string' && Number.isFinite(entry[1]),
    );
    return new Map(valid);
  } catch {
    // Someone else's or a broken value: start afresh rather than fail the page.
    return new Map();
  }
}

export function saveScrollPositions(storage: Storage | undefined, positions: ScrollPositions): void {
  try {
    storage?.setItem(storageKey, JSON.stringify([...positions].slice(-maximumEntries)));
  } catch {
    // Storage full or forbidden (private modes): positions then last only as long as the page.
  }
}
