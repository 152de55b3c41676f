// Scroll restoration as browsers do it for real pages: back and forward return to where the reader was,
// a new page starts at the top, and a reload keeps the place.
import { useEffect } from 'react';
import {
  historyEntryKey,
  loadScrollPositions,
  newHistoryEntryKey,
  recordScrollPosition,
  saveScrollPositions,
  withHistoryEntryKey,
} from './scroll-positions.ts';

/** How long a restore may wait for the page to grow tall enough (the feed renders its rows late). */
const restorePatience = 3_000;
/** Any sign that the reader is scrolling on their own ends a restore. */
const readerInputEvents = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
/** wouter dispatches pushState and replaceState events for its own navigations. */
const historyEvents = ['popstate', 'pushState', 'replaceState', 'hashchange'] as const;

function sessionStorageIfAllowed(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

/**
 * Scrolls to `target` as soon as the page is tall enough for it, trying every frame, since the
 * windowed feed grows only after its rows render (and, after a reload, after its data arrives).
 */
function restoreScrollPosition(target: number): () => void {
  const deadline = performance.now() + restorePatience;
  let frame = 0;
  const stop = () => {
    cancelAnimationFrame(frame);
    for (const type of readerInputEvents) window.removeEventListener(type, stop);
  };
  const step = () => {
    const reachable = Math.max(0, Math.min(target, document.documentElement.scrollHeight - window.innerHeight));
    if (Math.abs(window.scrollY - reachable) > 1) window.scrollTo(0, reachable);
    const arrived = reachable >= target - 1 && Math.abs(window.scrollY - target) <= 1;
    if (arrived || performance.now() > deadline) stop();
    else frame = requestAnimationFrame(step);
  };
  for (const type of readerInputEvents) window.addEventListener(type, stop, { passive: true });
  // The next frame: by then React has rendered the page the history entry belongs to.
  frame = requestAnimationFrame(step);
  return stop;
}

/** Starts following history and scrolling; returns how to stop. */
export function startScrollRestoration(): () => void {
  const storage = sessionStorageIfAllowed();
  const positions = loadScrollPositions(storage);
  const previousMode = window.history.scrollRestoration;
  // The browser would restore before the app has rendered the page, and so to the wrong place.
  window.history.scrollRestoration = 'manual';

  let currentKey = historyEntryKey(window.history.state) ?? '';
  let stopRestoring = () => {};

  const onHistoryChange = () => {
    const knownKey = historyEntryKey(window.history.state);
    const key = knownKey ?? newHistoryEntryKey();
    // Our own replaceState below comes back here: by then the key is current.
    if (key === currentKey) return;
    // The page being left is still on screen (this listener runs before the router's): its place is exact,
    // even when the reader clicked before the browser told us about their last scroll.
    if (currentKey !== '') recordScrollPosition(positions, currentKey, window.scrollY);
    // Set before replaceState, and before any scroll event, so positions land on the right entry.
    currentKey = key;
    stopRestoring();
    stopRestoring = () => {};
    if (knownKey !== undefined) {
      stopRestoring = restoreScrollPosition(positions.get(key) ?? 0);
      return;
    }
    window.history.replaceState(withHistoryEntryKey(window.history.state, key), '');
    // A new page starts at the top, unless it is a jump to an anchor (the skip link), which the browser does.
    if (!window.location.hash) window.scrollTo(0, 0);
  };
  const onScroll = () => recordScrollPosition(positions, currentKey, window.scrollY);
  const save = () => saveScrollPositions(storage, positions);

  if (currentKey === '') onHistoryChange();
  else stopRestoring = restoreScrollPosition(positions.get(currentKey) ?? 0);
  // Capture: at the window, capturing listeners run before wouter's, so before React renders the next page.
  for (const type of historyEvents) window.addEventListener(type, onHistoryChange, { capture: true });
  window.addEventListener('scroll', onScroll, { passive: true });
  window.addEventListener('pagehide', save);

  return () => {
    stopRestoring();
    for (const type of historyEvents) window.removeEventListener(type, onHistoryChange, { capture: true });
    window.removeEventListener('scroll', onScroll);
    window.removeEventListener('pagehide', save);
    save();
    window.history.scrollRestoration = previousMode;
  };
}

export function useScrollRestoration(): void {
  useEffect(() => startScrollRestoration(), []);
}
