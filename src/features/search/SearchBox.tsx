// The header's search: a search landmark with a box named "Search stories". Enter opens the results;
// on the results page they follow the box as one types. "/" puts the cursor in it.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { useQueryClient } from '@tanstack/react-query';
import { useManifest } from '../../api/index.ts';
import { useSearchEngine } from './search-engine.ts';
import { searchResultsQueryOptions } from './search-results-query.ts';
import { searchLocation, searchPath, useSearchState } from './search-url.ts';
import { hasSearchableWord, searchableQuery } from './search-words.ts';
import { useSlashFocuses } from './use-slash-focuses.ts';
import { useSettings } from '../reading/index.ts';
import './search.css';

/** Results follow typing after this pause: one search a burst of keys, not one a key. */
export const typingPauseMilliseconds = 250;

export function SearchBox() {
  const [location, navigate] = useLocation();
  const onResultsPage = location === searchPath;
  const state = useSearchState();
  const engine = useSearchEngine();
  const queryClient = useQueryClient();
  const { pageSize } = useManifest();
  const urlQuery = onResultsPage ? state.query : '';
  const [value, setValue] = useState(urlQuery);
  const input = useRef<HTMLInputElement>(null);
  /** The query this box last put in the URL: an echo of it must not overwrite what was typed since. */
  const sent = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const { shortcuts } = useSettings();
  useSlashFocuses(input, shortcuts);

  // Back, forward and links change the URL's query: the box shows it.
  useEffect(() => {
    if (urlQuery === sent.current) return;
    sent.current = null;
    setValue(urlQuery);
  }, [urlQuery]);

  useEffect(() => () => clearTimeout(timer.current), []);

  const show = (query: string, replace: boolean) => {
    clearTimeout(timer.current);
    sent.current = query;
    const filters = onResultsPage ? { topic: state.topic, provider: state.provider } : { topic: null, provider: null };
    navigate(searchLocation({ query, ...filters }), { replace });
  };

  /** Runs the search the results page will ask for into the query cache (from another page, so with no filters). */
  const searchAhead = (typed: string) => {
    const query = searchableQuery(typed);
    if (!hasSearchableWord(query)) return;
    const options = searchResultsQueryOptions(engine, { query, topic: null, provider: null }, pageSize);
    void queryClient.prefetchInfiniteQuery(options).catch(() => undefined);
  };

  const onSubmit = (event: FormEvent) => {
    // No native submission: the policy refuses form actions, and the app routes the URL itself.
    event.preventDefault();
    // Started before the route changes, so the search runs while the page it leaves unmounts.
    if (!onResultsPage) searchAhead(value.trim());
    show(value.trim(), onResultsPage);
  };

  const onChange = (typed: string) => {
    setValue(typed);
    clearTimeout(timer.current);
    if (!onResultsPage) {
      // Elsewhere, a pause in typing runs the search into the query cache: Enter then shows the
      // results at once. The first visit still loads nothing of search, as no one has typed yet.
      timer.current = setTimeout(() => searchAhead(typed), typingPauseMilliseconds);
      return;
    }
    // Replacing, not pushing: typing "vindman" is one search in the history, not seven.
    timer.current = setTimeout(() => show(typed.trim(), true), typingPauseMilliseconds);
  };

  return (
    // A form with role="search" rather than <search>: React 18 and jsdom do not know that element yet.
    <form className="site-search" role="search" onSubmit={onSubmit}>
      <div className="site-search__form">
        <input
          ref={input}
          className="site-search__input"
          type="search"
          aria-label="Search stories"
          placeholder="Search stories"
          aria-keyshortcuts={shortcuts ? '/' : undefined}
          enterKeyHint="search"
          autoComplete="off"
          spellCheck={false}
          maxLength={1000}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
        <button type="submit" className="site-search__button">
          <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
            <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
            <path d="M13 13l4.5 4.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
          <span className="visually-hidden">Search</span>
        </button>
      </div>
    </form>
  );
}
