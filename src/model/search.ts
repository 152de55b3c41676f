// The search index both sides agree on: where the build writes it, what each record carries, and the filters.

/** Under the base, beside the JSON files: the offline worker neither precaches nor falls back over it. */
export const searchIndexFolder = 'newsstand/search/';

/** The runtime the app imports on the first search (Pagefind's, written with the index). */
export const searchRuntimeFile = `${searchIndexFolder}pagefind.js`;

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
