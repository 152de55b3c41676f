import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createKeyLocator, type KeyPath } from './line-of-key.ts';

const file = `---
title: "A story"
provider:
  name: CNN
  images:
    - url: "javascript:alert(1)"
      width: 50
topics:
- Election
- Joe Biden
related:
  - title: "First"
    webUrl: "https://a.example/1"
  - title: "Second"
    images:
      - url: "https://a.example/i.jpg"
    webUrl: "data:text/html,x"
quality: 3
---
`;

describe('createKeyLocator', () => {
  const locate = createKeyLocator(file);

  it('finds top-level keys', () => {
    expect(locate(['title'])).toBe(2);
    expect(locate(['quality'])).toBe(18);
  });

  it('finds nested keys and list items', () => {
    expect(locate(['provider', 'images', 0, 'url'])).toBe(6);
    expect(locate(['related', 1, 'webUrl'])).toBe(17);
    expect(locate(['related', 1])).toBe(14);
  });

  it("finds items of a list written at its key's indentation", () => {
    expect(locate(['topics', 1])).toBe(10);
  });

  it('falls back to the deepest part of the path it finds', () => {
    expect(locate(['related', 0, 'images'])).toBe(12);
    expect(locate(['missing'])).toBe(2);
  });
});

/**
 * The locator as it was first written: every line scanned up front, every span's end found before
 * it is searched. Slow on a 7,000-line related list, plainly right: the lazy locator must agree.
 */
function scanEveryLine(text: string): (path: KeyPath) => number {
  const raw = text.split('\n');
  const closing = raw.findIndex((line, index) => index > 0 && /^---\s*$/.test(line));
  const end = closing === -1 ? raw.length : closing;
  const lines = raw.slice(0, end).map((line) => {
    const match = /^( *)((?:- +)*)(?:(["']?)([^"':#\s][^:]*?|[^"']*)\3 *:(?: |$))?/.exec(line);
    const indent = match?.[1]?.length ?? 0;
    const dashes = match?.[2] ?? '';
    const trimmed = line.trim();
    return {
      column: indent + dashes.length,
      dashColumn: dashes ? indent : -1,
      key: match?.[4],
      blank: trimmed === '' || trimmed.startsWith('#'),
    };
  });
  type Span = { start: number; end: number; parentColumn: number };
  const valueEnd = (start: number, spanEnd: number, keyColumn: number) => {
    for (let index = start; index < spanEnd; index += 1) {
      const line = lines[index]!;
      if (!line.blank && line.column <= keyColumn && line.dashColumn !== keyColumn) return index;
    }
    return spanEnd;
  };
  const findKey = (span: Span, key: string): { line: number; span: Span } | undefined => {
    let childColumn = -1;
    for (let index = span.start; index < span.end; index += 1) {
      const line = lines[index]!;
      if (line.blank || line.key === undefined || line.column <= span.parentColumn) continue;
      if (childColumn === -1) childColumn = line.column;
      if (line.column === childColumn && line.key === key)
        return { line: index, span: { start: index + 1, end: valueEnd(index + 1, span.end, childColumn), parentColumn: childColumn } };
    }
    return undefined;
  };
  const findItem = (span: Span, position: number): { line: number; span: Span } | undefined => {
    let dashColumn = -1;
    let seen = -1;
    let itemLine = -1;
    for (let index = span.start; index < span.end; index += 1) {
      const line = lines[index]!;
      if (line.blank) continue;
      if (dashColumn === -1 && line.dashColumn >= 0) dashColumn = line.dashColumn;
      if (line.dashColumn !== dashColumn || dashColumn === -1) continue;
      seen += 1;
      if (seen === position) itemLine = index;
      if (seen === position + 1) return { line: itemLine, span: { start: itemLine, end: index, parentColumn: dashColumn } };
    }
    return itemLine === -1 ? undefined : { line: itemLine, span: { start: itemLine, end: span.end, parentColumn: dashColumn } };
  };
  return (path) => {
    let span: Span = { start: 1, end, parentColumn: -1 };
    let found = 1;
    for (const part of path) {
      const next = typeof part === 'number' ? findItem(span, part) : findKey(span, part);
      if (!next) break;
      found = next.line;
      span = next.span;
    }
    return found + 1;
  };
}

type Tree = string | Tree[] | { [key: string]: Tree };
const keys = fc.constantFrom('title', 'url', 'images', 'related', 'provider', 'name', 'topics');
const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('"a"', 'plain', '3'),
    fc.array(tie('node'), { maxLength: 4 }),
    fc.dictionary(keys, tie('node'), { maxKeys: 4 }),
  ),
})).node;

/** Front matter as Smartable writes it, with blank lines, comments and lists at their key's column mixed in. */
function written(value: { [key: string]: Tree }, choices: Iterator<number>): string {
  const next = () => choices.next().value as number;
  const out: string[] = [];
  const write = (node: Tree, indent: number, prefix: string) => {
    if (typeof node === 'string') {
      out.push(`${prefix}${node}`);
      return;
    }
    const entries = Array.isArray(node) ? node.map((item) => ['', item] as const) : Object.entries(node);
    if (entries.length === 0) {
      out.push(`${prefix}${Array.isArray(node) ? '[]' : '{}'}`);
      return;
    }
    for (const [index, [key, child]] of entries.entries()) {
      if (next() === 0) out.push(next() % 2 === 0 ? '' : `${' '.repeat(indent)}# note`);
      const lead = index === 0 ? prefix : ' '.repeat(indent);
      if (Array.isArray(node)) {
        if (typeof child === 'string') out.push(`${lead}- ${child}`);
        else write(child, indent + 2, `${lead}- `);
        continue;
      }
      if (typeof child === 'string') {
        out.push(`${lead}${key}: ${child}`);
        continue;
      }
      out.push(`${lead}${key}:`);
      const listAtKeyColumn = Array.isArray(child) && next() % 2 === 0;
      const childIndent = listAtKeyColumn ? indent : indent + 2;
      write(child, childIndent, ' '.repeat(childIndent));
    }
  };
  write(value, 0, '');
  return `---\n${out.join('\n')}\n---\nBody text\n- not: front matter\n`;
}

const paths: fc.Arbitrary<KeyPath[]> = fc.array(fc.array(fc.oneof(keys, fc.nat({ max: 4 })), { maxLength: 5 }), {
  minLength: 1,
  maxLength: 12,
});

describe('createKeyLocator, lazily scanned', () => {
  it('places every key path on the line that scanning every line up front gives (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(keys, tree, { maxKeys: 6 }), paths, fc.infiniteStream(fc.nat({ max: 9 })), (value, keyPaths, choices) => {
        const text = written(value, choices);
        const lazy = createKeyLocator(text);
        const eager = scanEveryLine(text);
        // Asked in a random order, as a file's problems are: the lazy scan must not depend on what was asked before.
        for (const path of keyPaths) expect(lazy(path), `${JSON.stringify(path)} in\n${text}`).toBe(eager(path));
      }),
      { numRuns: 500 },
    );
  });
});
