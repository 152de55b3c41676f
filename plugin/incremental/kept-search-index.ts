// The last build's search index, kept with the key of the records it was made from: a build whose records are the same links it instead of indexing again.
import { createHash } from 'node:crypto';
import { copyFileSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** A file of an index, by its path relative to the index's folder. */
export interface IndexFile {
  path: string;
  content: Uint8Array;
}

export interface KeptSearchIndex {
  /** The folder holding the index made from exactly these records, if the last build made it. */
  recall(key: string): string | undefined;
  /** Keeps these files as the index of `key`, replacing the last one, and answers their folder. */
  keep(key: string, files: readonly IndexFile[]): string;
}

/** What an index is made from: the records, and the indexer's version (a new Pagefind writes other files). */
export function searchIndexKey(records: unknown, indexerVersion: string): string {
  return createHash('sha1').update(indexerVersion).update('\0').update(JSON.stringify(records)).digest('hex');
}

const keyFile = 'key.txt';

export function openKeptSearchIndex(folder: string): KeptSearchIndex {
  const current = join(folder, 'current');
  return {
    recall(key) {
      try {
        return readFileSync(join(folder, keyFile), 'utf8') === key ? current : undefined;
      } catch {
        return undefined;
      }
    },
    keep(key, files) {
      // The key goes first and comes back last: a build stopped half way leaves no key, so nothing
      // half-written is recalled.
      rmSync(join(folder, keyFile), { force: true });
      replaceFiles(files, current);
      writeFileSync(join(folder, keyFile), key);
      return current;
    },
  };
}

/**
 * Makes `into` hold exactly these files. One already there with the same bytes stays as it is (most
 * of an index's files are named by their content): creating a file cost about 20 times reading
 * one on the disks measured (docs/performance.md). Any other is written beside and renamed over,
 * so a folder linked from this one keeps the file it had.
 */
function replaceFiles(files: readonly IndexFile[], into: string): void {
  const wanted = new Set(files.map((file) => file.path));
  let present: string[] = [];
  try {
    present = filesBelow(into);
  } catch {
    // None yet.
  }
  for (const path of present) if (!wanted.has(path)) rmSync(join(into, path), { force: true });
  const folders = new Set<string>();
  for (const file of files) {
    const target = join(into, file.path);
    if (present.length > 0 && sameBytes(target, file.content)) continue;
    if (!folders.has(dirname(target))) {
      mkdirSync(dirname(target), { recursive: true });
      folders.add(dirname(target));
    }
    const beside = `${target}.${process.pid}.new`;
    writeFileSync(beside, file.content);
    renameSync(beside, target);
  }
}

function sameBytes(path: string, content: Uint8Array): boolean {
  try {
    return Buffer.from(content.buffer, content.byteOffset, content.byteLength).equals(readFileSync(path));
  } catch {
    return false;
  }
}

export function writeFiles(files: readonly IndexFile[], into: string): void {
  for (const file of files) {
    const target = join(into, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.content);
  }
}

/** Every file below `from`, hard-linked into `into` (copied where a link cannot be made, as across disks). */
export function linkFolder(from: string, into: string): void {
  for (const path of filesBelow(from)) {
    const source = join(from, path);
    const target = join(into, path);
    mkdirSync(dirname(target), { recursive: true });
    rmSync(target, { force: true });
    try {
      linkSync(source, target);
    } catch {
      copyFileSync(source, target);
    }
  }
}

/**
 * Whether `into` holds exactly the files below `from`, each a hard link to it: what `linkFolder`
 * left there, untouched since. A kept folder never changes once written, so such a copy needs no
 * linking again; a file missing, added or replaced (or a copy across disks) answers false.
 */
export function isLinkedFrom(from: string, into: string): boolean {
  try {
    const sources = filesBelow(from);
    if (filesBelow(into).length !== sources.length) return false;
    return sources.every((path) => {
      const source = lstatSync(join(from, path));
      const target = lstatSync(join(into, path), { throwIfNoEntry: false });
      return target !== undefined && target.isFile() && target.ino === source.ino && target.dev === source.dev;
    });
  } catch {
    return false;
  }
}

/** Every file below `folder`, by its path relative to it. */
function filesBelow(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)));
}
