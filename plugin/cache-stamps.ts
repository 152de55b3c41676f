// Remembers which cache key each file had, by its size, modification time and inode, so a rebuild need not read unchanged files.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface FileStamp {
  size: number;
  mtimeMs: number;
  ino: number;
}

export interface CacheStamps {
  /** The key a file had last build, when its stamp is unchanged and old enough to trust; else undefined (read and hash it). */
  knownKey(path: string, stamp: FileStamp): string | undefined;
  remember(path: string, stamp: FileStamp, key: string): void;
  /** Writes this build's stamps (only the files it saw) for the next build. */
  save(): Promise<void>;
}

interface StoredStamps {
  /** The code version and options the keys were made with: stamps of another version name other entries. */
  salt: string;
  /** When the build that wrote these stamps started, in ms since the epoch. */
  startedAt: number;
  files: Record<string, [size: number, mtimeMs: number, ino: number, key: string]>;
}

/**
 * A file edited in the same clock tick as the last build looked at it could keep its stamp:
 * like git's "racy" entries, stamps that recent are never trusted and such files are read again.
 */
const racyMilliseconds = 2000;
const fileName = 'stamps.json';

/** `salt` is the parse cache's own (code version and options): stamps saved under another salt are ignored. */
export async function loadCacheStamps(folder: string, salt: string): Promise<CacheStamps> {
  const startedAt = Date.now();
  const stored = await readStamps(join(folder, fileName));
  const previous = stored?.salt === salt ? stored : undefined;
  const next: StoredStamps = { salt, startedAt, files: {} };
  return {
    knownKey(path, stamp) {
      const known = previous && Object.hasOwn(previous.files, path) ? previous.files[path] : undefined;
      if (!known || !previous) return undefined;
      const [size, mtimeMs, ino, key] = known;
      const same = size === stamp.size && mtimeMs === stamp.mtimeMs && ino === stamp.ino;
      return same && stamp.mtimeMs < previous.startedAt - racyMilliseconds ? key : undefined;
    },
    remember(path, stamp, key) {
      next.files[path] = [stamp.size, stamp.mtimeMs, stamp.ino, key];
    },
    async save() {
      await writeFile(join(folder, fileName), JSON.stringify(next)).catch(() => undefined);
    },
  };
}

async function readStamps(path: string): Promise<StoredStamps | undefined> {
  try {
    const stored = JSON.parse(await readFile(path, 'utf8')) as StoredStamps;
    return typeof stored.startedAt === 'number' && typeof stored.files === 'object' && stored.files !== null ? stored : undefined;
  } catch {
    return undefined;
  }
}
