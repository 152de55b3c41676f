// Typed fixture builders for component tests: cards, feed pages, article details and manifests.
import type { ArticleDetail, Card, FeedPage, Manifest, ResolvedRelatedStory, TopicSummary } from '../model/index.ts';

export function makeCard(overrides: Partial<Card> = {}): Card {
  const id = overrides.id ?? 'harbour-reopens';
  return {
    id,
    title: 'The harbour reopens after the storm',
    excerpt: 'Ferries run again from six in the morning; the outer pier stays closed until it is inspected.',
    publishedAt: new Date(Date.now() - 3 * 3_600_000).toISOString(),
    links: { original: `https://ledger.example/news/${id}`, amp: `https://amp.ledger.example/news/${id}` },
    provider: { name: 'The Harbor Ledger', domain: 'ledger.example', logo: '/logos/ledger.svg' },
    topics: [
      { name: 'Transit', slug: 'transit' },
      { name: 'Climate', slug: 'climate' },
    ],
    image: { url: 'https://images.ledger.example/harbour.jpg', width: 1200, height: 675 },
    relatedCount: 0,
    ...overrides,
  };
}

/** `count` cards, one an hour apart, newest first. */
export function makeCards(count: number, prefix = 'story'): Card[] {
  return Array.from({ length: count }, (_, index) =>
    makeCard({
      id: `${prefix}-${index + 1}`,
      title: `${prefix} number ${index + 1}`,
      publishedAt: new Date(Date.now() - (index + 1) * 3_600_000).toISOString(),
    }),
  );
}

/**
 * Splits cards into chained pages named `newsstand/feed/<feed>/<n>.hash.json`; with `pagesPerRun`,
 * in runs the first page lists, as the build writes long feeds.
 */
export function makeFeedPages(cards: Card[], feed = 'all', pageSize = 20, pagesPerRun = Infinity): Record<string, FeedPage> {
  const pageCount = Math.max(1, Math.ceil(cards.length / pageSize));
  const urlOf = (page: number) => `newsstand/feed/${feed}/${page}.0000000${page}.json`;
  const runStarts = Array.from({ length: pageCount }, (_, index) => index + 1).filter((page) => page > 1 && (page - 1) % pagesPerRun === 0);
  const pages: Record<string, FeedPage> = {};
  for (let page = 1; page <= pageCount; page += 1) {
    pages[urlOf(page)] = {
      page,
      pageCount,
      count: cards.length,
      cards: cards.slice((page - 1) * pageSize, page * pageSize),
      next: page < pageCount && !runStarts.includes(page + 1) ? urlOf(page + 1) : null,
      ...(page === 1 && runStarts.length > 0 && { runs: runStarts.map((start) => ({ page: start, url: urlOf(start) })) }),
    };
  }
  return pages;
}

export function firstPageUrl(feed = 'all'): string {
  return `newsstand/feed/${feed}/1.00000001.json`;
}

export function makeTopic(name: string, slug: string, count: number): TopicSummary {
  return { name, slug, count, firstPage: count > 0 ? firstPageUrl(`topic/${slug}`) : null };
}

export function makeManifest(overrides: Partial<Manifest> = {}): Manifest {
  return {
    siteTitle: 'Marrow Coast News',
    generatedAt: new Date().toISOString(),
    lastUpdated: new Date(Date.now() - 3_600_000).toISOString(),
    articleCount: 3,
    storyCount: 3,
    clusteredStoryCount: 0,
    pageSize: 20,
    all: { count: 3, firstPage: firstPageUrl() },
    topStories: { count: 0, firstPage: null },
    topics: [makeTopic('Transit', 'transit', 2), makeTopic('Climate', 'climate', 1)],
    providers: { count: 0, list: 'newsstand/providers/all.00000000.json' },
    articleIndex: { shards: ['newsstand/index/0.00000000.json'] },
    searchShards: 1,
    ...overrides,
  };
}

export function makeRelatedInCorpus(id: string, title: string): ResolvedRelatedStory {
  return {
    kind: 'article',
    id,
    title,
    provider: { name: 'Kestrel Bay Gazette', domain: 'gazette.example' },
    publishedAt: new Date(Date.now() - 26 * 3_600_000).toISOString(),
    links: { original: `https://gazette.example/${id}` },
    quality: 120,
  };
}

export function makeRelatedOutside(title: string, original: string): ResolvedRelatedStory {
  return {
    kind: 'external',
    title,
    provider: { name: 'Quay Commerce', domain: 'quay.example', logo: 'https://quay.example/logo.png' },
    publishedAt: new Date(Date.now() - 50 * 3_600_000).toISOString(),
    links: { original, amp: `${original}?amp` },
    quality: 80,
  };
}

export function makeDetail(card: Card, related: ResolvedRelatedStory[] = []): ArticleDetail {
  const { relatedCount: _relatedCount, ...article } = card;
  return { ...article, quality: 100, heat: 10, published: true, related };
}

/** The index shard and detail packs for these details (a pack of one each), as fetchable site files. */
export function makeArticleFiles(details: ArticleDetail[], shardUrl = 'newsstand/index/0.00000000.json'): Record<string, unknown> {
  const files: Record<string, unknown> = {};
  const shard: Record<string, string> = {};
  for (const detail of details) {
    const url = `newsstand/article/${detail.id}.00000000.json`;
    shard[detail.id] = url;
    files[url] = { [detail.id]: detail };
  }
  files[shardUrl] = shard;
  return files;
}
