import { describe, expect, it } from 'vitest';
import type { ArticleDetailPack, ArticleIndexShard, FeedPage, Manifest, ProviderSummary } from '../../src/model/index.ts';
import { articleShard, detailInPack, nextPageUrl } from '../../src/model/index.ts';
import { buildCorpus } from '../corpus/build-corpus.ts';
import { hash8 } from '../content-hash.ts';
import { emitSite } from './emit-site.ts';
import { newsFile, type NewsFixture } from '../fixtures/news-file.ts';
import { parseFile } from '../parse/parse-file.ts';

const generatedAt = '2026-11-25T00:00:00.000Z';

function story(index: number, overrides: Partial<NewsFixture> = {}): [string, NewsFixture] {
  const day = String(1 + (index % 28)).padStart(2, '0');
  const hour = String(index % 24).padStart(2, '0');
  return [
    `/c/2026-10-${day}-story-${index}.md`,
    {
      title: `Story ${index}`,
      url: `https://news${index % 3}.example/s/${index}`,
      date: `2026-10-${day}T${hour}:00:00Z`,
      topics: index % 2 ? ['Odd', 'Every'] : ['Every'],
      provider: `Provider ${index % 3}`,
      ...overrides,
    },
  ];
}

async function emit(stories: [string, NewsFixture][], pageSize = 20) {
  const corpus = await buildCorpus(
    stories.map(([path, fixture]) => parseFile(path, newsFile(fixture), { relatedLimit: 20 })),
    generatedAt,
  );
  const files = new Map<string, string>();
  const { manifest, output } = emitSite(corpus, { siteTitle: 'Test', pageSize, generatedAt, base: '/' }, (name, json) =>
    files.set(name, json),
  );
  const read = <T>(name: string | null): T => {
    const json = name === null ? undefined : files.get(name);
    if (json === undefined) throw new Error(`no file ${name}`);
    return JSON.parse(json) as T;
  };
  return { manifest, output, files, read, corpus };
}

function feedPages(read: <T>(name: string | null) => T, firstPage: string | null): FeedPage[] {
  const pages: FeedPage[] = [];
  for (let name = firstPage; name !== null;) {
    const page = read<FeedPage>(name);
    pages.push(page);
    name = pages[0] ? nextPageUrl(page, pages[0]) : null;
  }
  return pages;
}

describe('emitSite', () => {
  it('chains feed pages of pageSize cards, newest first, by next', async () => {
    const { manifest, read } = await emit(Array.from({ length: 45 }, (_, index) => story(index)));
    const pages = feedPages(read, manifest.all.firstPage);
    expect(pages.map((page) => [page.page, page.pageCount, page.count, page.cards.length])).toEqual([
      [1, 3, 45, 20],
      [2, 3, 45, 20],
      [3, 3, 45, 5],
    ]);
    const dates = pages.flatMap((page) => page.cards.map((card) => card.publishedAt));
    expect(dates).toEqual([...dates].sort().reverse());
    expect(pages.at(-1)?.next).toBeNull();
  });

  it('chains a long feed in runs of about √pageCount pages, the first page listing where each later run starts', async () => {
    const { manifest, read } = await emit(
      Array.from({ length: 200 }, (_, index) => story(index)),
      2,
    );
    const pages = feedPages(read, manifest.all.firstPage);
    expect(pages.map((page) => page.page)).toEqual(Array.from({ length: 100 }, (_, index) => index + 1));
    expect(pages.flatMap((page) => page.cards)).toHaveLength(200);
    expect(pages[0]?.runs?.map((run) => run.page)).toEqual([11, 21, 31, 41, 51, 61, 71, 81, 91]);
    expect(pages.filter((page) => page.next === null).map((page) => page.page)).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    expect(pages.slice(1).every((page) => page.runs === undefined)).toBe(true);
  });

  it('names every file by the hash of its content, under the documented layout', async () => {
    const { files } = await emit(Array.from({ length: 3 }, (_, index) => story(index)));
    for (const [name, json] of files) {
      expect(name).toMatch(
        /^newsstand\/(feed\/all|feed\/top|feed\/topic\/[a-z0-9-]+|article|story|index|providers)\/[a-z0-9-]+\.[0-9a-f]{8}\.json$/,
      );
      expect(name.slice(-13, -5)).toBe(hash8(json));
    }
  });

  it('writes a feed per topic, the manifest listing topics by count then name', async () => {
    const { manifest, read } = await emit(Array.from({ length: 5 }, (_, index) => story(index)));
    expect(manifest.topics.map(({ name, slug, count }) => [name, slug, count])).toEqual([
      ['Every', 'every', 5],
      ['Odd', 'odd', 2],
    ]);
    const odd = feedPages(read, manifest.topics[1]?.firstPage ?? null);
    expect(odd.flatMap((page) => page.cards.map((card) => card.title))).toEqual(['Story 3', 'Story 1']);
  });

  it('gives cards only what a card shows', async () => {
    const { manifest, read } = await emit([story(1, { related: [{ title: 'R', url: 'https://r.example/1' }] })]);
    const [card] = read<FeedPage>(manifest.all.firstPage).cards;
    expect(Object.keys(card ?? {}).sort()).toEqual([
      'excerpt',
      'id',
      'links',
      'provider',
      'publishedAt',
      'relatedCount',
      'title',
      'topics',
    ]);
    expect(card?.relatedCount).toBe(1);
  });

  it('writes each article with related stories resolved to cards into a detail pack, found through the index shards', async () => {
    const { manifest, read } = await emit([
      story(1, {
        related: [
          { title: 'Story two, elsewhere', url: 'https://news2.example/s/2', quality: 70 },
          { title: 'Outside', url: 'https://out.example/x' },
        ],
      }),
      story(2),
    ]);
    const shards = manifest.articleIndex.shards;
    const id = '2026-10-02-story-1';
    const shard = read<ArticleIndexShard>(shards[articleShard(id, shards.length)] ?? null);
    const detail = detailInPack(read<ArticleDetailPack>(shard[id] ?? null), id);
    expect(detail?.title).toBe('Story 1');
    expect(detail?.related).toEqual([
      expect.objectContaining({
        kind: 'article',
        id: '2026-10-03-story-2',
        title: 'Story 2',
        quality: 70,
        links: { original: 'https://news2.example/s/2' },
      }),
      expect.objectContaining({ kind: 'external', title: 'Outside' }),
    ]);
    expect(JSON.stringify(detail)).not.toContain('SECRET');
  });

  it('packs the details of about four articles a file, by a power of two of packs, each id in the pack its shard names', async () => {
    const { manifest, files, read } = await emit(
      Array.from({ length: 200 }, (_, index) => story(index, { url: `https://n.example/${index}` })),
    );
    const packs = [...files.keys()].filter((name) => name.startsWith('newsstand/article/'));
    // 64 packs for 200 articles; a pack no id falls in is not written.
    expect(packs.length).toBeGreaterThan(50);
    expect(packs.length).toBeLessThanOrEqual(64);
    const placed = manifest.articleIndex.shards.flatMap((name) => Object.entries(read<ArticleIndexShard>(name)));
    expect(placed).toHaveLength(200);
    for (const [id, pack] of placed) expect(detailInPack(read<ArticleDetailPack>(pack), id)?.id).toBe(id);
    expect(detailInPack(read<ArticleDetailPack>(packs[0] ?? null), 'constructor')).toBeUndefined();
    const sizes = packs.map((pack) => Object.keys(read<ArticleDetailPack>(pack)).length);
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(200);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(12);
  });

  it('shards the index by powers of two, about 64 ids a shard, every id in the shard the app will look in', async () => {
    const { manifest, read } = await emit(Array.from({ length: 200 }, (_, index) => story(index, { url: `https://n.example/${index}` })));
    const { shards } = manifest.articleIndex;
    expect(shards).toHaveLength(4);
    const ids = shards.flatMap((name, index) => Object.keys(read<ArticleIndexShard>(name)).map((id) => ({ id, index })));
    expect(ids).toHaveLength(200);
    for (const { id, index } of ids) expect(articleShard(id, shards.length)).toBe(index);
  });

  it('sums providers by domain, with counts and the newest name, in a file of their own', async () => {
    const { manifest, read } = await emit(Array.from({ length: 6 }, (_, index) => story(index)));
    expect(manifest.providers).toEqual({ count: 3, list: expect.stringMatching(/^newsstand\/providers\/all\.[0-9a-f]{8}\.json$/) });
    expect(read<ProviderSummary[]>(manifest.providers.list).map(({ domain, count }) => [domain, count])).toEqual([
      ['news0.example', 2],
      ['news1.example', 2],
      ['news2.example', 2],
    ]);
  });

  it('describes an empty corpus with null pages and one empty shard', async () => {
    const { manifest, files } = await emit([]);
    expect(manifest).toEqual<Manifest>({
      siteTitle: 'Test',
      generatedAt,
      lastUpdated: null,
      articleCount: 0,
      storyCount: 0,
      clusteredStoryCount: 0,
      pageSize: 20,
      all: { count: 0, firstPage: null },
      topStories: { count: 0, firstPage: null },
      topics: [],
      providers: { count: 0, list: expect.stringMatching(/^newsstand\/providers\/all\.[0-9a-f]{8}\.json$/) },
      articleIndex: { shards: [expect.stringMatching(/^newsstand\/index\/0\.[0-9a-f]{8}\.json$/)] },
      // The test's options leave search off.
      searchShards: 0,
    });
    expect(files.size).toBe(2);
  });

  it('writes the same files for the same corpus', async () => {
    const stories = Array.from({ length: 30 }, (_, index) => story(index));
    const first = await emit(stories);
    const second = await emit([...stories].reverse());
    expect([...second.files].sort()).toEqual([...first.files].sort());
  });

  it('keeps a first page of twenty real-sized cards well under 30 KB', async () => {
    const excerpt =
      'The Biden administration launched a behind-the-scenes push last month to reach out to North Korea through multiple channels, a senior administration official has told CNN, but thus far Pyongyang has been unresponsive.';
    const stories = Array.from({ length: 40 }, (_, index) =>
      story(index, {
        title: `Biden administration started outreach to North Korea last month, but country is unresponsive (${index})`,
        url: `https://www.example-news-network.com/politics/2021/03/13/north-korea-biden-administration-outreach-${index}/index.html`,
        excerpt,
        topics: ['Election', 'Democratic Voice'],
      }),
    );
    const { manifest, files, output } = await emit(stories);
    const firstPage = files.get(manifest.all.firstPage ?? '') ?? '';
    expect(Buffer.byteLength(firstPage)).toBeLessThan(20 * 1024);
    expect(output.oversized).toEqual([]);
  });

  it("reports a story dated more than a day after the build, and never shows its date as the site's last update", async () => {
    const { manifest, corpus } = await emit([
      story(1, { date: '9999-12-31T00:00:00Z' }),
      story(2, { date: '2026-11-25T20:00:00Z' }),
      story(3, { date: '2026-10-03T08:00:00Z' }),
    ]);
    expect(manifest.lastUpdated).toBe('2026-11-25T20:00:00.000Z');
    expect(corpus.problems).toEqual([
      {
        path: '/c/2026-10-02-story-1.md',
        line: 1,
        message: "dated 9999-12-31T00:00:00.000Z, more than a day after this build: shown, but not as the site's latest update",
        severity: 'warning',
      },
    ]);
  });
});
