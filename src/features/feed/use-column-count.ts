// How many cards sit side by side: one on a phone, two on a tablet, three on a wide screen.
import { useSyncExternalStore } from 'react';

/** Widest first; the same breakpoints as feed.css, which lays the row out. */
const breakpoints: ReadonlyArray<readonly [query: string, columns: number]> = [
  ['(min-width: 1100px)', 3],
  ['(min-width: 640px)', 2],
];

function mediaQueries(): MediaQueryList[] {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return [];
  return breakpoints.map(([query]) => window.matchMedia(query));
}

function subscribe(onChange: () => void): () => void {
  const lists = mediaQueries();
  for (const list of lists) list.addEventListener('change', onChange);
  return () => {
    for (const list of lists) list.removeEventListener('change', onChange);
  };
}

function currentColumnCount(): number {
  const lists = mediaQueries();
  const index = lists.findIndex((list) => list.matches);
  return index === -1 ? 1 : (breakpoints[index]?.[1] ?? 1);
}

export function useColumnCount(): number {
  return useSyncExternalStore(subscribe, currentColumnCount, () => 1);
}
