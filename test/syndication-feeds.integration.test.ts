// Every feed of a build read by real feed parsers: the demo content under a base path, the hostile folder, and the real corpus (CORPUS_DIR).
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { nextPageUrl, syndicationFeedLength, type Card, type FeedPage, type FeedReference } from '../src/model/index.ts';
import { buildSiteFromFolders, type SiteBuild } from '../plugin/build-site.ts';
import { resolveOptions, type NewsstandOptions } from '../plugin/options.ts';
import { feedparserMissing, parseWithFeedparser, parseWithFeedsmith } from './feeds/real-parsers.ts';

const demo = fileURLToPath(new URL('../content/articles', import.meta.url));
const hostile = fileURLToPath(new URL('./fixtures/hostile', import.meta.url));
const corpusDir = process.env.CORPUS_DIR ? resolve(process.env.CORPUS_DIR) : undefined;
const generatedAt = '2026-12-02T01:30:00.000Z';

// CI installs python3-feedparser (.ci/run) and says so: there, a missing parser is a failure, not a skip.
const missing = feedparserMissing();
if (missing && process.env.NEWSSTAND_REQUIRE_FEEDPARSER === '1') throw new Error(missing);
if (missing) console.warn(`Skipping the feedparser checks: ${missing}`);
if (!corpusDir)
  console.warn('CORPUS_DIR is not set: the feeds of the real corpus are not parsed (CI sets CORPUS_DIR=../shared/corpus/election)');

interface BuiltSite {
  build: SiteBuild;
  files: Map<string, string>;
  /** Where the site is served in this test. */
  address: string;
}

async function buildSite(folder: string, options: NewsstandOptions, base: string, address: string): Promise<BuiltSite> {
  const root = await mkdtemp(join(tmpdir(), 'newsstand-feeds-'));
  const files = new Map<string, string>();
  const resolved = { ...resolveOptions({ content: [folder], ...options }, root, { NEWSSTAND_NO_CACHE: '1' }), base };
  const build = await buildSiteFromFolders(resolved, { write: (name, json) => files.set(name, json) }, generatedAt);
  return { build, files, address };
}

/** The first stories of a feed as the reader's own feed pages show them. */
function firstCards(site: BuiltSite, feed: FeedReference, count: number): Card[] {
  const cards: Card[] = [];
  let first: FeedPage | undefined;
  for (let url = feed.firstPage; url !== null && cards.length < count;) {
    const page = JSON.parse(site.files.get(url) ?? 'null') as FeedPage;
    first ??= page;
    cards.push(...page.cards);
    url = nextPageUrl(page, first);
  }
  return cards.slice(0, count);
}

const isHttpUrl = (value: string | null | undefined) => {
  try {
    return ['http:', 'https:'].includes(new URL(value ?? '').protocol);
  } catch {
    return false;
  }
};

const sites: [string, () => Promise<BuiltSite>][] = [
  ['the demo content under /election/, without siteUrl', () => buildSite(demo, {}, '/election/', 'http://localhost:4173/election/')],
  ['the hostile folder', () => buildSite(hostile, { siteUrl: 'https://hostile.example' }, '/', 'https://hostile.example/')],
  ...(corpusDir
    ? [
        [
          `the real corpus in ${corpusDir}`,
          () => buildSite(corpusDir, { siteUrl: 'https://election.example/' }, '/election/', 'https://election.example/election/'),
        ] as [string, () => Promise<BuiltSite>],
      ]
    : []),
];

describe.each(sites)('the feeds of %s', (_name, build) => {
  let site: BuiltSite;
  /** Path -> the cards that feed should carry, newest first. */
  const expected = new Map<string, Card[]>();

  beforeAll(async () => {
    site = await build();
    const { manifest } = site.build;
    const feeds: [string | null, FeedReference][] = [
      [null, manifest.all],
      ...manifest.topics.map((topic): [string, FeedReference] => [topic.slug, topic]),
    ];
    for (const [slug, reference] of feeds) {
      const cards = firstCards(site, reference, syndicationFeedLength);
      const folder = slug === null ? 'feeds' : `feeds/topic/${slug}`;
      for (const fileName of ['rss.xml', 'atom.xml', 'feed.json']) expected.set(`${folder}/${fileName}`, cards);
    }
  });

  it('writes all three formats for all stories and for every topic, and nothing else', () => {
    expect(site.build.manifest.articleCount).toBeGreaterThan(0);
    expect(
      site.build
        .feeds()
        .map((feed) => feed.path)
        .sort(),
    ).toEqual([...expected.keys()].sort());
  });

  it.skipIf(missing)('parses every RSS and Atom feed with feedparser: no error, every story, every link out over http(s)', () => {
    const xmlFeeds = site.build.feeds().filter((feed) => !feed.path.endsWith('.json'));
    const parsed = parseWithFeedparser(xmlFeeds, site.address);
    expect(parsed).toHaveLength(xmlFeeds.length);
    for (const feed of parsed) {
      const cards = expected.get(feed.name) ?? [];
      expect({ feed: feed.name, bozo: feed.bozo_exception }).toEqual({ feed: feed.name, bozo: null });
      expect(feed.version).toBe(feed.name.endsWith('rss.xml') ? 'rss20' : 'atom10');
      expect(feed.link?.startsWith(site.address)).toBe(true);
      expect(feed.entries.map((entry) => entry.link)).toEqual(cards.map((card) => card.links.original));
      for (const entry of feed.entries) {
        expect(isHttpUrl(entry.link), `${feed.name}: ${entry.link}`).toBe(true);
        expect(entry.published_parsed, `${feed.name}: ${entry.link}`).not.toBeNull();
        expect(entry.author).toBeTruthy();
      }
      expect(feed.entries.map((entry) => entry.published_parsed?.slice(0, 3))).toEqual(
        cards.map((card) => {
          const date = new Date(card.publishedAt);
          return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
        }),
      );
    }
  });

  it('parses every feed with feedsmith, JSON Feed 1.1 included, with the stories’ own titles and dates', () => {
    for (const feed of site.build.feeds()) {
      const cards = expected.get(feed.path) ?? [];
      const parsed = parseWithFeedsmith(feed);
      const format = feed.path.endsWith('.json') ? 'json' : feed.path.endsWith('rss.xml') ? 'rss' : 'atom';
      expect(parsed.format).toBe(format);
      if (parsed.format === 'json') {
        expect(JSON.parse(feed.text)).toMatchObject({ version: 'https://jsonfeed.org/version/1.1' });
        const items = parsed.feed.items ?? [];
        expect(items.map((item) => [item.title, item.url, item.date_published])).toEqual(
          cards.map((card) => [card.title, card.links.original, card.publishedAt]),
        );
        // JSON Feed 1.1 wants content_text or content_html on every item (feedsmith drops an empty one, so the text is read).
        const written = JSON.parse(feed.text) as { items: { content_text?: unknown }[] };
        for (const item of written.items) expect(typeof item.content_text).toBe('string');
      } else if (parsed.format === 'rss') {
        expect((parsed.feed.items ?? []).map((item) => item.title)).toEqual(cards.map((card) => card.title));
      } else if (parsed.format === 'atom') {
        expect((parsed.feed.entries ?? []).map((entry) => entry.links?.[0]?.href)).toEqual(cards.map((card) => card.links.original));
      }
    }
  });
});
