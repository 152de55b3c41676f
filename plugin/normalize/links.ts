// Canonical forms of story links, so the same story is recognised however a feed wrote its URL.
import { hash } from 'node:crypto';
import { feedRedirectHosts } from './direct-links.ts';

/** Longer URLs are refused: no real link needs them and they would bloat every page they appear on. */
export const maxUrlLength = 2048;

/**
 * Scheme-less, lower-case host, no `utm_*` parameters, no trailing slash:
 * `HTTPS://News.example/a/?utm_source=x` and `http://news.example/a` are one story.
 * The fragment stays: copies of one page told apart by `#copy2` are distinct stories to the feed.
 * Expects a URL that already passed `safeHttpUrl`.
 */
export function canonicalLink(url: string): string {
  const parsed = new URL(url);
  // A feed redirect's opaque token says nothing about the story: such links only ever match exactly.
  if (feedRedirectHosts.has(parsed.hostname)) return `exact:${url}`;
  for (const name of [...parsed.searchParams.keys()]) {
    if (name.toLowerCase().startsWith('utm_')) parsed.searchParams.delete(name);
  }
  const path = parsed.pathname.length > 1 ? parsed.pathname.replace(/\/+$/, '') : '';
  const port = parsed.port ? `:${parsed.port}` : '';
  return `${parsed.hostname}${port}${path}${parsed.search}${parsed.hash}`;
}

/**
 * What the corpus matches stories by: a 120-bit hash of the canonical link. It is stored for every
 * story of every build, and the canonical links themselves are far longer.
 */
export function linkKey(canonical: string): string {
  return hash('sha1', canonical, 'base64url').slice(0, 20);
}

/** The domain a provider is known by when the file does not say: the link's host without `www.`. */
export function domainOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}
