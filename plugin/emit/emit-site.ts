// The corpus -> every JSON file (details, feeds, index shards) plus the small manifest that points at them.
import {
  searchShardCount,
  storyIndexKey,
  type ArticleDetail,
  type ArticleDetailPack,
  type Card,
  type Manifest,
  type ProviderDirectory,
  type ProviderSummary,
  type StoryDetail,
  type TopicSummary,
} from '../../src/model/index.ts';
import { latestPlausibleDate, type Corpus } from '../corpus/build-corpus.ts';
import { clusterStories, type StoryCluster, type StoryClusterMemory } from '../cluster/story-clusters.ts';
import { cardOf, detailOf } from './cards.ts';
import { coverageOf, sourceCountOf, storyDetailOf } from './story-files.ts';
import { topStories, type TopStoriesRule } from './top-stories.ts';
import { newerFirst } from '../normalize/dates.ts';
import { writeFeed } from './feed-pages.ts';
import { detailPacks, writeIndexShards } from './index-shards.ts';
import {
  createOutputWriter,
  type FilesOnRequest,
  type OutputStats,
  type OutputWriter,
  type RecallFile,
  type WriteFile,
} from './output-writer.ts';
import type { CorpusStory } from '../types.ts';
import { syndicationFeeds, type SyndicationFile } from './syndication-feeds.ts';
import { searchRecordOf, type SearchRecord } from './search-records.ts';

export interface SiteOptions {
  siteTitle: string;
  pageSize: number;
  /** Which stories the "Top stories" view ranks; absent, every story of the last week (see plugin/options.ts). */
  topStories?: TopStoriesRule;
  /** Vite's base (`/`, `/election/`): the feeds link to the site under it. */
  base: string;
  /** The site's public address, for absolute links in the feeds (option `siteUrl`). */
  siteUrl?: string;
  /** ISO-8601; passed in so emitting stays deterministic. */
  generatedAt: string;
  /** Set by the dev server only: detail files, story files and feed pages are made when asked for. A build writes every file. */
  filesOnRequest?: FilesOnRequest;
  /** Set by a build that keeps its output: files made from unchanged inputs are reused, not made again. */
  recall?: RecallFile;
  /** Whether to make the search index's records (plugin option `search`, on by default). */
  search?: boolean;
  /** Stories a search shard holds (see `storiesPerSearchShard`). */
  searchShardStories?: number;
  /** Set by the dev server: each update clusters again only what its edits touch. */
  clusterMemory?: StoryClusterMemory;
  /**
   * Set by a build: given the search records as soon as the articles are known (before clustering and any file
   * written), so the index is made while this thread works (`vite/search-thread.ts`).
   */
  searchRecordsReady?: (records: SearchRecord[]) => void;
}

export interface EmittedSite {
  manifest: Manifest;
  output: OutputStats;
  /** RSS, Atom and JSON feeds at stable paths: not content-hashed, so written apart from the JSON files. Made when first asked for. */
  feeds: () => SyndicationFile[];
  /**
   * One an article, newest first, for the search index (empty when search is off): made when first
   * asked for, so a dev-server update that nobody searches after costs nothing here.
   */
  searchRecords: () => SearchRecord[];
  /** How the articles became stories, for the build report. */
  stories: StoryCounts;
}

export interface StoryCounts {
  articles: number;
  stories: number;
  /** Stories several outlets told. */
  clustered: number;
  /** Versions of the story told by the most outlets. */
  largest: number;
}

export function emitSite(corpus: Corpus, options: SiteOptions, writeFile: WriteFile): EmittedSite {
  const output = createOutputWriter(writeFile, options.recall, options.filesOnRequest);
  const newestFirst = [...corpus.articles].sort(
    (a, b) => newerFirst(a.publishedAt, b.publishedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const byId = new Map(newestFirst.map((article) => [article.id, article]));
  const plainCards = new Map<CorpusStory, Card>();
  // An article's card appears in several feeds, its story page and its search record: made once.
  const plainCardFor = (article: CorpusStory): Card => {
    let card = plainCards.get(article);
    if (!card) {
      card = cardOf(article);
      plainCards.set(article, card);
    }
    return card;
  };
  let records: SearchRecord[] | undefined;
  const searchRecords = () => (records ??= options.search ? newestFirst.map((story) => searchRecordOf(plainCardFor(story))) : []);
  // Before the clusters: a record is an article's plain card, which no cluster changes, and the
  // index (made on its own thread) is what a build waits for last.
  if (options.search && options.searchRecordsReady) options.searchRecordsReady(searchRecords());
  const { stories, storyOf } = clusterStories(newestFirst, plainCardFor, options.clusterMemory);
  const coverage = new Map<StoryCluster, Card['coverage']>();
  for (const story of stories) coverage.set(story, coverageOf(story));
  /** The coverage line of the story an article is in, when several outlets told it. */
  const coverageFor = (article: CorpusStory) => {
    const story = storyOf.get(article.id);
    return story && coverage.get(story);
  };
  const signatures = new Map<StoryCluster, string>();
  const storySignature = (article: CorpusStory): string => {
    const story = storyOf.get(article.id);
    if (!story) return '';
    let signature = signatures.get(story);
    if (signature === undefined) {
      const outside = story.outside.map((card) => card.links.original).join(' ');
      signature = `${story.id} ${story.articles.map((member) => member.id).join(',')} ${outside} ${JSON.stringify(coverage.get(story) ?? null)}`;
      signatures.set(story, signature);
    }
    return signature;
  };
  // Only a build that can reuse files needs their inputs.
  const inputs =
    corpus.sourceKeys && corpus.relatedOutcomes && options.recall
      ? outputInputs(corpus.sourceKeys, corpus.relatedOutcomes, storySignature)
      : undefined;
  /** The feeds' card of a story's best version: the plain card, and the other outlets when there are some. */
  const cardFor = (article: CorpusStory): Card => {
    const plain = plainCardFor(article);
    const storyCoverage = coverageFor(article);
    return storyCoverage ? { ...plain, coverage: storyCoverage } : plain;
  };
  const detailUrls = new Map<string, string>();
  const detail = (article: CorpusStory): ArticleDetail => {
    const storyCoverage = coverageFor(article);
    const plain = detailOf(article, byId, storyOf);
    return storyCoverage ? { ...plain, coverage: storyCoverage } : plain;
  };
  for (const [pack, articles] of detailPacks(newestFirst).entries()) {
    if (articles.length === 0) continue;
    const packInputs = inputs && articles.map((article) => inputs.ofDetail(article, byId)).join('\n\0\n');
    const value = (): ArticleDetailPack => Object.fromEntries(articles.map((article) => [article.id, detail(article)]));
    const url = output.writeRemembered('newsstand/article', String(pack), packInputs, value);
    for (const article of articles) detailUrls.set(article.id, url);
  }
  writeStoryFiles(stories, output, detailUrls, (story) => storyDetailOf(story, plainCardFor, cardFor, byId, storyOf));
  // The feeds show each story once, as its best version, dated by it.
  const leads = newestFirst.filter((article) => storyOf.get(article.id)?.articles[0] === article);
  const storyTopics = (article: CorpusStory) => storyOf.get(article.id)?.articles.flatMap((member) => member.topics) ?? article.topics;
  const all = writeFeed(leads, 'newsstand/feed/all', options.pageSize, output, cardFor, inputs?.ofCard);
  const topics = storiesByTopic(leads, storyTopics);
  const lastUpdated = latestUpdate(newestFirst, options.generatedAt);
  const top = topStories(stories, (article) => article.body().heat, lastUpdated, options.topStories ?? defaultTopStories);
  const topReference = writeFeed(top, 'newsstand/feed/top', options.pageSize, output, cardFor, inputs?.ofCard).reference;
  const manifest: Manifest = {
    siteTitle: options.siteTitle,
    generatedAt: options.generatedAt,
    lastUpdated,
    articleCount: newestFirst.length,
    storyCount: stories.length,
    clusteredStoryCount: stories.filter((story) => sourceCountOf(story) > 1).length,
    pageSize: options.pageSize,
    all: all.reference,
    topStories: topReference,
    topics: writeTopicFeeds(topics, options.pageSize, output, cardFor, inputs?.ofCard),
    providers: writeProviderDirectory(newestFirst, output),
    articleIndex: { shards: writeIndexShards(detailUrls, output) },
    searchShards: options.search ? searchShardCount(newestFirst.length, options.searchShardStories) : 0,
  };
  // A subscriber gets each story once too, as the feed pages show it.
  let syndication: SyndicationFile[] | undefined;
  const feeds = () =>
    (syndication ??= syndicationFeeds(
      [{ topic: null, stories: leads }, ...topics.map(({ slug, name, stories }) => ({ topic: { slug, name }, stories }))],
      plainCardFor,
      { siteTitle: options.siteTitle, base: options.base, ...(options.siteUrl && { siteUrl: options.siteUrl }) },
    ));
  const storyCounts: StoryCounts = {
    articles: newestFirst.length,
    stories: stories.length,
    clustered: manifest.clusteredStoryCount,
    largest: stories.reduce((largest, story) => Math.max(largest, sourceCountOf(story)), 0),
  };
  return { manifest, output: output.stats, feeds, searchRecords, stories: storyCounts };
}

const defaultTopStories: TopStoriesRule = { minimumSources: 1, minimumHeat: -Infinity, days: 7 };

/**
 * One coverage file a story several outlets told, found through the index under each of its
 * articles' ids (`storyIndexKey`): a link to any version, or to the story under an id it had
 * before an earlier outlet joined, leads to the story as it is now.
 */
function writeStoryFiles(
  stories: readonly StoryCluster[],
  output: OutputWriter,
  detailUrls: Map<string, string>,
  detailOf: (story: StoryCluster) => StoryDetail,
): void {
  for (const story of stories) {
    if (sourceCountOf(story) < 2) continue;
    const url = output.writeRemembered('newsstand/story', story.id, undefined, () => detailOf(story));
    for (const article of story.articles) detailUrls.set(storyIndexKey(article.id), url);
  }
}

/**
 * What a detail file and a card are made from. An article's own fields come from its file, which
 * its cache key names; the corpus adds its id and resolves its related cards (which became
 * corpus stories, which stayed outside, which were dropped), and a corpus story's small card comes
 * from its own file. So a detail's inputs are its key, id and related outcomes and, for each corpus
 * story, the target's id, quality and key; a card's, its key, id and related count.
 */
function outputInputs(
  sourceKeys: ReadonlyMap<string, string>,
  relatedOutcomes: ReadonlyMap<string, string>,
  storySignature: (article: CorpusStory) => string,
) {
  return {
    ofDetail(article: CorpusStory, byId: ReadonlyMap<string, CorpusStory>): string {
      // Which story each related article is in decides whether the panel shows it (a story once).
      const targets = article.related.map((story) => {
        if (story.kind === 'external') return '';
        const target = byId.get(story.id);
        return `${story.id} ${story.quality} ${sourceKeys.get(story.id) ?? ''} ${target ? storySignature(target) : ''}`;
      });
      return `${sourceKeys.get(article.id) ?? ''} ${article.id} ${relatedOutcomes.get(article.id) ?? ''} ${storySignature(article)}\n${targets.join('\n')}`;
    },
    ofCard(article: CorpusStory): string {
      return `${sourceKeys.get(article.id) ?? ''} ${article.id} ${article.related.length} ${storySignature(article)}`;
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
function storiesByTopic(newestFirst: readonly CorpusStory[], topicsOf: (story: CorpusStory) => CorpusStory['topics']): TopicStories[] {
  const byTopic = new Map<string, TopicStories>();
  for (const story of newestFirst) {
    for (const topic of topicsOf(story)) {
      const entry = byTopic.get(topic.slug) ?? { slug: topic.slug, name: topic.name, stories: [] };
      // A story's versions can share a topic: the story is in its feed once.
      if (entry.stories.at(-1) === story) continue;
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
