import { describe, expect, it } from 'vitest';
import type { Card } from '../../src/model/index.ts';
import { syndicationFeeds, type SyndicationFile, type SyndicationSite } from './syndication-feeds.ts';

function card(index: number, overrides: Partial<Card> = {}): Card {
  return {
    id: `story-${index}`,
    title: `Story ${index}`,
    excerpt: `What happened in story ${index}.`,
    publishedAt: new Date(Date.UTC(2026, 10, 24, 12) - index * 3_600_000).toISOString(),
    links: { original: `https://news.example/stories/${index}` },
    provider: { name: 'The Example News', domain: 'news.example' },
    topics: [{ name: 'Courts', slug: 'courts' }],
    relatedCount: 0,
    ...overrides,
  };
}

const site: SyndicationSite = { siteTitle: 'Election', base: '/election/' };

function feedsOf(cards: Card[], options: Partial<SyndicationSite> = {}, topic: { slug: string; name: string } | null = null) {
  const files = syndicationFeeds([{ topic, stories: cards }], (story) => story, { ...site, ...options });
  const byName = (suffix: string): SyndicationFile => {
    const file = files.find((candidate) => candidate.path.endsWith(suffix));
    if (!file) throw new Error(`no ${suffix} in ${files.map((candidate) => candidate.path).join(', ')}`);
    return file;
  };
  return { files, rss: byName('rss.xml').text, atom: byName('atom.xml').text, json: JSON.parse(byName('feed.json').text) as JsonFeed };
}

interface JsonFeed {
  version: string;
  title: string;
  home_page_url?: string;
  feed_url?: string;
  items: { id: string; url: string; title: string; content_text: string; date_published: string; image?: string; tags?: string[] }[];
}

describe('syndicationFeeds', () => {
  it('writes RSS, Atom and JSON Feed at stable paths for all stories and for a topic', () => {
    const all = feedsOf([card(1)]).files.map((file) => [file.path, file.mediaType]);
    const topic = feedsOf([card(1)], {}, { slug: 'courts', name: 'Courts' }).files.map((file) => file.path);
    expect(all).toEqual([
      ['feeds/rss.xml', 'application/rss+xml'],
      ['feeds/atom.xml', 'application/atom+xml'],
      ['feeds/feed.json', 'application/feed+json'],
    ]);
    expect(topic).toEqual(['feeds/topic/courts/rss.xml', 'feeds/topic/courts/atom.xml', 'feeds/topic/courts/feed.json']);
  });

  it('carries the newest fifty stories, in the order given', () => {
    const { json, rss } = feedsOf(Array.from({ length: 80 }, (_, index) => card(index)));
    expect(json.items).toHaveLength(50);
    expect(json.items.map((item) => item.title).slice(0, 3)).toEqual(['Story 0', 'Story 1', 'Story 2']);
    expect(rss.match(/<item>/g)).toHaveLength(50);
  });

  it('writes JSON Feed 1.1 with plain-text content, authors and tags', () => {
    const { json } = feedsOf([card(1, { image: { url: 'https://images.example/a.jpg', width: 800, height: 450 } })], {
      siteUrl: 'https://news.example.org',
    });
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(json.home_page_url).toBe('https://news.example.org/election/');
    expect(json.feed_url).toBe('https://news.example.org/election/feeds/feed.json');
    expect(json.items[0]).toEqual({
      id: 'https://news.example/stories/1',
      url: 'https://news.example/stories/1',
      title: 'Story 1',
      content_text: 'What happened in story 1.',
      date_published: '2026-11-24T11:00:00.000Z',
      authors: [{ name: 'The Example News', url: 'https://news.example/' }],
      tags: ['Courts'],
      image: 'https://images.example/a.jpg',
    });
  });

  it('links to the site absolutely with siteUrl, and by paths under the base without it', () => {
    const absolute = feedsOf([card(1)], { siteUrl: 'https://news.example.org/ignored/path' });
    expect(absolute.rss).toContain('<link>https://news.example.org/election/</link>');
    expect(absolute.rss).toContain('<atom:link href="https://news.example.org/election/feeds/rss.xml" rel="self"');
    expect(absolute.atom).toContain('<id>https://news.example.org/election/feeds/atom.xml</id>');
    const relative = feedsOf([card(1)], {}, { slug: 'courts', name: 'Courts' });
    expect(relative.rss).toContain('<link>/election/?topic=courts</link>');
    expect(relative.atom).toContain('<link rel="self" href="/election/feeds/topic/courts/atom.xml"/>');
    expect(relative.atom).toMatch(/<id>urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}<\/id>/);
    expect(relative.rss + relative.atom).not.toContain('.invalid');
    expect(relative.json.home_page_url).toBeUndefined();
  });

  it('resolves the content’s own site-relative pictures under the base', () => {
    const picture = { url: '/images/chamber.svg', width: 1, height: 1 };
    expect(feedsOf([card(1, { image: picture })]).json.items[0]?.image).toBe('/election/images/chamber.svg');
    expect(feedsOf([card(1, { image: picture })], { siteUrl: 'https://news.example.org' }).rss).toContain(
      'url="https://news.example.org/election/images/chamber.svg"',
    );
  });

  it('keeps text from article files as text: markup characters escaped, never a CDATA end, no XML-invalid characters', () => {
    const title = 'Q&A: <b>why</b> 3 < 4 ]]> and ]]> again \u0001\uFFFF';
    const excerpt = 'AT&T said "yes" & <script>alert(1)</script>';
    const { rss, atom, json } = feedsOf([card(1, { title, excerpt, topics: [{ name: 'Law & <Order>', slug: 'law-order' }] })]);
    for (const xml of [rss, atom]) {
      expect(xml).not.toContain('\u0001');
      expect(xml).not.toContain('\uFFFF');
      expect(xml.match(/\]\]>/g)?.length).toBe(xml.match(/<!\[CDATA\[/g)?.length);
      expect(xml).not.toContain('<script>');
    }
    // RSS titles are plain text in CDATA; Atom's are escaped HTML; descriptions are escaped HTML in both.
    expect(rss).toContain('<title><![CDATA[Q&A: <b>why</b> 3 < 4 ]] > and ]] > again ]]></title>');
    expect(atom).toContain('<title type="html"><![CDATA[Q&amp;A: &lt;b&gt;why&lt;/b&gt; 3 &lt; 4 ]] &gt; and ]] &gt; again ]]></title>');
    expect(rss).toContain('<description><![CDATA[AT&amp;T said "yes" &amp; &lt;script&gt;alert(1)&lt;/script&gt;]]></description>');
    expect(atom).toContain('term="Law &amp; Order"');
    expect(json.items[0]?.title).toBe(title);
    expect(json.items[0]?.content_text).toBe(excerpt);
  });

  it('dates a feed by its newest story, so a build that changes no story writes the same bytes', () => {
    const first = feedsOf([card(3), card(4)]);
    const again = feedsOf([card(3), card(4)]);
    expect(again.files).toEqual(first.files);
    expect(first.rss).toContain('<lastBuildDate>Tue, 24 Nov 2026 09:00:00 GMT</lastBuildDate>');
    expect(first.atom).toContain('<updated>2026-11-24T09:00:00.000Z</updated>');
  });

  it('writes well-formed empty feeds for a site with no stories', () => {
    const { rss, json } = feedsOf([]);
    expect(rss).toContain('<channel>');
    expect(json.items).toEqual([]);
  });
});
