// The shared types and helpers both the build plugin and the app import.
export type * from './article';
export type * from './manifest';
export { articleShard } from './shard.ts';
export { detailInPack, storyIndexKey } from './article.ts';
export { nextPageUrl, runLength } from './feed-runs.ts';
export { safeHttpUrl, safeImageUrl } from './url.ts';
export { syndicationFeedLength, syndicationFormats, syndicationPath } from './syndication.ts';
export type { SyndicationFeedFormat, SyndicationFormat } from './syndication.ts';
export {
  imageCacheEntries,
  imageCacheName,
  imageCacheSeconds,
  notTheAppsPages,
  storyFileCacheEntries,
  storyFilesCacheName,
  storyFilePattern,
} from './offline-caches.ts';
export {
  searchFilters,
  searchIndexFolder,
  searchRuntimeFile,
  searchShardCount,
  searchShardFolder,
  storiesPerSearchShard,
} from './search.ts';
export type { SearchFilterName, SearchRecordMeta, SearchRecordUrl } from './search.ts';
