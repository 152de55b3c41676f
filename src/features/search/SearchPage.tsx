// The results page, `/search?q=`: a heading naming the query and the count, filters in the URL, and the matching stories as cards.
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link } from 'wouter';
import { useManifest } from '../../api/index.ts';
import { fetchJson } from '../../api/fetch-json.ts';
import type { ProviderSummary } from '../../model/index.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { ErrorState } from '../../ui/ErrorState.tsx';
import { formatCount } from '../../ui/locale.ts';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { FeedEnd, FeedSkeleton, rankedRows, useColumnCount, WindowedFeed } from '../feed/index.ts';
import { useVisibleCards } from '../reading/index.ts';
import { useSearchEngine } from './search-engine.ts';
import { SearchFilters } from './SearchFilters.tsx';
import { searchResultsQueryOptions } from './search-results-query.ts';
import { searchLocation, useSearchState, type SearchState } from './search-url.ts';
import { hasSearchableWord, queryWords, searchableQuery } from './search-words.ts';
import './search.css';

const quoted = (query: string) => `“${query}”`;

export default function SearchPage() {
  const { siteTitle } = useManifest();
  const state = useSearchState();
  const query = searchableQuery(state.query);
  const searchable = hasSearchableWord(query);
  useDocumentTitle(query ? `${query} · Search · ${siteTitle}` : `Search · ${siteTitle}`);

  if (!query) {
    return (
      <>
        <h1 className="search-heading">Search</h1>
        <EmptyState title="Search every story">
          Type words from a title, an outlet or a topic in the box above, then press Enter.
        </EmptyState>
      </>
    );
  }
  if (!searchable) {
    return (
      <>
        <h1 className="search-heading">No results for {quoted(query)}</h1>
        <EmptyState title="Nothing here to search for">
          Words such as “the” and “of”, and punctuation, are in almost every story. Add a more specific word.
        </EmptyState>
      </>
    );
  }
  return <SearchResults key={`${query}|${state.topic}|${state.provider}`} state={{ ...state, query }} />;
}

function SearchResults({ state }: { state: SearchState }) {
  const manifest = useManifest();
  const engine = useSearchEngine();
  const columns = useColumnCount();
  const results = useInfiniteQuery(searchResultsQueryOptions(engine, state, manifest.pageSize));
  const providers = useQuery({
    queryKey: ['providers', manifest.providers.list],
    queryFn: ({ signal }) => fetchJson<ProviderSummary[]>(manifest.providers.list, signal),
    staleTime: Infinity,
  });
  const cards = useMemo(() => results.data?.pages.flatMap((page) => page.cards) ?? [], [results.data]);
  // Stories from sources the reader hid are left out here as in every feed.
  const visible = useVisibleCards(cards);
  const rows = useMemo(() => rankedRows(visible, columns), [visible, columns]);
  const terms = useMemo(() => queryWords(state.query), [state.query]);
  const outcome = results.data?.pages[0]?.outcome;
  const total = outcome?.hits.length ?? 0;
  const filtered = state.topic !== null || state.provider !== null;

  if (results.isPending) {
    return (
      <>
        <h1 className="search-heading">Searching for {quoted(state.query)}…</h1>
        <FeedSkeleton label="Search results" columns={columns} />
      </>
    );
  }
  if (results.isError && cards.length === 0) {
    return (
      <>
        <h1 className="search-heading">Results for {quoted(state.query)}</h1>
        <ErrorState title="Search is not available right now." onRetry={() => void results.refetch()}>
          The search index could not be loaded. Check your connection and try again.
        </ErrorState>
      </>
    );
  }
  const heading = `${formatCount(total)} ${total === 1 ? 'result' : 'results'} for ${quoted(state.query)}`;
  const loadMore = () => {
    if (results.hasNextPage && !results.isFetchingNextPage) void results.fetchNextPage({ cancelRefetch: false });
  };
  return (
    <>
      <h1 className="search-heading">{heading}</h1>
      {outcome && <SearchFilters state={state} counts={outcome.counts} topics={manifest.topics} providers={providers.data ?? []} />}
      {total === 0 ? (
        <EmptyState title={filtered ? 'No stories match with these filters' : 'No stories match'}>
          {filtered ? (
            <p>
              <Link to={searchLocation({ query: state.query, topic: null, provider: null })}>Search all topics and providers</Link>
            </p>
          ) : (
            <p>Check the spelling, or try fewer or other words.</p>
          )}
        </EmptyState>
      ) : (
        <>
          <WindowedFeed
            rows={rows}
            columns={columns}
            storyCount={visible.length === cards.length ? total : -1}
            label="Search results"
            busy={results.isFetchingNextPage}
            cacheKey={`search|${state.query}|${state.topic}|${state.provider}`}
            highlightTerms={terms}
          />
          <FeedEnd
            hasMore={results.hasNextPage}
            loading={results.isFetchingNextPage}
            failed={results.isFetchNextPageError}
            pageCount={results.data?.pages.length ?? 0}
            storyCount={total}
            columns={columns}
            onLoadMore={loadMore}
          />
        </>
      )}
    </>
  );
}
