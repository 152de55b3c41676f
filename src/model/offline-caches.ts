// The service worker's caches: the plugin configures the worker, the worker (src/features/offline/service-worker.ts) keeps them, the app fills the first with what it loaded before the worker ran.

/** Cache Storage name of the opened feed pages, index shards and story files. */
export const storyFilesCacheName = 'newsstand-story-files';

/** A file the build names by its content's hash (`newsstand/feed/all/1.ab12cd34.json`): a stored copy is always right. */
export const storyFilePattern = /\/newsstand\/.+\.[0-9a-f]{8}\.json$/;

/** Opened story and feed files kept for offline reading: a few hundred visits' worth, the oldest let go first. */
export const storyFileCacheEntries = 600;

/** Other sites' pictures are kept only a little: each opaque response counts megabytes against the origin's quota. */
export const imageCacheName = 'newsstand-other-sites-images';
export const imageCacheEntries = 60;
export const imageCacheSeconds = 7 * 24 * 60 * 60;

/** Requests for these are never answered with the app's page: the feeds, the JSON folder and files. */
export const notTheAppsPages: readonly RegExp[] = [/\/feeds\//, /\/newsstand\//, /\.(xml|json|txt|png|svg|webmanifest)$/i];
