// Reads a build's JSON output from disk: the oracle the browser tests compare the page against.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { nextPageUrl, type ArticleDetail, type ArticleDetailPack, type Card, type FeedPage } from '../../src/model';

async function readJson<T>(path: string): Promise<T> {
  return JSON.parse(await readFile(path, 'utf8')) as T;
}

/** The first page sits at `<n>.<hash8>.json` with n = 1; later pages are reached through `next` and `runs`. */
async function firstPagePath(folder: string): Promise<string | undefined> {
  const names = await readdir(folder).catch(() => [] as string[]);
  const first = names.find((name) => /^1\.[0-9a-z]+\.json$/i.test(name));
  return first && join(folder, first);
}

/** Every page of one feed, in order. `topicSlug` absent means the "all" feed. */
export async function readFeedPages(outDir: string, topicSlug?: string): Promise<FeedPage[]> {
  const folder = topicSlug ? join(outDir, 'newsstand', 'feed', 'topic', topicSlug) : join(outDir, 'newsstand', 'feed', 'all');
  const pages: FeedPage[] = [];
  let path = await firstPagePath(folder);
  while (path) {
    const page = await readJson<FeedPage>(path);
    pages.push(page);
    const next = pages[0] ? nextPageUrl(page, pages[0]) : null;
    path = next ? join(outDir, next) : undefined;
  }
  if (pages.length === 0) throw new Error(`No feed pages under ${folder}: did the build emit the feed?`);
  return pages;
}

export async function readFeedCards(outDir: string, topicSlug?: string): Promise<Card[]> {
  return (await readFeedPages(outDir, topicSlug)).flatMap((page) => page.cards);
}

export async function readArticleDetails(outDir: string): Promise<ArticleDetail[]> {
  const folder = join(outDir, 'newsstand', 'article');
  const names = (await readdir(folder)).filter((name) => name.endsWith('.json'));
  const packs = await Promise.all(names.map((name) => readJson<ArticleDetailPack>(join(folder, name))));
  return packs.flatMap((pack) => Object.values(pack));
}

/** Everything a test needs to pick its subjects and know what the page should show. */
export interface SiteData {
  cards: Card[];
  details: Map<string, ArticleDetail>;
  pageSize: number;
}

export async function readSiteData(outDir: string): Promise<SiteData> {
  const [pages, details] = await Promise.all([readFeedPages(outDir), readArticleDetails(outDir)]);
  return {
    cards: pages.flatMap((page) => page.cards),
    details: new Map(details.map((detail) => [detail.id, detail])),
    pageSize: pages[0]?.cards.length ?? 0,
  };
}

export interface TopicCount {
  name: string;
  slug: string;
  count: number;
}

/** Topics as the cards carry them, most common first (ties by name, like the manifest). */
export function topicCounts(cards: Card[]): TopicCount[] {
  const counts = new Map<string, TopicCount>();
  for (const card of cards) {
    for (const topic of card.topics) {
      const entry = counts.get(topic.slug) ?? { ...topic, count: 0 };
      entry.count += 1;
      counts.set(topic.slug, entry);
    }
  }
  return [...counts.values()].sort((first, second) => second.count - first.count || first.name.localeCompare(second.name));
}

/** A topic that really narrows the feed: on more than one story, but not on all of them. */
export function narrowingTopic(cards: Card[]): TopicCount {
  const topic = topicCounts(cards).find((candidate) => candidate.count > 1 && candidate.count < cards.length);
  if (!topic) throw new Error('The corpus has no topic that narrows the feed');
  return topic;
}

/** The first card in feed order whose related stories include one from the corpus itself. */
export function cardWithRelatedInCorpus(data: SiteData): { card: Card; detail: ArticleDetail } | undefined {
  for (const card of data.cards) {
    const detail = data.details.get(card.id);
    if (detail?.related.some((story) => story.kind === 'article')) return { card, detail };
  }
  return undefined;
}
