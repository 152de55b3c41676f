// The last build's result of every file, by its size, modification time and inode: a rebuild reads neither unchanged files nor their cache entries.
import { randomUUID } from 'node:crypto';
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { RelatedCard } from '../src/model/index.ts';
import type { FileOutcome, FileResult } from './types.ts';

export interface FileStamp {
  size: number;
  mtimeMs: number;
  ino: number;
}

export interface StampedResults {
  /** The result a file had last build, when its stamp is unchanged and old enough to trust; else undefined (read it). */
  resultOf(path: string, stamp: FileStamp): FileResult | undefined;
  /** `result` carries its cache key (`sourceKey`): a result without one is not kept. */
  remember(path: string, stamp: FileStamp, result: FileResult): void;
  /** Writes this build's results (only the files it saw) for the next build. */
  save(): Promise<void>;
}

/** A result as stored: its related cards are numbers into the file's card table. */
type StoredResult = Omit<FileResult, 'path' | 'sourceKey' | 'outcome'> & { outcome: Exclude<FileOutcome, ArticleOutcome> | StoredArticleOutcome };
type ArticleOutcome = Extract<FileOutcome, { kind: 'article' }>;
type StoredArticleOutcome = Omit<ArticleOutcome, 'article'> & { article: Omit<ArticleOutcome['article'], 'related'> & { related: number[] } };

/** A path's stamp, the cache key of its content, and its result. */
type StoredFile = [size: number, mtimeMs: number, ino: number, key: string, result: StoredResult];

interface StoredResults {
  /** The code version and options the keys were made with: results of another version are another build's. */
  salt: string;
  /** When the build that wrote these results started, in ms since the epoch. */
  startedAt: number;
  /** Names this set of results: changes apply only to the base they were made against. */
  id: string;
  /** Related lists name the same stories again and again: each distinct card is stored once. */
  cards: RelatedCard[];
  files: Record<string, StoredFile>;
}

/** What changed since the base: a rebuild after one edit writes a few entries, not all 14,000 (0.3 s). */
interface StoredChanges extends StoredResults {
  baseId: string;
  removed: string[];
}

/**
 * A file edited in the same clock tick as the last build looked at it could keep its stamp:
 * like git's "racy" entries, stamps that recent are never trusted and such files are read again.
 */
const racyMilliseconds = 2000;
const baseName = 'results.json';
const changesName = 'results-changes.json';
/** Past this share of the files, the changes are folded into a new base. */
const changesShare = 0.05;

/** `salt` is the parse cache's own (code version and options): results saved under another salt are ignored. */
export async function loadStampedResults(folder: string, salt: string): Promise<StampedResults> {
  const startedAt = Date.now();
  const storedBase = await readStored<StoredResults>(join(folder, baseName));
  const base = storedBase?.salt === salt ? storedBase : undefined;
  const storedChanges = base ? await readStored<StoredChanges>(join(folder, changesName)) : undefined;
  const changes = storedChanges?.baseId === base?.id && storedChanges?.salt === salt && Array.isArray(storedChanges?.removed) ? storedChanges : undefined;
  const removed = new Set(changes?.removed);
  // Every entry below was checked by the last build, so its start is the time stamps are trusted against.
  const checkedAt = changes?.startedAt ?? base?.startedAt ?? 0;
  const storedOf = (path: string): { file: StoredFile; cards: RelatedCard[] } | undefined => {
    if (changes && Object.hasOwn(changes.files, path)) return { file: changes.files[path] as StoredFile, cards: changes.cards };
    if (base && !removed.has(path) && Object.hasOwn(base.files, path)) return { file: base.files[path] as StoredFile, cards: base.cards };
    return undefined;
  };
  const next = new Map<string, { stamp: FileStamp; result: FileResult }>();
  return {
    resultOf(path, stamp) {
      const stored = storedOf(path);
      if (!stored) return undefined;
      const [size, mtimeMs, ino, key, result] = stored.file;
      const same = size === stamp.size && mtimeMs === stamp.mtimeMs && ino === stamp.ino;
      return same && stamp.mtimeMs < checkedAt - racyMilliseconds ? decoded(path, key, result, stored.cards) : undefined;
    },
    remember(path, stamp, result) {
      if (result.sourceKey !== undefined) next.set(path, { stamp, result });
    },
    async save() {
      const changed = base ? changedSince(base, next) : undefined;
      const changeCount = changed ? changed.files.size + changed.removed.length : Infinity;
      if (base && changed && changeCount <= Math.max(100, next.size * changesShare)) {
        const header = { salt, startedAt, id: randomUUID(), baseId: base.id, removed: changed.removed };
        tryWriting(() => writeStored(join(folder, changesName), header, changed.files));
        return;
      }
      tryWriting(() => writeStored(join(folder, baseName), { salt, startedAt, id: randomUUID() }, next));
      await rm(join(folder, changesName), { force: true });
    },
  };
}

/**
 * JSON with every character past ASCII escaped: the file is then read as Latin-1, a copy, where
 * decoding 22 MB of UTF-8 took a rebuild 0.1 to 0.3 s.
 */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
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
function changedSince(base: StoredResults, next: ReadonlyMap<string, { stamp: FileStamp; result: FileResult }>) {
  const files = new Map<string, { stamp: FileStamp; result: FileResult }>();
  for (const [path, entry] of next) {
    const known = Object.hasOwn(base.files, path) ? base.files[path] : undefined;
    const { stamp, result } = entry;
    const same = known && known[0] === stamp.size && known[1] === stamp.mtimeMs && known[2] === stamp.ino && known[3] === result.sourceKey;
    if (!same) files.set(path, entry);
  }
  const removed = Object.keys(base.files).filter((path) => !next.has(path));
  return { files, removed };
}

function decoded(path: string, sourceKey: string, stored: StoredResult, cards: readonly RelatedCard[]): FileResult | undefined {
  const { outcome } = stored;
  if (outcome.kind !== 'article') return { path, sourceKey, outcome, problems: stored.problems };
  const related: RelatedCard[] = [];
  for (const index of outcome.article.related) {
    const card = cards[index];
    // A file that does not add up (written by hand, or torn) is a miss: the file is read again.
    if (card === undefined) return undefined;
    related.push(card);
  }
  return { path, sourceKey, outcome: { ...outcome, article: { ...outcome.article, related } }, problems: stored.problems };
}

/**
 * Streams the entries into the file a few hundred kilobytes at a time: one 22 MB string (and the
 * objects to make it) cost a cold build of 14,000 files 115 MB of peak memory.
 */
function writeStored(
  path: string,
  header: Omit<StoredResults, 'cards' | 'files'> & Partial<Omit<StoredChanges, keyof StoredResults>>,
  results: ReadonlyMap<string, { stamp: FileStamp; result: FileResult }>,
): void {
  const cards: RelatedCard[] = [];
  // Cards repeated across results are one object (see worker-shared-cards.ts): identity finds them.
  const indexOf = new Map<RelatedCard, number>();
  const cardIndex = (card: RelatedCard): number => {
    let index = indexOf.get(card);
    if (index === undefined) {
      index = cards.push(card) - 1;
      indexOf.set(card, index);
    }
    return index;
  };
  const out = openSync(path, 'w');
  try {
    let chunk = `${asciiJson(header).slice(0, -1)},"files":{`;
    let separator = '';
    for (const [filePath, { stamp, result }] of results) {
      const { outcome, problems } = result;
      const stored: StoredResult =
        outcome.kind === 'article'
          ? { outcome: { ...outcome, article: { ...outcome.article, related: outcome.article.related.map(cardIndex) } }, problems }
          : { outcome, problems };
      const file: StoredFile = [stamp.size, stamp.mtimeMs, stamp.ino, result.sourceKey ?? '', stored];
      chunk += `${separator}${asciiJson(filePath)}:${asciiJson(file)}`;
      separator = ',';
      if (chunk.length > 256 * 1024) {
        writeSync(out, chunk);
        chunk = '';
      }
    }
    writeSync(out, `${chunk}},"cards":${asciiJson(cards)}}`);
  } finally {
    closeSync(out);
  }
}

async function readStored<Stored extends StoredResults>(path: string): Promise<Stored | undefined> {
  try {
    // Synchronous: the promise version decodes through a stream decoder, 80 ms slower on 22 MB.
    const stored = JSON.parse(readFileSync(path, 'latin1')) as Stored;
    const wellFormed = typeof stored.startedAt === 'number' && Array.isArray(stored.cards) && typeof stored.files === 'object' && stored.files !== null;
    return wellFormed ? stored : undefined;
  } catch {
    return undefined;
  }
}
