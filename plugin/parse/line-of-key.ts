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
const closingPattern = /^---\s*$/;

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

/**
 * The front matter's lines, split and scanned only as far as a search reaches: most problems sit
 * near the top (a related item's link, an image), and a file's related list can run to 7,000 lines.
 */
class FrontMatterLines {
  private readonly starts = [0];
  private readonly scanned: ScannedLine[] = [];
  private lastLine = Number.POSITIVE_INFINITY;

  constructor(private readonly text: string) {}

  /** Whether `index` is at or past the closing `---` (or the end of the text). */
  ended(index: number): boolean {
    while (this.starts.length <= index && this.lastLine === Number.POSITIVE_INFINITY) {
      const previous = this.starts[this.starts.length - 1]!;
      const newline = this.text.indexOf('\n', previous);
      if (newline === -1) this.lastLine = this.starts.length - 1;
      else this.starts.push(newline + 1);
    }
    return index > this.lastLine || (index > 0 && closingPattern.test(this.raw(index)));
  }

  /** Line `index`, which `ended` has said is inside the front matter. */
  at(index: number): ScannedLine {
    let line = this.scanned[index];
    if (!line) {
      line = scanLine(this.raw(index));
      this.scanned[index] = line;
    }
    return line;
  }

  private raw(index: number): string {
    const start = this.starts[index]!;
    const end = this.text.indexOf('\n', start);
    return this.text.slice(start, end === -1 ? this.text.length : end);
  }
}

/** A run of lines from `start` whose keys sit deeper than `parentColumn`, up to the first line `ends` says is past it. */
interface Span {
  start: number;
  parentColumn: number;
  ends: (index: number) => boolean;
}

/**
 * Returns a function from a key path to a 1-based line; the deepest part of the path it can find,
 * or line 2 (where front matter starts) when it finds nothing.
 */
export function createKeyLocator(text: string): (path: KeyPath) => number {
  const lines = new FrontMatterLines(text);
  const whole: Span = { start: 1, parentColumn: -1, ends: (index) => lines.ended(index) };
  return (path) => {
    let span = whole;
    let found = 1;
    for (const part of path) {
      const next = typeof part === 'number' ? findItem(lines, span, part) : findKey(lines, span, part);
      if (!next) break;
      found = next.line;
      span = next.span;
    }
    return found + 1;
  };
}

function findKey(lines: FrontMatterLines, span: Span, key: string): { line: number; span: Span } | undefined {
  let childColumn = -1;
  for (let index = span.start; !span.ends(index); index += 1) {
    const line = lines.at(index);
    if (line.blank || line.key === undefined || line.column <= span.parentColumn) continue;
    if (childColumn === -1) childColumn = line.column;
    if (line.column === childColumn && line.key === key) {
      return { line: index, span: { start: index + 1, parentColumn: childColumn, ends: valueEnds(lines, span, childColumn) } };
    }
  }
  return undefined;
}

/** A key's value runs until a line at or left of the key; a list written at the key's own indentation belongs to it. */
function valueEnds(lines: FrontMatterLines, parent: Span, keyColumn: number): (index: number) => boolean {
  return (index) => {
    if (parent.ends(index)) return true;
    const line = lines.at(index);
    return !line.blank && line.column <= keyColumn && line.dashColumn !== keyColumn;
  };
}

function findItem(lines: FrontMatterLines, span: Span, position: number): { line: number; span: Span } | undefined {
  let dashColumn = -1;
  let seen = -1;
  for (let index = span.start; !span.ends(index); index += 1) {
    const line = lines.at(index);
    if (line.blank) continue;
    if (dashColumn === -1 && line.dashColumn >= 0) dashColumn = line.dashColumn;
    if (line.dashColumn !== dashColumn || dashColumn === -1) continue;
    seen += 1;
    if (seen === position)
      return { line: index, span: { start: index, parentColumn: dashColumn, ends: itemEnds(lines, span, index, dashColumn) } };
  }
  return undefined;
}

/** An item runs until the next item of its list, or the end of the list. */
function itemEnds(lines: FrontMatterLines, list: Span, itemLine: number, dashColumn: number): (index: number) => boolean {
  return (index) => {
    if (list.ends(index)) return true;
    if (index === itemLine) return false;
    const line = lines.at(index);
    return !line.blank && line.dashColumn === dashColumn;
  };
}
