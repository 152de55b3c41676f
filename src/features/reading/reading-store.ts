// The reader's state in memory, written through to storage, and what the page says about it: a
// React external store (useSyncExternalStore). Every change re-reads its part from storage first,
// so a change made meanwhile in another tab is merged, not overwritten.
import type { Card, Provider } from '../../model/index.ts';
import { withFeedRead, withStoryRead, withStoryUnread, isRead } from './read-marks.ts';
import { emptyReadingState, type HiddenSource, type ReadingPart, type ReadingSettings, type ReadingState } from './reading-schema.ts';
import type { ReadingStorage } from './reading-storage.ts';

/** What the page tells the reader about storage, once each. */
export type StorageNotice = { kind: 'memory-only' } | { kind: 'full' } | { kind: 'set-aside'; parts: ReadingPart[] };

/** The last bulk change, which the reader can take back. */
export interface UndoableChange {
  id: number;
  message: string;
  undo(): void;
}

export interface ReadingSnapshot {
  state: ReadingState;
  notice: StorageNotice | null;
  undoable: UndoableChange | null;
}

export interface ReadingStore {
  getSnapshot(): ReadingSnapshot;
  subscribe(listener: () => void): () => void;
  /** Saves the story, or forgets it if it was saved; answers whether it is saved now. */
  toggleSaved(card: Card): boolean;
  markRead(card: Pick<Card, 'id' | 'publishedAt' | 'topics'>): void;
  /** Read becomes unread and back; answers whether it is read now. */
  toggleRead(card: Pick<Card, 'id' | 'publishedAt' | 'topics'>): boolean;
  /** Marks every story of a feed published up to `upTo` read, with an Undo. */
  markFeedRead(feedKey: string, upTo: string, feedName: string, storyCount: number, loadedIds: ReadonlySet<string>): void;
  hideSource(provider: Pick<Provider, 'domain' | 'name'>): void;
  showSource(domain: string): void;
  updateSettings(change: Partial<ReadingSettings>): void;
  /** Replaces a whole part (an import's merge). */
  replace<Part extends ReadingPart>(part: Part, value: ReadingState[Part]): void;
  dismissNotice(): void;
  dismissUndo(): void;
}

export function createReadingStore(storage: ReadingStorage, clock: () => number = Date.now): ReadingStore {
  const setAside: ReadingPart[] = [];
  const loadPart = <Part extends ReadingPart>(part: Part, fallback: ReadingState[Part]): ReadingState[Part] => {
    const loaded = storage.load(part);
    if (loaded.setAside) setAside.push(part);
    return loaded.value ?? fallback;
  };
  const initial: ReadingState = {
    saved: loadPart('saved', emptyReadingState.saved),
    read: loadPart('read', emptyReadingState.read),
    hidden: loadPart('hidden', emptyReadingState.hidden),
    settings: loadPart('settings', emptyReadingState.settings),
  };
  let snapshot: ReadingSnapshot = {
    state: initial,
    notice: setAside.length > 0 ? { kind: 'set-aside', parts: setAside } : storage.persistent ? null : { kind: 'memory-only' },
    undoable: null,
  };
  /** Each notice kind is shown once a visit, even if it is dismissed and the cause stays. */
  const noticesShown = new Set<StorageNotice['kind']>(snapshot.notice ? [snapshot.notice.kind] : []);
  const listeners = new Set<() => void>();
  let undoIds = 0;

  const publish = (next: Partial<ReadingSnapshot>) => {
    snapshot = { ...snapshot, ...next };
    for (const listener of listeners) listener();
  };
  const tell = (notice: StorageNotice) => {
    if (noticesShown.has(notice.kind)) return;
    noticesShown.add(notice.kind);
    publish({ notice });
  };

  /** The part as storage has it now (another tab may have written it), else as this tab has it. */
  const latest = <Part extends ReadingPart>(part: Part): ReadingState[Part] => {
    if (!storage.persistent) return snapshot.state[part];
    return storage.load(part).value ?? snapshot.state[part];
  };
  const change = <Part extends ReadingPart>(part: Part, update: (current: ReadingState[Part]) => ReadingState[Part]) => {
    const value = update(latest(part));
    publish({ state: { ...snapshot.state, [part]: value } });
    const outcome = storage.save(part, value);
    if (outcome === 'full') tell({ kind: 'full' });
    if (outcome === 'memory' && storage.persistent) tell({ kind: 'memory-only' });
  };

  storage.onOutsideChange((part) => {
    const value = storage.load(part).value ?? emptyReadingState[part];
    publish({ state: { ...snapshot.state, [part]: value } });
  });

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    toggleSaved(card) {
      let saved = false;
      change('saved', (current) => {
        saved = !current.some((entry) => entry.card.id === card.id);
        return saved ? [{ card, savedAt: clock() }, ...current] : current.filter((entry) => entry.card.id !== card.id);
      });
      return saved;
    },
    markRead(card) {
      if (isRead(card, snapshot.state.read) && snapshot.state.read.stories[card.id] !== undefined) return;
      change('read', (current) => withStoryRead(current, card.id, clock()));
    },
    toggleRead(card) {
      let read = false;
      change('read', (current) => {
        read = !isRead(card, current);
        return read ? withStoryRead(current, card.id, clock()) : withStoryUnread(current, card);
      });
      return read;
    },
    markFeedRead(feedKey, upTo, feedName, storyCount, loadedIds) {
      const before = latest('read');
      change('read', (current) => withFeedRead(current, feedKey, upTo, (id) => loadedIds.has(id)));
      undoIds += 1;
      const count = new Intl.NumberFormat('en').format(storyCount);
      publish({
        undoable: {
          id: undoIds,
          message: `Marked ${count} ${storyCount === 1 ? 'story' : 'stories'} in ${feedName} as read.`,
          undo: () => {
            change('read', () => before);
            publish({ undoable: null });
          },
        },
      });
    },
    hideSource(provider) {
      change('hidden', (current): HiddenSource[] =>
        current.some((source) => source.domain === provider.domain)
          ? current
          : [...current, { domain: provider.domain, name: provider.name, hiddenAt: clock() }],
      );
      undoIds += 1;
      publish({
        undoable: {
          id: undoIds,
          message: `Stories from ${provider.name} are hidden.`,
          undo: () => {
            change('hidden', (current) => current.filter((source) => source.domain !== provider.domain));
            publish({ undoable: null });
          },
        },
      });
    },
    showSource(domain) {
      change('hidden', (current) => current.filter((source) => source.domain !== domain));
    },
    updateSettings(update) {
      change('settings', (current) => ({ ...current, ...update }));
    },
    replace(part, value) {
      change(part, () => value);
    },
    dismissNotice: () => publish({ notice: null }),
    dismissUndo: () => publish({ undoable: null }),
  };
}
