// The RSS, Atom and JSON feeds in the site: written into outDir, and announced in the HTML's head.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { HtmlTagDescriptor } from 'vite';
import { syndicationFormats, syndicationPath } from '../../src/model/index.ts';
import type { SyndicationFile } from '../emit/syndication-feeds.ts';

/**
 * At stable paths, so not through the kept output (which trusts a name to name one content): the
 * few feed files are written whole on every build.
 */
export function writeSyndicationFeeds(feeds: readonly SyndicationFile[], outDir: string): void {
  for (const feed of feeds) {
    const target = join(outDir, feed.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, feed.text);
  }
}

/** `<link rel="alternate">` for the all-stories feeds: how feed readers find them from the site's address. */
export function feedDiscoveryTags(siteTitle: string, base: string): HtmlTagDescriptor[] {
  return syndicationFormats.map(({ format, mediaType, label }) => ({
    tag: 'link',
    attrs: { rel: 'alternate', type: mediaType, title: `${siteTitle} (${label})`, href: `${base}${syndicationPath(null, format)}` },
    injectTo: 'head',
  }));
}
