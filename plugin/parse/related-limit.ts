// Cuts a file's long `related:` list to the items that can matter, before decoding and YAML parsing, when a line scan proves it safe.

/**
 * Distinct links kept: the related limit plus room for the article's own links (self references
 * are dropped later), invalid items and links that turn out to be one story. When the kept items
 * still give fewer cards than the limit, the caller parses the whole file (see parse-file-quickly.ts).
 */
export function relatedItemsKept(relatedLimit: number): number {
  return relatedLimit + 5;
}

/** A file's text without its dropped related items: lines from `firstDroppedLine` on moved up by `droppedLines`. */
export interface RelatedCut {
  text: string;
  /** 1-based line of the first dropped item in the original text. */
  firstDroppedLine: number;
  droppedLines: number;
}

interface ScannedItem {
  /** Byte offset of the item's `- ` line. */
  start: number;
  /** 1-based line of that `- ` line. */
  line: number;
  quality: number | undefined;
  qualityLines: number;
  /** The raw `webUrl:` (or `originalUrl:`) value, so repeated stories count once. */
  link: string | undefined;
}

interface ScannedBlock {
  items: ScannedItem[];
  /** Byte offset and line of the first line after the block. */
  end: number;
  endLine: number;
}

const newline = 0x0a;
const space = 0x20;
const relatedKey = '\nrelated:';
const closingFence = '\n---';
const qualityKey = 'quality:';
const linkKeys = ['webUrl:', 'originalUrl:'];
const plainNumber = /^-?\d+(?:\.\d+)?$/;
const topLevelLine = /^(?:---|\.\.\.)\s*$|^[A-Za-z_][\w-]*:(?:\s|$)/;

/**
 * The scan reads the bytes as Latin-1, a window of whole lines at a time: one character a byte, so
 * every offset is a byte offset, and the markers it looks for are ASCII, never part of a multi-byte
 * character. A string's own indexOf and charCodeAt run far faster than a Buffer's native calls, one
 * or more a line. Windows, not the whole file: V8 puts a string over 128 KB in a space of its own,
 * mapped fresh for each one, and on a shared host every page of it faulted in cost more than the scan
 * (a third of a cold build's page faults, docs/performance.md). A window stays in the young generation.
 */
const defaultWindowBytes = 64 * 1024;

/**
 * Returns the file's text without the dropped related items, or undefined (decode and parse the
 * whole file) when the list is short or anything looks unusual: CR line endings, flow style, odd
 * indentation, comments at item level, items without one plain numeric `quality`, a dropped item
 * of higher quality than a kept one (an unsorted list), or an anchor in the dropped part.
 * Works on the bytes: only the kept part is ever decoded. Expects valid UTF-8.
 * `windowBytes` is the scan's window (tests make it tiny, to put lines on every boundary).
 */
export function limitRelated(bytes: Buffer, relatedLimit: number, windowBytes = defaultWindowBytes): RelatedCut | undefined {
  if (bytes.indexOf(0x0d) !== -1) return undefined;
  const block = scanRelatedBlock(bytes, windowBytes);
  if (block === undefined) return undefined;
  const cut = cutIndex(block.items, relatedItemsKept(relatedLimit));
  if (cut === undefined) return undefined;
  const kept = block.items.slice(0, cut);
  const dropped = block.items.slice(cut);
  if (!block.items.every((item) => item.qualityLines === 1 && item.quality !== undefined)) return undefined;
  const lowestKept = Math.min(...kept.map((item) => item.quality ?? 0));
  if (dropped.some((item) => (item.quality ?? 0) > lowestKept)) return undefined;
  const first = dropped[0];
  if (first === undefined || hasAnchor(bytes, first.start, block.end)) return undefined;
  return {
    text: decodeWithout(bytes, first.start, block.end),
    firstDroppedLine: first.line,
    droppedLines: block.endLine - first.line,
  };
}

/**
 * The kept bytes, joined before they are decoded: two decoded halves joined make a string the parser
 * flattens into a copy at its first read, twice the text's size again in fresh memory. The join
 * reuses one buffer a thread, grown to the largest file's kept part.
 */
let joined = Buffer.alloc(0);

function decodeWithout(bytes: Buffer, dropFrom: number, dropTo: number): string {
  const length = dropFrom + bytes.length - dropTo;
  if (joined.length < length) joined = Buffer.allocUnsafeSlow(Math.max(length, 2 * joined.length));
  bytes.copy(joined, 0, 0, dropFrom);
  bytes.copy(joined, dropFrom, dropTo);
  return joined.toString('utf8', 0, length);
}

/** Maps a line of the cut text back to the line of the original file. */
export function originalLine(line: number, cut: RelatedCut): number {
  return line >= cut.firstDroppedLine ? line + cut.droppedLines : line;
}

/** The index of the first dropped item: after `distinctWanted` distinct links, or undefined when the list is not longer. */
function cutIndex(items: readonly ScannedItem[], distinctWanted: number): number | undefined {
  const seen = new Set<string>();
  for (const [index, item] of items.entries()) {
    seen.add(item.link ?? `#${index}`);
    if (seen.size >= distinctWanted) return index + 1 < items.length ? index + 1 : undefined;
  }
  return undefined;
}

/** Finds the top-level `related:` block of the front matter and its items, or undefined when it is not plainly laid out. */
function scanRelatedBlock(bytes: Buffer, windowBytes: number): ScannedBlock | undefined {
  const opening = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (bytes.toString('latin1', opening, opening + 4) !== '---\n') return undefined;
  const keyAt = bytes.indexOf(relatedKey, opening, 'latin1');
  const closing = bytes.indexOf(closingFence, opening + 3, 'latin1');
  if (keyAt === -1 || (closing !== -1 && closing < keyAt)) return undefined;
  const keyLineEnd = byteLineEnd(bytes, keyAt + 1);
  if (bytes.toString('latin1', keyAt + relatedKey.length, keyLineEnd).trim() !== '') return undefined;
  return scanItems(bytes, keyLineEnd + 1, countNewlines(bytes, 0, keyLineEnd) + 2, windowBytes);
}

function scanItems(bytes: Buffer, from: number, fromLine: number, windowBytes: number): ScannedBlock | undefined {
  const items: ScannedItem[] = [];
  let itemIndent = -1;
  let line = fromLine;
  for (let base = from; base < bytes.length;) {
    const windowEnd = endOfWindow(bytes, base, windowBytes);
    const text = bytes.toString('latin1', base, windowEnd);
    for (let start = 0, end = lineEnd(text, start); start < text.length; start = end + 1, end = lineEnd(text, start), line += 1) {
      const indent = leadingSpaces(text, start, end);
      if (start + indent === end) continue;
      if (text.charCodeAt(start + indent) === 0x09) return undefined;
      if (itemIndent === -1) {
        if (!isItemStart(text, start + indent, end)) return undefined;
        itemIndent = indent;
      }
      // Most lines of a related list sit deeper than the item's own keys: nothing to read there.
      if (indent > itemIndent + 2) continue;
      // Between the item's `- ` and its keys: YAML refuses the file, and only the full parse says where.
      if (indent === itemIndent + 1) return undefined;
      if (indent < itemIndent) return indent === 0 ? blockEnd(text, items, start, end, base, line) : undefined;
      if (indent === itemIndent) {
        if (!isItemStart(text, start + indent, end)) return indent === 0 ? blockEnd(text, items, start, end, base, line) : undefined;
        const item: ScannedItem = { start: base + start, line, quality: undefined, qualityLines: 0, link: undefined };
        items.push(item);
        readItemKey(text, item, start + indent + 1 + leadingSpaces(text, start + indent + 1, end), end);
        continue;
      }
      const current = items[items.length - 1];
      if (current && indent === itemIndent + 2) readItemKey(text, current, start + indent, end);
    }
    base = windowEnd;
  }
  // The front matter never closed: leave such a file to the parser and its error messages.
  return undefined;
}

/**
 * Where the window from `start` ends: just after its last newline, so no line is split (a line
 * longer than a window makes its window longer), or at the end of the file.
 */
function endOfWindow(bytes: Buffer, start: number, windowBytes: number): number {
  if (start + windowBytes >= bytes.length) return bytes.length;
  const lastNewline = bytes.lastIndexOf(newline, start + windowBytes - 1);
  if (lastNewline >= start) return lastNewline + 1;
  const next = bytes.indexOf(newline, start + windowBytes);
  return next === -1 ? bytes.length : next + 1;
}

/** The block ends at the next top-level key or the closing `---`; anything else at column 0 (a comment) is left alone. */
function blockEnd(text: string, items: ScannedItem[], start: number, end: number, base: number, line: number): ScannedBlock | undefined {
  return topLevelLine.test(text.slice(start, end)) ? { items, end: base + start, endLine: line } : undefined;
}

function readItemKey(text: string, item: ScannedItem, keyStart: number, end: number): void {
  if (text.startsWith(qualityKey, keyStart)) {
    item.qualityLines += 1;
    const value = text.slice(keyStart + qualityKey.length, end).trim();
    item.quality = plainNumber.test(value) ? Number(value) : undefined;
    return;
  }
  if (item.link !== undefined) return;
  const key = linkKeys.find((candidate) => text.startsWith(candidate, keyStart));
  if (key) item.link = text.slice(keyStart + key.length, end).trim();
}

/** An anchor (`&name`) in the dropped part could be used by an alias after the block: never cut then. */
function hasAnchor(bytes: Buffer, from: number, to: number): boolean {
  for (let at = bytes.indexOf(0x26, from); at !== -1 && at < to; at = bytes.indexOf(0x26, at + 1)) {
    const before = bytes[at - 1];
    const after = bytes[at + 1];
    const opensToken = before === space || before === newline || before === 0x5b || before === 0x7b || before === 0x2c;
    if (opensToken && at + 1 < bytes.length && after !== space && after !== newline) return true;
  }
  return false;
}

function isItemStart(text: string, at: number, end: number): boolean {
  return text.charCodeAt(at) === 0x2d && (at + 1 === end || text.charCodeAt(at + 1) === space);
}

function leadingSpaces(text: string, start: number, end: number): number {
  let at = start;
  while (at < end && text.charCodeAt(at) === space) at += 1;
  return at - start;
}

function lineEnd(text: string, start: number): number {
  const end = text.indexOf('\n', start);
  return end === -1 ? text.length : end;
}

function byteLineEnd(bytes: Buffer, start: number): number {
  const end = bytes.indexOf(newline, start);
  return end === -1 ? bytes.length : end;
}

function countNewlines(bytes: Buffer, from: number, to: number): number {
  let count = 0;
  for (let at = bytes.indexOf(newline, from); at !== -1 && at < to; at = bytes.indexOf(newline, at + 1)) count += 1;
  return count;
}
