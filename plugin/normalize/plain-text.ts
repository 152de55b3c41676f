// Turns front-matter text that may hold HTML into the plain text the reader shows.
import { decodeEntities } from './entities.ts';

// Block elements separate words; inline ones (`<b>`, `<a>`) sit inside them.
const blockElements = new Set(
  'p br div li ul ol h1 h2 h3 h4 h5 h6 tr td th table blockquote section article header footer figure figcaption hr'.split(' '),
);
/** Elements whose content is never text a reader should see. */
const ignoredElements = new Set(['script', 'style', 'iframe', 'noscript', 'template']);
/**
 * Elements a tag left open (no `>`) can be told by: `x<y` and `revenue<expectations` are text,
 * `<img src=x onerror=…` is a tag.
 */
const knownElements = new Set([
  ...blockElements,
  ...ignoredElements,
  ...'a abbr b big body cite code del em font head html i img input ins kbd link mark meta object picture q s small source span strong sub sup svg u video audio embed form button select option textarea label nav main aside time'.split(
    ' ',
  ),
]);
// Control characters (C0 and C1), zero-width marks and bidirectional overrides carry nothing a reader should see.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const invisible = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/g;
/** `name=value` attributes right after an unclosed tag's name: what such a tag costs, and no more. */
const unclosedAttributes = /(?:\s+[^\s<>="'/]+\s*=\s*(?:"[^"<]*"|'[^'<]*'|[^\s<>"']+))*/y;

/** Counts the characters a strip looks at, for the test that pins linear time (a count, not a clock). */
export interface StepCounter {
  steps: number;
}

/** Strips tags, decodes entities, collapses whitespace and trims; cuts at `maxLength` with an ellipsis. */
export function plainText(value: string, maxLength: number, counter?: StepCounter): string {
  const text = decodeEntities(stripMarkup(value, counter)).replace(invisible, '').replace(/\s+/g, ' ').trim();
  return truncate(text, maxLength);
}

/**
 * One pass, left to right, each character looked at a bounded number of times whatever the input:
 * a regular expression that searched for a closing `</script>` from every unclosed `<script`
 * rescanned the rest of the text each time, and one 2 MB excerpt took a minute. A tag is removed;
 * text that only looks like the start of one (`x<y`) stays; an unclosed tag costs only itself.
 */
export function stripMarkup(value: string, counter: StepCounter = { steps: 0 }): string {
  if (!value.includes('<')) return value;
  const lower = value.toLowerCase();
  // Where each kind of closing text last occurs: past it, searching for one is pointless, so an
  // unclosed opening costs one lookup, not a scan of the rest.
  const lastClose = new Map<string, number>();
  const lastIndexOfClose = (needle: string) => {
    let last = lastClose.get(needle);
    if (last === undefined) {
      last = lower.lastIndexOf(needle);
      counter.steps += value.length;
      lastClose.set(needle, last);
    }
    return last;
  };
  let out = '';
  let textStart = 0;
  let index = value.indexOf('<');
  while (index !== -1) {
    counter.steps += index - textStart + 1;
    out += value.slice(textStart, index);
    const end = markupEnd(value, lower, index, lastIndexOfClose, counter);
    if (end === undefined) {
      out += '<';
      textStart = index + 1;
    } else {
      out += end.separator;
      textStart = end.at;
    }
    index = value.indexOf('<', textStart);
  }
  counter.steps += value.length - textStart;
  return out + value.slice(textStart);
}

/** Where the markup starting at `start` ends and what stands in for it, or undefined when `<` is text. */
function markupEnd(
  value: string,
  lower: string,
  start: number,
  lastIndexOfClose: (needle: string) => number,
  counter: StepCounter,
): { at: number; separator: string } | undefined {
  if (value.startsWith('<!--', start)) {
    const close = lastIndexOfClose('-->') >= start + 4 ? value.indexOf('-->', start + 4) : -1;
    counter.steps += close === -1 ? 4 : close - start;
    return close === -1 ? { at: start + 4, separator: ' ' } : { at: close + 3, separator: ' ' };
  }
  const closing = value[start + 1] === '/';
  const nameStart = start + (closing ? 2 : 1);
  let nameEnd = nameStart;
  while (nameEnd < value.length && /[a-zA-Z0-9]/.test(value[nameEnd] ?? '')) nameEnd += 1;
  counter.steps += nameEnd - nameStart;
  if (nameEnd === nameStart || !/[a-zA-Z]/.test(value[nameStart] ?? '')) return undefined;
  const name = lower.slice(nameStart, nameEnd);
  // The tag ends at the first `>` before the next `<`: each character is looked at here at most once more.
  let tagEnd = nameEnd;
  while (tagEnd < value.length && value[tagEnd] !== '>' && value[tagEnd] !== '<') tagEnd += 1;
  counter.steps += tagEnd - nameEnd;
  const separator = blockElements.has(name) ? ' ' : '';
  if (value[tagEnd] !== '>') {
    if (!knownElements.has(name)) return undefined;
    unclosedAttributes.lastIndex = nameEnd;
    unclosedAttributes.exec(value);
    return { at: Math.max(nameEnd, unclosedAttributes.lastIndex), separator };
  }
  if (!closing && ignoredElements.has(name)) {
    // The element's content goes with it, up to its closing tag; an element never closed costs only its opening tag.
    const needle = `</${name}`;
    const close = lastIndexOfClose(needle) > tagEnd ? lower.indexOf(needle, tagEnd) : -1;
    if (close !== -1) {
      const closeEnd = value.indexOf('>', close);
      counter.steps += (closeEnd === -1 ? value.length : closeEnd) - tagEnd;
      return { at: closeEnd === -1 ? value.length : closeEnd + 1, separator: ' ' };
    }
  }
  return { at: tagEnd + 1, separator };
}

function truncate(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength - 1);
  const lastSpace = cut.lastIndexOf(' ');
  // Prefer a word boundary unless it throws away most of the text.
  const atWord = lastSpace > maxLength * 0.6 ? cut.slice(0, lastSpace) : cut;
  return `${atWord.replace(/[\s.,;:…-]+$/, '')}…`;
}
