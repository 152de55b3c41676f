// Turns front-matter text that may hold HTML into the plain text the reader shows.
import { decodeEntities } from './entities.ts';

const ignoredElements = /<(script|style|iframe|noscript|template)\b[\s\S]*?<\/\1\s*>/gi;
const comments = /<!--[\s\S]*?(?:-->|$)/g;
const tags = /<\/?([a-zA-Z][a-zA-Z0-9]*)[^>]*>?/g;
// Block elements separate words; inline ones (`<b>`, `<a>`) sit inside them.
const blockElements = /^(?:p|br|div|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|section|article|header|footer|figure|figcaption|hr)$/i;
// Control characters (C0 and C1) and zero-width marks carry nothing a reader should see.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const invisible = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B\u2060\uFEFF]/g;

/** Strips tags, decodes entities, collapses whitespace and trims; cuts at `maxLength` with an ellipsis. */
export function plainText(value: string, maxLength: number): string {
  const withoutMarkup = value
    .replace(ignoredElements, ' ')
    .replace(comments, ' ')
    .replace(tags, (_tag, name: string) => (blockElements.test(name) ? ' ' : ''));
  const text = decodeEntities(withoutMarkup).replace(invisible, '').replace(/\s+/g, ' ').trim();
  return truncate(text, maxLength);
}

function truncate(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength - 1);
  const lastSpace = cut.lastIndexOf(' ');
  // Prefer a word boundary unless it throws away most of the text.
  const atWord = lastSpace > maxLength * 0.6 ? cut.slice(0, lastSpace) : cut;
  return `${atWord.replace(/[\s.,;:…-]+$/, '')}…`;
}
