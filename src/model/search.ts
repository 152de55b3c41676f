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

/**
 * A record's metadata: its title (which Pagefind weights above the content) and the card it shows
 * as JSON. Metadata is searchable in Pagefind, so the app gives the card field a weight of 0
 * (`searchRanking`) and drops results that only it matched.
 */
export interface SearchRecordMeta {
  title: string;
  card: string;
}

/** Ranking the app sets before searching: see `SearchRecordMeta`. */
export const searchRanking = { metaWeights: { card: 0 } } as const;
