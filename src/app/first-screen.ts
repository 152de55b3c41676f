// The home page's first feed page, fetched before the first render: the first screen is built once,
// with its stories, instead of a skeleton that a second long render replaces a moment later.
import type { QueryClient } from '@tanstack/react-query';
import { feedQueryOptions, feedReference } from '../api/index.ts';
import { loadArticlePage } from '../features/article/index.ts';
import { loadStoryPage } from '../features/story/index.ts';
import type { Manifest } from '../model/index.ts';
import { topicSlugOf } from '../features/topics/index.ts';
import { routerBase } from './router-base.ts';

/** Past this, a slow network gets the skeleton rather than a blank page. */
export const firstScreenPatienceMilliseconds = 1_000;

/** Resolves when the feed the URL opens is in the cache (or an article or story page's code is here), or at once for other pages. */
export function prefetchFirstScreen(
  queryClient: QueryClient,
  manifest: Manifest,
  location: Pick<Location, 'pathname' | 'search'>,
): Promise<void> {
  const path = location.pathname.startsWith(routerBase) ? location.pathname.slice(routerBase.length) : location.pathname;
  // An article page is its own chunk: it comes with the first render, never after it.
  if (path.startsWith('/article/')) return loadArticlePage().then(() => undefined);
  if (path.startsWith('/story/')) return loadStoryPage().then(() => undefined);
  if (path !== '/' && path !== '') return Promise.resolve();
  const topicSlug = topicSlugOf(new URLSearchParams(location.search));
  const feed = feedReference(manifest, topicSlug);
  if (!feed) return Promise.resolve();
  // prefetchInfiniteQuery never rejects: a failed fetch leaves the error state to the feed itself.
  return queryClient.prefetchInfiniteQuery(feedQueryOptions(topicSlug, feed));
}

/** `prefetchFirstScreen`, but never waiting longer than `patience` milliseconds. */
export function waitForFirstScreen(prefetch: Promise<void>, patience = firstScreenPatienceMilliseconds): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, patience);
    void prefetch.then(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}
