// Where the reader is, as a link along an in-app trail needs it: path and search under the base, and the entry's state.
import { useLocation, useSearch } from 'wouter';
import { useHistoryState } from 'wouter/use-browser-location';
import type { TrailLocation } from './history-trail.ts';

export function useTrailLocation(): TrailLocation {
  const [pathname] = useLocation();
  const search = useSearch();
  const state = useHistoryState<unknown>();
  return { pathname, search: search === '' ? '' : `?${search}`, state };
}
