// Where components get the reader's state: the page's own store, or one a test provides.
import { createContext, useContext, useMemo, useSyncExternalStore } from 'react';
import type { Card } from '../../model/index.ts';
import { isRead } from './read-marks.ts';
import type { ReadingSettings } from './reading-schema.ts';
import { openReadingStorage, writableLocalStorage } from './reading-storage.ts';
import { createReadingStore, type ReadingSnapshot, type ReadingStore } from './reading-store.ts';

let pageStore: ReadingStore | undefined;

/** Made on first use: the first render reads storage once, synchronously. */
export function pageReadingStore(): ReadingStore {
  pageStore ??= createReadingStore(openReadingStorage(writableLocalStorage(), import.meta.env.BASE_URL));
  return pageStore;
}

/** Tests start each case from nothing stored: the next use reads storage afresh. */
export function forgetPageReadingStore(): void {
  pageStore = undefined;
}

export const ReadingStoreContext = createContext<ReadingStore | null>(null);

export function useReadingStore(): ReadingStore {
  return useContext(ReadingStoreContext) ?? pageReadingStore();
}

/** A slice of the snapshot; `select` must return a value kept between snapshots (a part, or a primitive). */
export function useReading<Slice>(select: (snapshot: ReadingSnapshot) => Slice): Slice {
  const store = useReadingStore();
  return useSyncExternalStore(store.subscribe, () => select(store.getSnapshot()));
}

export function useIsSaved(id: string): boolean {
  return useReading((snapshot) => snapshot.state.saved.some((entry) => entry.card.id === id));
}

export function useIsRead(card: Pick<Card, 'id' | 'publishedAt' | 'topics'>): boolean {
  return useReading((snapshot) => isRead(card, snapshot.state.read));
}

export function useSettings(): ReadingSettings {
  return useReading((snapshot) => snapshot.state.settings);
}

export function useHiddenDomains(): ReadonlySet<string> {
  const hidden = useReading((snapshot) => snapshot.state.hidden);
  return useMemo(() => new Set(hidden.map((source) => source.domain)), [hidden]);
}
