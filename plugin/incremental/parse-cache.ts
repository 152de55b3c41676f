// The on-disk parse cache: one FileResult a file, keyed by its content, path, the processing code and the options.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileResult, ParseOptions } from '../types.ts';

export interface ParseCache {
  /** The code version and options every key is made with. */
  salt: string;
  /** The entry name for one file as it is now: any edit, rename, code or option change gives another. */
  key(path: string, source: Uint8Array): string;
  read(key: string): Promise<FileResult | undefined>;
  write(key: string, result: FileResult): Promise<void>;
  /** The entry's result, or `make`'s, written as the entry: a miss is parsed once and kept. */
  readOrMake(key: string, make: () => FileResult | Promise<FileResult>): Promise<FileResult>;
  /** Deletes every entry this build did not use: results of edited, renamed and deleted files. */
  prune(usedKeys: ReadonlySet<string>): Promise<void>;
  /** Deletes the entries named: a rebuild knows which entries it stopped using, and listing the whole folder would cost it time. */
  forget(keys: Iterable<string>): Promise<void>;
}

interface StoredEntry {
  key: string;
  result: FileResult;
}

/** `folder` is the cache's own folder (under `node_modules/.cache/newsstand`); `codeVersion` comes from processingCodeVersion(). */
export async function openParseCache(folder: string, codeVersion: string, options: ParseOptions): Promise<ParseCache> {
  await mkdir(folder, { recursive: true });
  const salt = `${codeVersion}\0${JSON.stringify(options)}\0`;
  const cache: ParseCache = {
    salt,
    key(path, source) {
      return createHash('sha1').update(salt).update(path).update('\0').update(source).digest('hex');
    },
    async read(key) {
      try {
        // Synchronous: a rebuild reads an entry a file, and the thread pool's round trip costs
        // more than reading a few kilobytes from the page cache.
        const entry = JSON.parse(readFileSync(join(folder, `${key}.json`), 'utf8')) as StoredEntry;
        // A torn or foreign file is a miss, never a result.
        return entry.key === key ? entry.result : undefined;
      } catch {
        return undefined;
      }
    },
    async write(key, result) {
      // No temporary file and rename (a rename for every entry slows filling a cold build's cache):
      // half an entry, left by a build that stopped, is not valid JSON and reads as a miss.
      const entry: StoredEntry = { key, result };
      await writeFile(join(folder, `${key}.json`), JSON.stringify(entry)).catch(() => undefined);
    },
    async readOrMake(key, make) {
      const cached = await cache.read(key);
      if (cached) return cached;
      const made = await make();
      await cache.write(key, made);
      return made;
    },
    async prune(usedKeys) {
      const names = await readdir(folder).catch(() => [] as string[]);
      const entryName = /^[0-9a-f]{40}\.json$/;
      const stale = names.filter((name) => entryName.test(name) && !usedKeys.has(name.slice(0, -'.json'.length)));
      await Promise.all(stale.map((name) => unlink(join(folder, name)).catch(() => undefined)));
    },
    async forget(keys) {
      await Promise.all([...keys].map((key) => unlink(join(folder, `${key}.json`)).catch(() => undefined)));
    },
  };
  return cache;
}
