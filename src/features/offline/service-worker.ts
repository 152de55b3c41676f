// The offline service worker itself, bundled once for each change to its modules (plugin/vite/offline.ts), which fills in the precache list.
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { clientsClaim } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import {
  imageCacheEntries,
  imageCacheName,
  imageCacheSeconds,
  notTheAppsPages,
  storyFileCacheEntries,
  storyFilePattern,
  storyFilesCacheName,
} from '../../model/index.ts';

/** The worker's global scope, as far as this file uses it (the app's TypeScript has the DOM's types, not a worker's). */
interface WorkerScope {
  /** Replaced at build time with the list of files to precache. */
  __WB_MANIFEST: (PrecacheEntry | string)[];
  addEventListener(type: 'message', listener: (event: { data?: { type?: string } }) => void): void;
  skipWaiting(): Promise<void>;
}

const worker = globalThis as unknown as WorkerScope;

// The app shell: the HTML, the hashed scripts and styles, the content's own pictures and the icons.
// Spelled `self.__WB_MANIFEST` on purpose: the build finds that text and puts the list in its place.
precacheAndRoute((self as unknown as WorkerScope).__WB_MANIFEST);
cleanupOutdatedCaches();
// The first worker takes the page it was installed from at once, so what the reader opens next is
// kept; a later worker waits for the reader's "Reload" (the message below), never sooner.
clientsClaim();
worker.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void worker.skipWaiting();
});

// Any path of the app opens the app, offline too; feeds and the JSON folder never get its page.
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: [...notTheAppsPages] }));

// The build's JSON is named by its content's hash, so a stored copy is always right: only what the
// reader opened is kept, never the whole corpus.
registerRoute(
  storyFilePattern,
  new CacheFirst({
    cacheName: storyFilesCacheName,
    plugins: [
      new ExpirationPlugin({ maxEntries: storyFileCacheEntries, purgeOnQuotaError: true }),
      new CacheableResponsePlugin({ statuses: [200] }),
    ],
  }),
);

// Other sites' pictures, in a small cache that expires: each opaque response counts megabytes against the quota.
registerRoute(
  ({ request, sameOrigin }) => !sameOrigin && request.destination === 'image',
  new CacheFirst({
    cacheName: imageCacheName,
    plugins: [
      new ExpirationPlugin({ maxEntries: imageCacheEntries, maxAgeSeconds: imageCacheSeconds, purgeOnQuotaError: true }),
      new CacheableResponsePlugin({ statuses: [0, 200] }),
    ],
  }),
);
