// Machine-written front matter -> its data, without building a YAML tree; anything unfamiliar goes to the YAML parser.
import { createRepeatedItems } from './repeated-items.ts';

/**
 * Smartable's files were written by a program: two-space indents, `key: value` lines, `- ` items,
 * double-quoted or plain one-line scalars. This reads exactly that shape and answers what gray-matter
 * with js-yaml's core schema answers for it (`front-matter.ts`); for anything else (a comment, a
 * tab, a flow collection, an anchor, a tag, a block scalar, a single-quoted or multi-line string, a
 * duplicate key, a scalar whose type it is not sure of) it answers undefined, and the caller parses
 * the file with the YAML parser as before. So problems are reported exactly as before, and nothing
 * in front matter ever runs: this only ever makes strings, numbers, booleans, nulls, lists and maps.
 * The differential tests (`scan-front-matter.test.ts`) pin "exactly".
 */
export function scanFrontMatter(text: string): Record<string, unknown> | undefined {
  if (!text.startsWith('---\n')) return undefined;
  const closeIndex = text.indexOf('\n---', 3);
  const block = text.slice(4, closeIndex === -1 ? text.length : closeIndex + 1);
  // js-yaml refuses the whole stream for these; tabs and carriage returns change what a line is.
  if (mayBeUnsafe.test(block) && unsafeCharacters.test(block)) return undefined;
  const lines = block.split('\n');
  const scanner = new LineScanner(lines);
  scanner.skipBlank();
  if (scanner.done()) return undefined;
  const data = scanner.mapping(0, 0);
  scanner.skipBlank();
  return data !== undefined && scanner.done() && !scanner.unsure ? data : undefined;
}

const unsafeCharacters =
  // eslint-disable-next-line no-control-regex
  /[\x00-\x08\x09\x0B-\x1F\x7F-\x9F\u2028\u2029\uFEFF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Any character `unsafeCharacters` could match, in one class: far faster to run over a whole block,
 * and only a block with one (an emoji's surrogate pair, say) pays for the exact test.
 */
// eslint-disable-next-line no-control-regex
const mayBeUnsafe = /[\x00-\x09\x0B-\x1F\x7F-\x9F\u2028\u2029\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/;

/**
 * A `key: value` line's key and the text after `: ` (undefined after a bare `key:`), or undefined
 * when the line is not one: the key is a letter then letters, digits or `_`, as
 * /^([A-Za-z][A-Za-z0-9_]*):(?: (.*))?$/ reads it, without a match array a line.
 */
function splitKey(content: string): { key: string; rest: string | undefined } | undefined {
  if (!isLetter(content.charCodeAt(0))) return undefined;
  let at = 1;
  for (let code = content.charCodeAt(at); isLetter(code) || (code >= 0x30 && code <= 0x39) || code === 0x5f; code = content.charCodeAt(at))
    at += 1;
  if (content.charCodeAt(at) !== 0x3a) return undefined;
  const key = content.slice(0, at);
  if (at + 1 === content.length) return { key, rest: undefined };
  return content.charCodeAt(at + 1) === 0x20 ? { key, rest: content.slice(at + 2) } : undefined;
}

function isLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** YAML's space is the ASCII one (tabs are declined already); JavaScript's trim() would take a non-breaking space too. */
const onlySpaces = /^ *$/;

/**
 * Spaces before a line's first other character, -1 for a blank line, or -2 when the line starts
 * with another kind of space (a non-breaking one, say): JavaScript's trim() takes those for space,
 * YAML takes them for text, so the scanner declines such a file.
 */
function indentOf(line: string): number {
  let at = 0;
  while (line.charCodeAt(at) === 0x20) at += 1;
  if (at === line.length) return -1;
  const code = line.charCodeAt(at);
  if (code > 0x20 && code < 0x7f) return at;
  return /\s/.test(line[at]!) ? -2 : at;
}

const maxDepth = 8;

/**
 * A related story is listed by many others, in the same lines every time: the first file to list it
 * parses it, the others reuse that answer (a thread's files share it). The answer is frozen, so no
 * reader can change what the next file gets, and `related-items.ts` reads each shared item once too.
 */
const repeatedItems = createRepeatedItems();

class LineScanner {
  private index = 0;
  constructor(private readonly lines: readonly string[]) {}

  done(): boolean {
    return this.index >= this.lines.length;
  }

  skipBlank(): void {
    this.nextIndent();
  }

  /** Set when a line starts with a space YAML does not take for one: the caller declines the file. */
  unsure = false;

  /** The indent of the next line that is not blank (the scanner moves to it), or -1 at the end. */
  private nextIndent(): number {
    for (; this.index < this.lines.length; this.index += 1) {
      const indent = indentOf(this.lines[this.index]!);
      if (indent === -2) {
        this.unsure = true;
        this.index = this.lines.length;
        return -1;
      }
      if (indent !== -1) return indent;
    }
    return -1;
  }

  /**
   * A block mapping whose keys sit at `indent`. With `firstLine`, the first key is that text (the
   * rest of a `- key: value` item line) and the scanner is already past its line.
   */
  mapping(indent: number, depth: number, firstLine?: string): Record<string, unknown> | undefined {
    if (depth > maxDepth) return undefined;
    const data: Record<string, unknown> = {};
    let pending = firstLine;
    for (;;) {
      let content: string;
      if (pending !== undefined) {
        content = pending;
        pending = undefined;
      } else {
        const next = this.nextIndent();
        if (next === -1 || next < indent) return data;
        if (next > indent) return undefined;
        content = this.lines[this.index]!.slice(indent);
        this.index += 1;
      }
      const line = splitKey(content);
      if (!line) return undefined;
      const { key, rest } = line;
      if (Object.hasOwn(data, key)) return undefined;
      let value: unknown;
      if (rest === undefined || onlySpaces.test(rest)) value = this.nested(indent, depth);
      else value = scalar(rest);
      if (value === undefined) return undefined;
      data[key] = value;
    }
  }

  /** What follows `key:` with nothing after it: a deeper mapping, a deeper list, or null. */
  private nested(parentIndent: number, depth: number): unknown {
    const next = this.nextIndent();
    if (next <= parentIndent) return null;
    const line = this.lines[this.index]!.slice(next);
    return line.startsWith('- ') || line === '-' ? this.sequence(next, depth + 1) : this.mapping(next, depth + 1);
  }

  /** A block sequence whose `- ` sits at `indent`. */
  private sequence(indent: number, depth: number): unknown[] | undefined {
    if (depth > maxDepth) return undefined;
    const items: unknown[] = [];
    for (;;) {
      const next = this.nextIndent();
      if (next === -1 || next < indent) return items;
      if (next > indent) return undefined;
      const line = this.lines[this.index]!.slice(indent);
      if (!line.startsWith('- ')) return line.startsWith('-') ? undefined : items;
      const itemLine = this.index;
      this.index += 1;
      const content = line.slice(2);
      if (onlySpaces.test(content) || content.startsWith(' ')) return undefined;
      if (!splitKey(content)) {
        const item = scalar(content);
        if (item === undefined) return undefined;
        items.push(item);
        continue;
      }
      const itemEnd = this.endOfItem(indent);
      const known = itemEnd === undefined ? undefined : repeatedItems.get(depth, this.lines, itemLine, itemEnd);
      if (known !== undefined) {
        items.push(known);
        this.index = itemEnd!;
        continue;
      }
      const item = this.mapping(indent + 2, depth + 1, content);
      if (item === undefined) return undefined;
      // The mapping stops at the item's end exactly when nothing in it was out of the ordinary.
      if (itemEnd !== undefined && !this.unsure && this.index === itemEnd)
        repeatedItems.remember(depth, this.lines, itemLine, itemEnd, item);
      items.push(item);
    }
  }

  /**
   * The line after the mapping item whose `- ` sits at `indent` (the scanner is just past that
   * line): the next line that is not blank and sits at most one space deeper, or the end. Undefined
   * for a line that starts with a space YAML does not take for one: the parse declines such a file.
   */
  private endOfItem(indent: number): number | undefined {
    for (let index = this.index; index < this.lines.length; index += 1) {
      const lineIndent = indentOf(this.lines[index]!);
      if (lineIndent === -2) return undefined;
      if (lineIndent !== -1 && lineIndent <= indent + 1) return index;
    }
    return this.lines.length;
  }
}

/** One line's scalar, or undefined when it is not one this scanner is sure of. */
function scalar(written: string): unknown {
  let end = written.length;
  while (end > 0 && written.charCodeAt(end - 1) === 0x20) end -= 1;
  const text = end === written.length ? written : written.slice(0, end);
  if (text.startsWith('"')) return doubleQuoted(text);
  return plain(text);
}

const escapes: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' };

function doubleQuoted(text: string): string | undefined {
  let value = '';
  let position = 1;
  while (position < text.length) {
    const character = text[position]!;
    if (character === '"') return position === text.length - 1 ? value : undefined;
    if (character !== '\\') {
      // Copy the run up to the next quote or backslash at once.
      let end = position + 1;
      while (end < text.length && text[end] !== '"' && text[end] !== '\\') end += 1;
      value += text.slice(position, end);
      position = end;
      continue;
    }
    const escape = text[position + 1];
    if (escape === undefined) return undefined;
    if (escape === 'u') {
      const hex = text.slice(position + 2, position + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) return undefined;
      value += String.fromCharCode(parseInt(hex, 16));
      position += 6;
      continue;
    }
    const replacement = escapes[escape];
    if (replacement === undefined) return undefined;
    value += replacement;
    position += 2;
  }
  return undefined;
}

const integerPattern = /^-?(?:0|[1-9][0-9]{0,14})$/;
const decimalPattern = /^-?(?:0|[1-9][0-9]{0,14})\.[0-9]{1,15}$/;
/** An ISO-8601 date-time as Smartable writes it: the core schema has no timestamps, so it stays a string. */
const dateTimePattern = /^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,9})?(?:Z|[+-][0-9]{2}:[0-9]{2})$/;
/** The core schema's booleans and nulls, as they may be written. */
const keywords = new Map<string, boolean | null>([
  ...['true', 'True', 'TRUE'].map((word): [string, boolean] => [word, true]),
  ...['false', 'False', 'FALSE'].map((word): [string, boolean] => [word, false]),
  ...['null', 'Null', 'NULL', '~'].map((word): [string, null] => [word, null]),
]);

function plain(text: string): unknown {
  if (text === '' || text === '-0') return undefined;
  if (integerPattern.test(text) || decimalPattern.test(text)) {
    const number = Number(text);
    return Object.is(number, -0) ? undefined : number;
  }
  if (dateTimePattern.test(text)) return text;
  if (keywords.has(text)) return keywords.get(text);
  // A plain string. It starts with a letter (no indicator, sign or dot a number or tag could start
  // with), or with a digit from 1 to 9 and holds something no number has (js-yaml's core numbers are
  // digits, `_`, `.`, `e`, signs, or start with `0x`, `0o`, `0b`); no `: ` or ` #` inside; no `:` at the end.
  const first = text[0]!;
  const startsWell = /\p{L}/u.test(first) || (/[1-9]/.test(first) && /[^0-9_.eE+-]/.test(text));
  if (!startsWell || text.includes(': ') || text.includes(' #') || text.endsWith(':')) return undefined;
  if (/\.(?:inf|nan)/i.test(text)) return undefined;
  return text;
}
