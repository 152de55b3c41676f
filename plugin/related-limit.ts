// Cuts a file's long `related:` list to the items that can matter, before YAML parsing, when a line scan proves it safe.

/**
 * Items kept: twice the related limit in distinct links, plus room for the article's own links
 * (self references are dropped later). De-duplication and invalid items can still leave fewer
 * cards than the limit: the caller then parses the whole file (see worker-task.ts).
 */
export function relatedItemsKept(relatedLimit: number): number {
  return relatedLimit + 10;
}

interface ScannedItem {
  /** Offset of the item's `- ` line in the text. */
  start: number;
  quality: number | undefined;
  qualityLines: number;
  /** The raw `webUrl:` (or `originalUrl:`) value, so repeated stories count once. */
  link: string | undefined;
}

interface ScannedBlock {
  items: ScannedItem[];
  /** Offset of the first line after the block. */
  end: number;
}

const topLevelLine = /^(?:---|\.\.\.)\s*$|^[A-Za-z_][\w-]*:(?:\s|$)/;
const plainNumber = /^-?\d+(?:\.\d+)?$/;
/** An anchor (`&name`) in the dropped part could be used by an alias after the block: never cut then. */
const anchor = /(?:^|[\s[{,])&\S/;

/** A file's text without its dropped related items: lines from `firstDroppedLine` on moved up by `droppedLines`. */
export interface RelatedCut {
  text: string;
  /** 1-based line of the first dropped item in the original text. */
  firstDroppedLine: number;
  droppedLines: number;
}

/**
 * Returns the text without the dropped related items, or undefined (parse the text whole) when
 * the list is short or anything looks unusual: CR line endings,
 * flow style, odd indentation, comments at item level, items without one plain numeric `quality`,
 * a dropped item of higher quality than a kept one (an unsorted list), or an anchor in the dropped part.
 */
export function limitRelated(text: string, relatedLimit: number): RelatedCut | undefined {
  if (text.includes('\r')) return undefined;
  const block = scanRelatedBlock(text);
  if (block === undefined) return undefined;
  const cut = cutIndex(block.items, relatedItemsKept(relatedLimit));
  if (cut === undefined) return undefined;
  const kept = block.items.slice(0, cut);
  const dropped = block.items.slice(cut);
  if (![...kept, ...dropped].every((item) => item.qualityLines === 1 && item.quality !== undefined)) return undefined;
  const lowestKept = Math.min(...kept.map((item) => item.quality ?? 0));
  if (dropped.some((item) => (item.quality ?? 0) > lowestKept)) return undefined;
  const cutStart = dropped[0]?.start ?? block.end;
  const droppedText = text.slice(cutStart, block.end);
  if (anchor.test(droppedText)) return undefined;
  return {
    text: text.slice(0, cutStart) + text.slice(block.end),
    firstDroppedLine: countLines(text.slice(0, cutStart)) + 1,
    droppedLines: countLines(droppedText),
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
  const opening = text.startsWith('\uFEFF') ? 1 : 0;
  if (!text.startsWith('---\n', opening)) return undefined;
  const keyAt = text.indexOf('\nrelated:', opening);
  const closing = text.indexOf('\n---', opening + 3);
  if (keyAt === -1 || (closing !== -1 && closing < keyAt)) return undefined;
  const keyLineEnd = lineEnd(text, keyAt + 1);
  if (text.slice(keyAt + '\nrelated:'.length, keyLineEnd).trim() !== '') return undefined;
  return scanItems(text, keyLineEnd + 1);
}

function scanItems(text: string, from: number): ScannedBlock | undefined {
  const items: ScannedItem[] = [];
  let itemIndent = -1;
  for (let start = from; start < text.length; start = lineEnd(text, start) + 1) {
    const line = text.slice(start, lineEnd(text, start));
    const indent = leadingSpaces(line);
    if (indent === line.length) continue;
    if (line[indent] === '\t') return undefined;
    if (itemIndent === -1) {
      if (!isItemStart(line, indent)) return undefined;
      itemIndent = indent;
    }
    if (indent < itemIndent) return indent === 0 ? blockEnd(items, line, start) : undefined;
    const current = items[items.length - 1];
    if (indent === itemIndent) {
      if (isItemStart(line, indent)) {
        items.push({ start, quality: undefined, qualityLines: 0, link: undefined });
        readItemKey(items[items.length - 1] as ScannedItem, line.slice(indent + 2).trimStart());
        continue;
      }
      return indent === 0 ? blockEnd(items, line, start) : undefined;
    }
    if (current && indent === itemIndent + 2) readItemKey(current, line.slice(indent));
  }
  // The front matter never closed: leave such a file to the parser and its error messages.
  return undefined;
}

/** The block ends at the next top-level key or the closing `---`; anything else at column 0 (a comment) is left alone. */
function blockEnd(items: ScannedItem[], line: string, start: number): ScannedBlock | undefined {
  return topLevelLine.test(line) ? { items, end: start } : undefined;
}

function readItemKey(item: ScannedItem, keyLine: string): void {
  if (keyLine.startsWith('quality:')) {
    item.qualityLines += 1;
    const value = keyLine.slice('quality:'.length).trim();
    item.quality = plainNumber.test(value) ? Number(value) : undefined;
  } else if (item.link === undefined && (keyLine.startsWith('webUrl:') || keyLine.startsWith('originalUrl:'))) {
    item.link = keyLine.slice(keyLine.indexOf(':') + 1).trim();
  }
}

function isItemStart(line: string, indent: number): boolean {
  return line[indent] === '-' && (line.length === indent + 1 || line[indent + 1] === ' ');
}

function leadingSpaces(line: string): number {
  let count = 0;
  while (line.charCodeAt(count) === 32) count += 1;
  return count;
}

function lineEnd(text: string, start: number): number {
  const end = text.indexOf('\n', start);
  return end === -1 ? text.length : end;
}

function countLines(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count += 1;
  return count;
}
