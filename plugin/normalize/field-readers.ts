// Readers for one kind of front-matter value each: they return a clean value or report why not.
import { safeHttpUrl, safeImageUrl, type ArticleImage } from '../../src/model/index.ts';
import { finiteNumber, firstItem, isPresent, isRecord, field } from './fields.ts';
import type { KeyPath } from '../parse/line-of-key.ts';
import { maxUrlLength } from './links.ts';
import { plainText } from './plain-text.ts';
import { quoted, type Reporter } from './problem-reporter.ts';

/**
 * The most of one text field that is read: titles and excerpts are at most a few hundred characters
 * once cleaned, and a field a million characters long is a broken file, not a story.
 */
export const maxRawTextLength = 64 * 1024;

/** Markup that survived as text (it was written escaped, `&lt;script&gt;`): shown as text, and said. */
const looksLikeMarkup = /<\/?[a-zA-Z][^<>]*>/;

/** Text fields, where YAML may have made a number (`title: 1984`) or a boolean of them. */
export function readText(value: unknown, keyPath: KeyPath, reporter: Reporter, maxLength: number): string | undefined {
  if (!isPresent(value)) return undefined;
  if (typeof value === 'number' || typeof value === 'boolean') {
    reporter.warn(keyPath, `${describe(keyPath)} is a ${typeof value}; used as text`);
    return String(value);
  }
  if (typeof value !== 'string') {
    reporter.warn(keyPath, `${describe(keyPath)} should be text, not ${quoted(value)}; ignored`);
    return undefined;
  }
  let raw = value;
  if (raw.length > maxRawTextLength) {
    reporter.warn(
      keyPath,
      `${describe(keyPath)} is ${raw.length.toLocaleString('en')} characters long: only its first ${maxRawTextLength / 1024} K were read`,
    );
    raw = raw.slice(0, maxRawTextLength);
  }
  const text = plainText(raw, maxLength);
  const markup = looksLikeMarkup.exec(text)?.[0];
  if (markup !== undefined)
    reporter.warn(keyPath, `${describe(keyPath)} holds text that looks like HTML (${quoted(markup)}): shown as text`);
  return text || undefined;
}

/** Absolute http(s) links only: `javascript:`, `data:`, relative or oversized values are dropped and reported. */
export function readLink(value: unknown, keyPath: KeyPath, reporter: Reporter): string | undefined {
  if (!isPresent(value)) return undefined;
  const url = safeHttpUrl(value);
  if (url === undefined || url.length > maxUrlLength) {
    reporter.warn(keyPath, droppedLink(value, keyPath, 'is not an absolute http(s) URL'));
    return undefined;
  }
  return url;
}

/** Why a link was dropped: its credentials when it has any (the URL parses, but leads elsewhere), else `otherwise`. */
function droppedLink(value: unknown, keyPath: KeyPath, otherwise: string): string {
  let credentials = false;
  try {
    const parsed = new URL(String(value).trim());
    credentials = parsed.username !== '' || parsed.password !== '';
  } catch {
    // Not a URL at all: `otherwise` says so.
  }
  return `dropped ${describe(keyPath)}: ${quoted(value)} ${credentials ? 'carries a user name or password' : otherwise}`;
}

/** Image sources may also be site-relative (`/logos/x.svg`) so demo content works offline. */
export function readImageUrl(value: unknown, keyPath: KeyPath, reporter: Reporter): string | undefined {
  if (!isPresent(value)) return undefined;
  const url = safeImageUrl(value);
  if (url === undefined || url.length > maxUrlLength) {
    reporter.warn(keyPath, droppedLink(value, keyPath, 'is not an http(s) or site-relative image URL'));
    return undefined;
  }
  // The site's Content-Security-Policy loads images over https only: an http image would be blocked.
  // The build has no network to ask the host, so it asks for https; a host without it shows the
  // image's placeholder, as any image that fails to load does.
  if (url.startsWith('http://')) {
    reporter.warn(
      keyPath,
      `${describe(keyPath)} ${quoted(value)} is http: asked for over https, as the site's Content-Security-Policy allows`,
    );
    return `https://${url.slice('http://'.length)}`;
  }
  return url;
}

/** The first entry of an `images` list, kept only with a safe URL and a positive width and height. */
export function readImage(images: unknown, keyPath: KeyPath, reporter: Reporter): ArticleImage | undefined {
  if (!isPresent(images) || (Array.isArray(images) && images.length === 0)) return undefined;
  const first = firstItem(images);
  const itemPath = Array.isArray(images) ? [...keyPath, 0] : keyPath;
  if (!isRecord(first)) {
    reporter.warn(itemPath, `dropped ${describe(keyPath)}: expected a list of {url, width, height}`);
    return undefined;
  }
  const url = readImageUrl(field(first, 'url'), [...itemPath, 'url'], reporter);
  if (url === undefined) return undefined;
  const width = finiteNumber(field(first, 'width'));
  const height = finiteNumber(field(first, 'height'));
  if (width === undefined || height === undefined || width <= 0 || height <= 0) {
    reporter.warn(itemPath, `dropped ${describe(keyPath)}: it needs a positive width and height`);
    return undefined;
  }
  return { url, width: Math.round(width), height: Math.round(height) };
}

/** Numbers such as quality and heat: a wrong type falls back to the default, reported. */
export function readNumber(value: unknown, keyPath: KeyPath, reporter: Reporter, fallback: number): number {
  if (value === undefined || value === null) return fallback;
  const number = finiteNumber(value);
  if (number === undefined) {
    reporter.warn(keyPath, `${describe(keyPath)} should be a number, not ${quoted(value)}; used ${fallback}`);
    return fallback;
  }
  return number;
}

export function readBoolean(value: unknown, keyPath: KeyPath, reporter: Reporter, fallback: boolean): boolean {
  if (value === undefined || value === null) return fallback;
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'false') return value === 'true';
  reporter.warn(keyPath, `${describe(keyPath)} should be true or false, not ${quoted(value)}; used ${fallback}`);
  return fallback;
}

/** `related[3].webUrl` as people write it. */
export function describe(keyPath: KeyPath): string {
  return keyPath.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`)).join('');
}
