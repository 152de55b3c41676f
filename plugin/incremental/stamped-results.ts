// The last build's result of every file, by its size, modification time and inode: a rebuild reads neither unchanged files nor their cache entries.
import { randomUUID } from 'node:crypto';
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { asciiJson, readAsciiJson } from '../ascii-json.ts';
import { createRowReader, createRowWriter, type ResultRow, type RowReader, type RowTables } from './result-rows.ts';
import type { BuildResult, FileStamp } from '../types.ts';

export interface StampedResults {
  /** The result a file had last build, when its stamp is unchanged and old enough to trust; else undefined (read it). */
  resultOf(path: string, stamp: FileStamp): BuildResult | undefined;
  /**
   * The result the last build had for this path when its bytes had this source key, whatever the
   * stamp says now: a file touched but not changed is not parsed again.
   */
  resultWithKey(path: string, sourceKey: string): BuildResult | undefined;
  /** `result` carries its source key: a result without one is not kept. */
  remember(path: string, stamp: FileStamp, result: BuildResult): void;
  /**
   * Writes this build's results (only the files it saw) for the next build. Answers true when it
   * wrote them all anew (a new base), rather than the changes since the base.
   */
  save(): Promise<boolean>;
}

/** A path's stamp, the cache key of its content, and its result. */
interface StoredFile {
  size: number;
  mtimeMs: number;
  ino: number;
  /** The source key of the bytes it had (source-key.ts). */
  key: string;
  row: ResultRow;
}

interface StoredResults {
  /** The code version and options the keys were made with: results of another version are another build's. */
  salt: string;
  /** When the build that wrote these results started, in ms since the epoch. */
  startedAt: number;
  /** Names this set of results: changes apply only to the base they were made against. */
  id: string;
  /** `paths[i]` is the path of `files[i]`: arrays, as parsing 14,000 object keys costs more. */
  paths: string[];
  files: StoredFile[];
  tables: RowTables;
  /** The size of the bodies file written with these rows (see `bodiesPathOf`). */
  bodiesBytes: number;
}

/** What changed since the base: a rebuild after one edit writes a few entries, not every file's again. */
interface StoredChanges extends StoredResults {
  baseId: string;
  removed: string[];
}

/**
 * A file edited in the same clock tick as the last build looked at it could keep its stamp:
 * like git's "racy" entries, stamps that recent are never trusted and such files are read again.
 */
const racyMilliseconds = 2000;

/** Whether a file can be taken as the build that started at `checkedAt` saw it: same stamp, and not racy. */
function stampStillTrusted(stored: StoredFile, stamp: FileStamp, checkedAt: number): boolean {
  const { size, mtimeMs, ino } = stored;
  return size === stamp.size && mtimeMs === stamp.mtimeMs && ino === stamp.ino && stamp.mtimeMs < checkedAt - racyMilliseconds;
}

const baseName = 'results.json';
const changesName = 'results-changes.json';
/** Past this share of the files, the changes are folded into a new base. */
const changesShare = 0.05;

/**
 * Articles' bodies sit beside the rows, one JSON row a line after a first line with the id of their
 * results: a rebuild reads the file as bytes and parses only the bodies it shows.
 */
function bodiesPathOf(resultsPath: string): string {
  return resultsPath.replace(/\.json$/, '.bodies');
}

/** A stored file's result, with the source key of the bytes it was parsed from. */
function decodedResult(path: string, stored: { file: StoredFile; reader: RowReader }): BuildResult | undefined {
  const decoded = stored.reader.outcomeOf(path, stored.file.row);
  return decoded && { path, sourceKey: stored.file.key, outcome: decoded.outcome, problems: decoded.problems };
}

/** `salt` is the one of source-key.ts (code version and options): results saved under another salt are ignored. */
export async function loadStampedResults(folder: string, salt: string): Promise<StampedResults> {
  const startedAt = Date.now();
  const storedBase = readStored<StoredResults>(join(folder, baseName));
  const base = storedBase?.stored.salt === salt ? indexed(storedBase) : undefined;
  const storedChanges = base ? readStored<StoredChanges>(join(folder, changesName)) : undefined;
  const changesFit =
    storedChanges?.stored.baseId === base?.stored.id && storedChanges?.stored.salt === salt && Array.isArray(storedChanges?.stored.removed);
  const changes = storedChanges && changesFit ? indexed(storedChanges) : undefined;
  const removed = new Set(changes?.stored.removed);
  // Every entry below was checked by the last build, so its start is the time stamps are trusted against.
  const checkedAt = changes?.stored.startedAt ?? base?.stored.startedAt ?? 0;
  const storedOf = (path: string): { file: StoredFile; reader: RowReader } | undefined => {
    const changed = changes?.fileOf(path);
    if (changes && changed) return { file: changed, reader: changes.reader };
    const unchanged = removed.has(path) ? undefined : base?.fileOf(path);
    return base && unchanged ? { file: unchanged, reader: base.reader } : undefined;
  };
  const next = new Map<string, { stamp: FileStamp; result: BuildResult }>();
  return {
    resultOf(path, stamp) {
      const stored = storedOf(path);
      if (!stored || !stampStillTrusted(stored.file, stamp, checkedAt)) return undefined;
      const result = decodedResult(path, stored);
      return result && { ...result, stamp };
    },
    resultWithKey(path, sourceKey) {
      const stored = storedOf(path);
      return stored?.file.key === sourceKey ? decodedResult(path, stored) : undefined;
    },
    remember(path, stamp, result) {
      if (result.sourceKey !== undefined) next.set(path, { stamp, result });
    },
    async save() {
      const changed = base ? changedSince(base, next) : undefined;
      const changeCount = changed ? changed.files.size + changed.removed.length : Infinity;
      if (base && changed && changeCount <= Math.max(100, next.size * changesShare)) {
        const header = { salt, startedAt, id: randomUUID(), baseId: base.stored.id, removed: changed.removed };
        tryWriting(() => writeStored(join(folder, changesName), header, changed.files));
        return false;
      }
      tryWriting(() => writeStored(join(folder, baseName), { salt, startedAt, id: randomUUID() }, next));
      await rm(join(folder, changesName), { force: true });
      await rm(bodiesPathOf(join(folder, changesName)), { force: true });
      return true;
    },
  };
}

interface IndexedResults<Stored extends StoredResults> {
  stored: Stored;
  fileOf(path: string): StoredFile | undefined;
  reader: RowReader;
}

function indexed<Stored extends StoredResults>({ stored, bodies }: { stored: Stored; bodies: Buffer }): IndexedResults<Stored> {
  const indexOf = new Map<string, number>();
  stored.paths.forEach((path, index) => indexOf.set(path, index));
  return {
    stored,
    fileOf(path) {
      const index = indexOf.get(path);
      return index === undefined ? undefined : stored.files[index];
    },
    reader: createRowReader(stored.tables, bodies),
  };
}

/** The stored results are a cache: a disk that is full or read-only costs the next build time, never this build. */
function tryWriting(write: () => void): void {
  try {
    write();
  } catch {
    // A torn file does not parse and is ignored.
  }
}

/** This build's entries that differ from the base (stamp or key), and the base's paths it no longer has. */
function changedSince(base: IndexedResults<StoredResults>, next: ReadonlyMap<string, { stamp: FileStamp; result: BuildResult }>) {
  const files = new Map<string, { stamp: FileStamp; result: BuildResult }>();
  for (const [path, entry] of next) {
    const known = base.fileOf(path);
    const { stamp, result } = entry;
    const same =
      known && known.size === stamp.size && known.mtimeMs === stamp.mtimeMs && known.ino === stamp.ino && known.key === result.sourceKey;
    if (!same) files.set(path, entry);
  }
  const removed = base.stored.paths.filter((path) => !next.has(path));
  return { files, removed };
}

/**
 * Streams the rows into the file a few hundred kilobytes at a time: one string of the whole file
 * (and the objects to make it) would add to a cold build's peak memory as the corpus grows.
 */
function writeStored(
  path: string,
  header: Omit<StoredResults, 'paths' | 'files' | 'tables' | 'bodiesBytes'> & Partial<Omit<StoredChanges, keyof StoredResults>>,
  results: ReadonlyMap<string, { stamp: FileStamp; result: BuildResult }>,
): void {
  // The rows are opened (and emptied) first and finished last: until they are whole, neither file is read.
  const out = openSync(path, 'w');
  try {
    const files = chunkedWriter(out);
    const rows = writeRowsAndBodies(files, bodiesPathOf(path), header, results);
    files.write(`],"paths":${asciiJson([...results.keys()])},"tables":${asciiJson(rows.tables)},"bodiesBytes":${rows.bodiesBytes}}`);
    files.flush();
  } finally {
    closeSync(out);
  }
}

/** Writes the header and the rows to `files`, and the bodies (whole when this returns) to their own file. */
function writeRowsAndBodies(
  files: ChunkedWriter,
  bodiesPath: string,
  header: { id: string },
  results: ReadonlyMap<string, { stamp: FileStamp; result: BuildResult }>,
): { tables: RowTables; bodiesBytes: number } {
  const bodiesOut = openSync(bodiesPath, 'w');
  try {
    const bodies = chunkedWriter(bodiesOut);
    let bodiesBytes = 0;
    const placeBody = (json: string): number => {
      const start = bodiesBytes;
      bodies.write(`${json}\n`);
      bodiesBytes += json.length + 1;
      return start;
    };
    placeBody(asciiJson(header.id));
    const rows = createRowWriter(placeBody);
    files.write(`${asciiJson(header).slice(0, -1)},"files":[`);
    let separator = '';
    for (const [path, { stamp, result }] of results) {
      const file: StoredFile = {
        size: stamp.size,
        mtimeMs: stamp.mtimeMs,
        ino: stamp.ino,
        key: result.sourceKey ?? '',
        row: rows.rowOf(path, result.outcome, result.problems),
      };
      files.write(`${separator}${asciiJson(file)}`);
      separator = ',';
    }
    bodies.flush();
    return { tables: rows.tables, bodiesBytes };
  } finally {
    closeSync(bodiesOut);
  }
}

interface ChunkedWriter {
  write(text: string): void;
  flush(): void;
}

/** Gathers text into writes of a few hundred kilobytes. */
function chunkedWriter(descriptor: number): ChunkedWriter {
  let chunk = '';
  return {
    write(text) {
      chunk += text;
      if (chunk.length > 256 * 1024) this.flush();
    },
    flush() {
      if (chunk !== '') writeSync(descriptor, chunk);
      chunk = '';
    },
  };
}

/** The rows and the bytes of their bodies, when both are whole and of one build. */
function readStored<Stored extends StoredResults>(path: string): { stored: Stored; bodies: Buffer } | undefined {
  try {
    const stored = readAsciiJson(path) as Stored;
    const { tables } = stored;
    const bodies = readFileSync(bodiesPathOf(path));
    const idLine = `${JSON.stringify(stored.id)}\n`;
    const wellFormed =
      bodies.length === stored.bodiesBytes &&
      bodies.toString('latin1', 0, idLine.length) === idLine &&
      typeof stored.startedAt === 'number' &&
      Array.isArray(stored.paths) &&
      Array.isArray(stored.files) &&
      stored.paths.length === stored.files.length &&
      Array.isArray(tables?.providers) &&
      Array.isArray(tables.topics) &&
      Array.isArray(tables.cards);
    return wellFormed ? { stored, bodies } : undefined;
  } catch {
    return undefined;
  }
}
