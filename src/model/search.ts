// The search index both sides agree on: where the build writes it, what each record carries, and the filters.

/** Under the base, beside the JSON files: the offline worker neither precaches nor falls back over it. */
export const searchIndexFolder = 'newsstand/search/';

/**
 * Stories an index shard holds, about: Pagefind cannot update an index, so an edit makes its
 * shard again, not the whole index (about 1 s for 2,000 stories, against 7 s for 14,000). The
 * page merges the shards (Pagefind's mergeIndex, which loads the WebAssembly once).
 */
export const storiesPerSearchShard = 2000;

export function searchShardCount(stories: number, perShard = storiesPerSearchShard): number {
  return Math.max(1, Math.ceil(stories / Math.max(1, perShard)));
}

/** A shard's folder, relative to the base (`newsstand/search/0/`): each is a whole Pagefind bundle. */
export function searchShardFolder(shard: number): string {
  return `${searchIndexFolder}${shard}/`;
}

/** The runtime the app imports on the first search: the first shard's (Pagefind's, written with the index). */
export const searchRuntimeFile = `${searchShardFolder(0)}pagefind.js`;

/** Filter names in the index, and the URL parameters of the results page that set them. */
export const searchFilters = {
  /** A topic's slug, as in `?topic=` on the home page. */
  topic: 'topic',
  /** A provider's domain (`cnn.com`). */
  provider: 'provider',
} as const;

export type SearchFilterName = keyof typeof searchFilters;

/** A record's metadata: its title, which Pagefind searches and weights above the content. */
export interface SearchRecordMeta {
  title: string;
}

/**
 * A record's URL is the card it shows, as JSON: Pagefind keeps a custom record's URL as given and
 * indexes none of it, and hands it back with the result. Metadata would do as a field, but Pagefind
 * 1.6 indexes every metadata value: a card there made the index at 14,000 stories 2.7 times the
 * size and 2.9 times as slow to build (docs/performance.md).
 */
export type SearchRecordUrl = string;
