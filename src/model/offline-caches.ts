// The service worker's cache of story files: the plugin configures it, the app fills it with what it loaded before the worker ran.

/** Cache Storage name of the opened feed pages, index shards and story files. */
export const storyFilesCacheName = 'newsstand-story-files';

/** A file the build names by its content's hash (`newsstand/feed/all/1.ab12cd34.json`): a stored copy is always right. */
export const storyFilePattern = /\/newsstand\/.+\.[0-9a-f]{8}\.json$/;
