// The small index the app gets at start-up from `virtual:newsstand`.

import type { Topic } from './article';

/** One feed (all stories, or one topic): pages are chained through `FeedPage.next` and the first page's `runs`. */
export interface FeedReference {
  count: number;
  /** URL of the first page, relative to the site base (e.g. `newsstand/feed/all/1.ab12cd34.json`). */
  firstPage: string | null;
}

export type TopicSummary = Topic & FeedReference;

export interface ProviderSummary {
  name: string;
  domain: string;
  logo?: string;
  count: number;
}

/**
 * The provider list lives in its own file: no screen of the app needs it up front, and a big corpus
 * names thousands of providers, which would put kilobytes into every first visit's JavaScript.
 */
export interface ProviderDirectory {
  count: number;
  /** URL of a `ProviderSummary[]` file, relative to the site base. */
  list: string;
}

export interface Manifest {
  /** Shown in the header and the document title; plugin option `title`, default "Newsstand". */
  siteTitle: string;
  /** When the build ran, ISO-8601 UTC. */
  generatedAt: string;
  /** Newest article's date, ISO-8601 UTC, or null for an empty corpus. */
  lastUpdated: string | null;
  articleCount: number;
  /** Stories: articles that report one event count once (see plugin/cluster/). */
  storyCount: number;
  /** How many stories several outlets told. */
  clusteredStoryCount: number;
  pageSize: number;
  all: FeedReference;
  /** "Top stories": ranked by outlets, then heat, then recency, over the last days (plugin option `topStories`). */
  topStories: FeedReference;
  /** Sorted by count, then name. */
  topics: TopicSummary[];
  providers: ProviderDirectory;
  /**
   * Article id -> detail file lookup, sharded so that no single file grows with the corpus.
   * An id belongs to shard `articleShard(id, shards.length)`.
   */
  articleIndex: { shards: string[] };
  /** Shards of the search index under `newsstand/search/<n>/`; 0 for a site built without search. */
  searchShards: number;
}

export interface FeedPage {
  /** 1-based. */
  page: number;
  pageCount: number;
  count: number;
  cards: import('./article').Card[];
  /** URL of the next page, relative to the site base, or null on the last page of a run (see `runs`). */
  next: string | null;
  /** On the first page of a feed of several runs: where each later run starts (see model/feed-runs.ts). */
  runs?: { page: number; url: string }[];
}

/** One shard of the article index: id -> detail file URL relative to the site base. */
export type ArticleIndexShard = Record<string, string>;
