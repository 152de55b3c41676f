// The feed query: one feed ("all" or a topic) as an infinite query over its chained pages.
import { infiniteQueryOptions } from '@tanstack/react-query';
import { nextPageUrl, type FeedPage, type FeedReference, type Manifest } from '../model/index.ts';
import { fetchJson } from './fetch-json.ts';

/** The feed a topic slug names (null means all stories), or undefined for a topic the site lacks. */
export function feedReference(manifest: Manifest, topicSlug: string | null): FeedReference | undefined {
  if (topicSlug === null) return manifest.all;
  return manifest.topics.find((topic) => topic.slug === topicSlug);
}

const emptyPage: FeedPage = { page: 1, pageCount: 0, count: 0, cards: [], next: null };

/**
 * The first page's URL carries a content hash, so it is part of the key: new content means a
 * new key and a fresh fetch, and a page once fetched never goes stale.
 */
export function feedQueryOptions(topicSlug: string | null, feed: FeedReference) {
  return infiniteQueryOptions({
    queryKey: ['feed', topicSlug ?? 'all', feed.firstPage] as const,
    queryFn: ({ pageParam, signal }) => (pageParam === null ? Promise.resolve(emptyPage) : fetchJson<FeedPage>(pageParam, signal)),
    initialPageParam: feed.firstPage,
    getNextPageParam: (lastPage: FeedPage, pages: FeedPage[]) => (pages[0] ? nextPageUrl(lastPage, pages[0]) : null) ?? undefined,
    staleTime: Infinity,
  });
}
