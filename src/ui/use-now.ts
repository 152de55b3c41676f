// A clock that ticks once a minute, shared by every relative time on the page.
import { useSyncExternalStore } from 'react';

const tickMilliseconds = 60_000;
let now = Date.now();
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (timer === undefined) now = Date.now();
  timer ??= setInterval(() => {
    now = Date.now();
    for (const notify of listeners) notify();
  }, tickMilliseconds);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

function snapshot(): number {
  return now;
}

/** Milliseconds since the epoch, as of the last tick (refreshed when the clock starts again). */
export function useNow(): number {
  return useSyncExternalStore(subscribe, snapshot);
}
