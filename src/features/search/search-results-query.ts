// The results as an infinite query: the search once, then its cards a page at a time as the reader scrolls.
import { infiniteQueryOptions } from '@tanstack/react-query';
import type { Card } from '../../model/index.ts';
import type { SearchEngine, SearchOutcome } from './search-engine.ts';
import type { SearchState } from './search-url.ts';

export interface SearchResultsPage {
  outcome: SearchOutcome;
  /** Where this page's hits start in `outcome.hits`. */
  start: number;
  cards: Card[];
}

/**
 * The first page is the first screen's worth: each card is a fragment to fetch, and the reader
 * sees results sooner for fetching 6 than 20. The feed's end then asks for the rest, a page at a time.
 */
export const firstResultsPageSize = 6;

export function searchResultsQueryOptions(engine: SearchEngine, { query, topic, provider }: SearchState, pageSize: number) {
  const cardsFrom = async (outcome: SearchOutcome, start: number): Promise<SearchResultsPage> => {
    const end = start === 0 ? firstResultsPageSize : start + pageSize;
    const cards = await Promise.all(outcome.hits.slice(start, end).map((hit) => hit.card()));
    return { outcome, start, cards: cards.filter((card): card is Card => card !== null) };
  };
  return infiniteQueryOptions({
    queryKey: ['search', query, topic, provider] as const,
    queryFn: async ({ pageParam }: { pageParam: { outcome: SearchOutcome; start: number } | null }) =>
      pageParam ? cardsFrom(pageParam.outcome, pageParam.start) : cardsFrom(await engine.search(query, { topic, provider }), 0),
    initialPageParam: null as { outcome: SearchOutcome; start: number } | null,
    getNextPageParam: (last: SearchResultsPage) => {
      const start = last.start === 0 ? firstResultsPageSize : last.start + pageSize;
      return start < last.outcome.hits.length ? { outcome: last.outcome, start } : undefined;
    },
    // One build's index answers the same way every time: a search once made is kept for the visit.
    staleTime: Infinity,
  });
}
