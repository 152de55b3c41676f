// Remembers which image sources failed, for the whole page and not just one component.
//
// The feed is windowed: a card scrolled out and back in is a new component. Without a shared
// memory it would ask again for an image that already failed and show the browser's broken-image
// icon until the second failure arrives.
import { useCallback, useSyncExternalStore } from 'react';

const failedSources = new Set<string>();
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function markImageFailed(source: string): void {
  if (failedSources.has(source)) return;
  failedSources.add(source);
  for (const listener of listeners) listener();
}

/** Tests start each case with a page that has seen no failures. */
export function forgetImageFailures(): void {
  failedSources.clear();
}

/** Whether `source` is known to fail, and the handler to give the `<img>` as its `onError`. */
export function useImageFailure(source: string | undefined): [failed: boolean, onError: () => void] {
  const failed = useSyncExternalStore(
    subscribe,
    () => source !== undefined && failedSources.has(source),
    () => false,
  );
  const onError = useCallback(() => {
    if (source !== undefined) markImageFailed(source);
  }, [source]);
  return [failed, onError];
}
