// The corpus -> every JSON file (details, feeds, index shards) plus the small manifest that points at them.
import {
  searchShardCount,
  type ArticleDetail,
  type Card,
  type Manifest,
  type ProviderDirectory,
  type ProviderSummary,
  type TopicSummary,
} from '../../src/model/index.ts';
import { latestPlausibleDate, type Corpus } from '../corpus/build-corpus.ts';
import { cardOf, detailOf } from './cards.ts';
import { newerFirst } from '../normalize/dates.ts';
import { writeFeed } from './feed-pages.ts';
import { writeIndexShards } from './index-shards.ts';
import { createOutputWriter, type OutputStats, type OutputWriter, type RecallFile, type WriteFile } from './output-writer.ts';
import type { CorpusStory } from '../types.ts';
import { syndicationFeeds, type SyndicationFile } from './syndication-feeds.ts';
import { searchRecordOf, type SearchRecord } from './search-records.ts';

export interface SiteOptions {
  siteTitle: string;
  pageSize: number;
  /** Vite's base (`/`, `/election/`): the feeds link to the site under it. */
  base: string;
  /** The site's public address, for absolute links in the feeds (option `siteUrl`). */
  siteUrl?: string;
  /** ISO-8601; passed in so emitting stays deterministic. */
  generatedAt: string;
  /** Set by the dev server only; a build writes every detail file. */
  detailsOnRequest?: DetailsOnRequest;
  /** Set by a build that keeps its output: files made from unchanged inputs are reused, not made again. */
  recall?: RecallFile;
  /** Whether to make the search index's records (plugin option `search`, on by default). */
  search?: boolean;
  /** Stories a search shard holds (see `storiesPerSearchShard`). */
  searchShardStories?: number;
}

/**
 * The dev server's way with detail files, most of the bytes of a site: serializing every one after
 * each save would make every edit slower as the corpus grows, and the reader opens a handful. Each
 * is named for the update that offered it (so a new update is a new URL, as a new hash would be)
 * and made when first asked for.
 */
export interface DetailsOnRequest {
  /** Eight hex digits, new with every update, in the place of the content hash. */
  tag: string;
  offer(fileName: string, detail: () => ArticleDetail): void;
}

export interface EmittedSite {
  manifest: Manifest;
  output: OutputStats;
  /** RSS, Atom and JSON feeds at stable paths: not content-hashed, so written apart from the JSON files. */
  feeds: SyndicationFile[];
  /** One a story, newest first, for the search index (empty when search is off). */
  searchRecords: SearchRecord[];
}

export function emitSite(corpus: Corpus, options: SiteOptions, writeFile: WriteFile): EmittedSite {
  const output = createOutputWriter(writeFile, options.recall);
  // Only a build that can reuse files needs their inputs.
  const inputs =
    corpus.sourceKeys && corpus.relatedOutcomes && options.recall ? outputInputs(corpus.sourceKeys, corpus.relatedOutcomes) : undefined;
  const newestFirst = [...corpus.articles].sort(
    (a, b) => newerFirst(a.publishedAt, b.publishedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const byId = new Map(newestFirst.map((article) => [article.id, article]));
  const detailUrls = new Map<string, string>();
  const onRequest = options.detailsOnRequest;
  for (const article of newestFirst) {
    const detail = (): ArticleDetail => detailOf(article, byId);
    if (onRequest) {
      const fileName = `newsstand/article/${article.id}.${onRequest.tag}.json`;
      onRequest.offer(fileName, detail);
      detailUrls.set(article.id, fileName);
    } else {
      detailUrls.set(article.id, output.writeRemembered('newsstand/article', article.id, inputs?.ofDetail(article), detail));
    }
  }
  if (onRequest) output.stats.madeOnRequest = newestFirst.length;
  const cards = new Map<CorpusStory, Card>();
  // An article's card appears in the all-stories feed and in each of its topics' feeds: made once.
  const cardFor = (article: CorpusStory): Card => {
    let card = cards.get(article);
    if (!card) {
      card = cardOf(article);
      cards.set(article, card);
    }
    return card;
  };
  const all = writeFeed(newestFirst, 'newsstand/feed/all', options.pageSize, output, cardFor, inputs?.ofCard);
  const topics = storiesByTopic(newestFirst);
  const manifest: Manifest = {
    siteTitle: options.siteTitle,
    generatedAt: options.generatedAt,
    lastUpdated: latestUpdate(newestFirst, options.generatedAt),
    articleCount: newestFirst.length,
    pageSize: options.pageSize,
    all: all.reference,
    topics: writeTopicFeeds(topics, options.pageSize, output, cardFor, inputs?.ofCard),
    providers: writeProviderDirectory(newestFirst, output),
    articleIndex: { shards: writeIndexShards(detailUrls, output) },
    searchShards: options.search ? searchShardCount(newestFirst.length, options.searchShardStories) : 0,
  };
  const feeds = syndicationFeeds(
    [{ topic: null, stories: newestFirst }, ...topics.map(({ slug, name, stories }) => ({ topic: { slug, name }, stories }))],
    cardFor,
    { siteTitle: options.siteTitle, base: options.base, ...(options.siteUrl && { siteUrl: options.siteUrl }) },
  );
  const searchRecords = options.search ? newestFirst.map((story) => searchRecordOf(cardFor(story))) : [];
  return { manifest, output: output.stats, feeds, searchRecords };
}

/**
 * What a detail file and a card are made from. An article's own fields come from its file, which
 * its cache key names; the corpus adds its id and resolves its related cards (which became
 * corpus stories, which stayed outside, which were dropped), and a corpus story's small card comes
 * from its own file. So a detail's inputs are its key, id and related outcomes and, for each corpus
 * story, the target's id, quality and key; a card's, its key, id and related count.
 */
function outputInputs(sourceKeys: ReadonlyMap<string, string>, relatedOutcomes: ReadonlyMap<string, string>) {
  return {
    ofDetail(article: CorpusStory): string {
      const targets = article.related.map((story) =>
        story.kind === 'external' ? '' : `${story.id} ${story.quality} ${sourceKeys.get(story.id) ?? ''}`,
      );
      return `${sourceKeys.get(article.id) ?? ''} ${article.id} ${relatedOutcomes.get(article.id) ?? ''}\n${targets.join('\n')}`;
    },
    ofCard(article: CorpusStory): string {
      return `${sourceKeys.get(article.id) ?? ''} ${article.id} ${article.related.length}`;
    },
  };
}

interface TopicStories {
  slug: string;
  /** The name its newest story used. */
  name: string;
  /** Newest first. */
  stories: CorpusStory[];
}

/** Each topic's stories, sorted by count, then name. */
function storiesByTopic(newestFirst: readonly CorpusStory[]): TopicStories[] {
  const byTopic = new Map<string, TopicStories>();
  for (const story of newestFirst) {
    for (const topic of story.topics) {
      const entry = byTopic.get(topic.slug) ?? { slug: topic.slug, name: topic.name, stories: [] };
      entry.stories.push(story);
      byTopic.set(topic.slug, entry);
    }
  }
  return [...byTopic.values()].sort((a, b) => b.stories.length - a.stories.length || a.name.localeCompare(b.name));
}

function writeTopicFeeds(
  topics: readonly TopicStories[],
  pageSize: number,
  output: OutputWriter,
  cardFor: (article: CorpusStory) => Card,
  inputsOfCard: ((article: CorpusStory) => string) | undefined,
): TopicSummary[] {
  return topics.map(({ slug, name, stories }) => {
    const { reference } = writeFeed(stories, `newsstand/feed/topic/${slug}`, pageSize, output, cardFor, inputsOfCard);
    return { name, slug, ...reference };
  });
}

function writeProviderDirectory(articles: CorpusStory[], output: OutputWriter): ProviderDirectory {
  const summaries = providerSummaries(articles);
  return { count: summaries.length, list: output.write('newsstand/providers', 'all', summaries) };
}

/** One entry a domain, sorted by count, then name; the logo is the first one any of its stories carries. */
function providerSummaries(articles: CorpusStory[]): ProviderSummary[] {
  const byDomain = new Map<string, ProviderSummary>();
  for (const { provider } of articles) {
    const summary = byDomain.get(provider.domain) ?? { name: provider.name, domain: provider.domain, count: 0 };
    summary.count += 1;
    if (summary.logo === undefined && provider.logo !== undefined) summary.logo = provider.logo;
    byDomain.set(provider.domain, summary);
  }
  return [...byDomain.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/** The newest story's time, leaving out stories dated more than a day after the build (reported by the corpus). */
function latestUpdate(newestFirst: readonly CorpusStory[], generatedAt: string): string | null {
  const latest = latestPlausibleDate(generatedAt);
  return newestFirst.find((story) => story.publishedAt <= latest)?.publishedAt ?? null;
}
