// Finds the line of a front-matter key (`related[3].webUrl`) by a cheap indentation scan, not a second parse.

export type KeyPath = readonly (string | number)[];

interface ScannedLine {
  /** Column where the key (or the value after `- `) starts. */
  column: number;
  /** Column of the `-` when the line starts a list item, else -1. */
  dashColumn: number;
  key: string | undefined;
  blank: boolean;
}

const linePattern = /^( *)((?:- +)*)(?:(["']?)([^"':#\s][^:]*?|[^"']*)\3 *:(?: |$))?/;

function scanLine(text: string): ScannedLine {
  const trimmed = text.trim();
  const blank = trimmed === '' || trimmed.startsWith('#');
  const match = linePattern.exec(text);
  const indent = match?.[1]?.length ?? 0;
  const dashes = match?.[2] ?? '';
  return {
    column: indent + dashes.length,
    dashColumn: dashes ? indent : -1,
    key: match?.[4],
    blank,
  };
}

/** A run of lines [start, end) whose keys sit deeper than `parentColumn`. */
interface Span {
  start: number;
  end: number;
  parentColumn: number;
}

/**
 * Returns a function from a key path to a 1-based line; the deepest part of the path it can find,
 * or line 2 (where front matter starts) when it finds nothing. Lines are split on first use only.
 */
export function createKeyLocator(text: string): (path: KeyPath) => number {
  let lines: ScannedLine[] | undefined;
  let frontMatterEnd = 0;
  const scanned = (): ScannedLine[] => {
    if (lines) return lines;
    const raw = text.split('\n');
    const closing = raw.findIndex((line, index) => index > 0 && /^---\s*$/.test(line));
    frontMatterEnd = closing === -1 ? raw.length : closing;
    lines = raw.slice(0, frontMatterEnd).map(scanLine);
    return lines;
  };

  return (path) => {
    const all = scanned();
    let span: Span = { start: 1, end: frontMatterEnd, parentColumn: -1 };
    let found = 1;
    for (const part of path) {
      const next = typeof part === 'number' ? findItem(all, span, part) : findKey(all, span, part);
      if (!next) break;
      found = next.line;
      span = next.span;
    }
    return found + 1;
  };
}

function findKey(lines: ScannedLine[], span: Span, key: string): { line: number; span: Span } | undefined {
  let childColumn = -1;
  for (let index = span.start; index < span.end; index += 1) {
    const line = lines[index];
    if (!line || line.blank || line.key === undefined || line.column <= span.parentColumn) continue;
    if (childColumn === -1) childColumn = line.column;
    if (line.column === childColumn && line.key === key) {
      return { line: index, span: { start: index + 1, end: valueEnd(lines, index + 1, span.end, childColumn), parentColumn: childColumn } };
    }
  }
  return undefined;
}

/** A key's value runs until a line at or left of the key; a list written at the key's own indentation belongs to it. */
function valueEnd(lines: ScannedLine[], start: number, end: number, keyColumn: number): number {
  for (let index = start; index < end; index += 1) {
    const line = lines[index];
    if (!line || line.blank) continue;
    const listAtKeyColumn = line.dashColumn === keyColumn;
    if (line.column <= keyColumn && !listAtKeyColumn) return index;
  }
  return end;
}

function findItem(lines: ScannedLine[], span: Span, position: number): { line: number; span: Span } | undefined {
  let dashColumn = -1;
  let seen = -1;
  let itemLine = -1;
  for (let index = span.start; index < span.end; index += 1) {
    const line = lines[index];
    if (!line || line.blank) continue;
    if (dashColumn === -1 && line.dashColumn >= 0) dashColumn = line.dashColumn;
    if (line.dashColumn !== dashColumn || dashColumn === -1) continue;
    seen += 1;
    if (seen === position) itemLine = index;
    if (seen === position + 1) return { line: itemLine, span: { start: itemLine, end: index, parentColumn: dashColumn } };
  }
  return itemLine === -1 ? undefined : { line: itemLine, span: { start: itemLine, end: span.end, parentColumn: dashColumn } };
}
