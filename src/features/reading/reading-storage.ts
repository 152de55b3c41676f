// The one door to the browser's storage for the reader's state. localStorage, not IndexedDB: it
// reads synchronously, so the first render already dims read stories and marks saved ones (no
// flash of unread cards), its `storage` event keeps open tabs in step with no extra channel, and
// the state is small (the read marks are capped and a "Mark all as read" is one entry).
import { parseReadingPart, readingSchemaVersion, type ReadingPart, type ReadingState } from './reading-schema.ts';

export interface LoadedPart<Part extends ReadingPart> {
  /** Undefined when nothing is stored, or when what was stored could not be read. */
  value: ReadingState[Part] | undefined;
  /** What was stored could not be read: it was moved aside, under `setAsideKey(part)`, not deleted. */
  setAside: boolean;
}

export type SaveOutcome = 'saved' | 'full' | 'memory';

export interface ReadingStorage {
  /** False when the browser refuses storage: the state lives in this tab's memory. */
  readonly persistent: boolean;
  load<Part extends ReadingPart>(part: Part): LoadedPart<Part>;
  save<Part extends ReadingPart>(part: Part, value: ReadingState[Part]): SaveOutcome;
  /** Another tab changed a part. */
  onOutsideChange(listener: (part: ReadingPart) => void): () => void;
}

/** Sites under different base paths can share an origin: each keeps its own state. */
export function storageKey(part: ReadingPart, base: string): string {
  return `newsstand:${base}:v${readingSchemaVersion}:${part}`;
}

export function setAsideKey(part: ReadingPart, base: string): string {
  return `${storageKey(part, base)}:set-aside`;
}

/** The page's localStorage if it can be written, else null (storage blocked, a sandboxed frame, some private windows). */
export function writableLocalStorage(): Storage | null {
  try {
    const storage = window.localStorage;
    const probe = 'newsstand:probe';
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);
}

export function openReadingStorage(
  backend: Storage | null,
  base: string,
  events: Pick<Window, 'addEventListener' | 'removeEventListener'> = window,
): ReadingStorage {
  const partOfKey = new Map<string, ReadingPart>();
  for (const part of Object.keys(parseReadingPart) as ReadingPart[]) partOfKey.set(storageKey(part, base), part);

  return {
    persistent: backend !== null,
    load(part) {
      if (!backend) return { value: undefined, setAside: false };
      const key = storageKey(part, base);
      let raw: string | null;
      try {
        raw = backend.getItem(key);
      } catch {
        return { value: undefined, setAside: false };
      }
      if (raw === null) return { value: undefined, setAside: false };
      let value: ReadingState[typeof part] | undefined;
      try {
        value = parseReadingPart[part](JSON.parse(raw)) as ReadingState[typeof part] | undefined;
      } catch {
        value = undefined;
      }
      if (value !== undefined) return { value, setAside: false };
      // Kept, not deleted: it may be a newer version's data, or something worth recovering by hand.
      try {
        backend.setItem(setAsideKey(part, base), raw);
        backend.removeItem(key);
      } catch {
        // Storage refused the copy: the bad value stays, and is set aside again next time.
      }
      return { value: undefined, setAside: true };
    },
    save(part, value) {
      if (!backend) return 'memory';
      try {
        backend.setItem(storageKey(part, base), JSON.stringify(value));
        return 'saved';
      } catch (error) {
        return isQuotaError(error) ? 'full' : 'memory';
      }
    },
    onOutsideChange(listener) {
      const onStorage = (event: StorageEvent) => {
        if (event.storageArea !== backend) return;
        // A null key: the other tab cleared the whole storage.
        if (event.key === null) for (const part of partOfKey.values()) listener(part);
        const part = event.key === null ? undefined : partOfKey.get(event.key);
        if (part) listener(part);
      };
      events.addEventListener('storage', onStorage as EventListener);
      return () => events.removeEventListener('storage', onStorage as EventListener);
    },
  };
}
