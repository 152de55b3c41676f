// The story files this page fetched before the service worker ran, put in the worker's cache: the first visit's feed opens offline too.
import { storyFilePattern, storyFilesCacheName } from '../../model/index.ts';

export async function keepLoadedStoryFiles(): Promise<void> {
  if (typeof caches === 'undefined') return;
  const loaded = performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => new URL(url).origin === window.location.origin && storyFilePattern.test(new URL(url).pathname));
  if (loaded.length === 0) return;
  const cache = await caches.open(storyFilesCacheName);
  // Mostly answered from the HTTP cache; files already kept are not fetched again.
  const missing = (await Promise.all(loaded.map(async (url) => ((await cache.match(url)) ? undefined : url)))).filter(
    (url): url is string => url !== undefined,
  );
  await cache.addAll(missing);
}
