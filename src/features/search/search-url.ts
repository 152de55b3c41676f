// Where a search lives in the URL: `/search?q=<query>&topic=<slug>&provider=<domain>`, deep-linkable and kept by back, forward and reload.
import { useSearchParams } from 'wouter';
import { searchFilters } from '../../model/index.ts';

export const searchPath = '/search';

export interface SearchState {
  query: string;
  /** A topic's slug, or null for every topic. */
  topic: string | null;
  /** A provider's domain, or null for every provider. */
  provider: string | null;
}

const queryParameter = 'q';

/** The results page for a search (a path under the site's base). */
export function searchLocation({ query, topic, provider }: SearchState): string {
  const parameters = new URLSearchParams({ [queryParameter]: query });
  if (topic) parameters.set(searchFilters.topic, topic);
  if (provider) parameters.set(searchFilters.provider, provider);
  return `${searchPath}?${parameters}`;
}

export function searchStateOf(parameters: URLSearchParams): SearchState {
  return {
    query: parameters.get(queryParameter) ?? '',
    topic: parameters.get(searchFilters.topic) || null,
    provider: parameters.get(searchFilters.provider) || null,
  };
}

export function useSearchState(): SearchState {
  const [parameters] = useSearchParams();
  return searchStateOf(parameters);
}
