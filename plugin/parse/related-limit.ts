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
 * Returns the file's text without the dropped related items, or undefined (decode and parse the
 * whole file) when the list is short or anything looks unusual: CR line endings, flow style, odd
 * indentation, comments at item level, items without one plain numeric `quality`, a dropped item
 * of higher quality than a kept one (an unsorted list), or an anchor in the dropped part.
 * Works on the bytes: only the kept part is ever decoded. Expects valid UTF-8.
 */
export function limitRelated(bytes: Buffer, relatedLimit: number): RelatedCut | undefined {
  // The scan reads the bytes as Latin-1: one character a byte, so every offset is a byte offset, and
  // the markers it looks for are ASCII, never part of a multi-byte character. A string's own
  // indexOf and charCodeAt run far faster than a Buffer's native calls, one or more a line.
  const latin1 = bytes.toString('latin1');
  if (latin1.includes('\r')) return undefined;
  const block = scanRelatedBlock(latin1);
  if (block === undefined) return undefined;
  const cut = cutIndex(block.items, relatedItemsKept(relatedLimit));
  if (cut === undefined) return undefined;
  const kept = block.items.slice(0, cut);
  const dropped = block.items.slice(cut);
  if (!block.items.every((item) => item.qualityLines === 1 && item.quality !== undefined)) return undefined;
  const lowestKept = Math.min(...kept.map((item) => item.quality ?? 0));
  if (dropped.some((item) => (item.quality ?? 0) > lowestKept)) return undefined;
  const first = dropped[0];
  if (first === undefined || hasAnchor(latin1, first.start, block.end)) return undefined;
  return {
    text: bytes.toString('utf8', 0, first.start) + bytes.toString('utf8', block.end),
    firstDroppedLine: first.line,
    droppedLines: block.endLine - first.line,
  };
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
function scanRelatedBlock(text: string): ScannedBlock | undefined {
  const opening = text.startsWith('\xef\xbb\xbf') ? 3 : 0;
  if (!text.startsWith('---\n', opening)) return undefined;
  const keyAt = text.indexOf(relatedKey, opening);
  const closing = text.indexOf(closingFence, opening + 3);
  if (keyAt === -1 || (closing !== -1 && closing < keyAt)) return undefined;
  const keyLineEnd = lineEnd(text, keyAt + 1);
  if (text.slice(keyAt + relatedKey.length, keyLineEnd).trim() !== '') return undefined;
  return scanItems(text, keyLineEnd + 1, countNewlines(text, 0, keyLineEnd) + 2);
}

function scanItems(text: string, from: number, fromLine: number): ScannedBlock | undefined {
  const items: ScannedItem[] = [];
  let itemIndent = -1;
  let line = fromLine;
  for (let start = from, end = lineEnd(text, start); start < text.length; start = end + 1, end = lineEnd(text, start), line += 1) {
    const indent = leadingSpaces(text, start, end);
    if (start + indent === end) continue;
    if (text.charCodeAt(start + indent) === 0x09) return undefined;
    if (itemIndent === -1) {
      if (!isItemStart(text, start + indent, end)) return undefined;
      itemIndent = indent;
    }
    // Most lines of a related list sit deeper than the item's own keys: nothing to read there.
    if (indent > itemIndent + 2) continue;
    if (indent < itemIndent) return indent === 0 ? blockEnd(text, items, start, end, line) : undefined;
    if (indent === itemIndent) {
      if (!isItemStart(text, start + indent, end)) return indent === 0 ? blockEnd(text, items, start, end, line) : undefined;
      const item: ScannedItem = { start, line, quality: undefined, qualityLines: 0, link: undefined };
      items.push(item);
      readItemKey(text, item, start + indent + 1 + leadingSpaces(text, start + indent + 1, end), end);
      continue;
    }
    const current = items[items.length - 1];
    if (current && indent === itemIndent + 2) readItemKey(text, current, start + indent, end);
  }
  // The front matter never closed: leave such a file to the parser and its error messages.
  return undefined;
}

/** The block ends at the next top-level key or the closing `---`; anything else at column 0 (a comment) is left alone. */
function blockEnd(text: string, items: ScannedItem[], start: number, end: number, line: number): ScannedBlock | undefined {
  return topLevelLine.test(text.slice(start, end)) ? { items, end: start, endLine: line } : undefined;
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
function hasAnchor(text: string, from: number, to: number): boolean {
  for (let at = text.indexOf('&', from); at !== -1 && at < to; at = text.indexOf('&', at + 1)) {
    const before = text.charCodeAt(at - 1);
    const after = text.charCodeAt(at + 1);
    const opensToken = before === space || before === newline || before === 0x5b || before === 0x7b || before === 0x2c;
    if (opensToken && at + 1 < text.length && after !== space && after !== newline) return true;
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

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) count += 1;
  return count;
}
