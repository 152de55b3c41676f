import { describe, expect, it } from 'vitest';
import { makeCard, makeCards } from '../../testing/fixtures.ts';
import { MemoryStorage } from '../../testing/memory-storage.ts';
import { isRead } from './read-marks.ts';
import { readStoriesKept } from './reading-schema.ts';
import { openReadingStorage, setAsideKey, storageKey, type ReadingStorage } from './reading-storage.ts';
import { createReadingStore } from './reading-store.ts';

const base = '/election/';

/** A clock that moves one second each time it is read, so every change has its own time. */
function steppingClock(start = Date.parse('2026-11-25T16:00:00Z')): () => number {
  let now = start;
  return () => (now += 1_000);
}

/** Two tabs of one browser: the same storage, each hearing the other's writes as `storage` events do. */
function twoTabs(backend: MemoryStorage) {
  const listeners: Record<'first' | 'second', ((part: never) => void)[]> = { first: [], second: [] };
  const tab = (name: 'first' | 'second', other: 'first' | 'second'): ReadingStorage => {
    const storage = openReadingStorage(backend, base, { addEventListener: () => undefined, removeEventListener: () => undefined });
    return {
      ...storage,
      save(part, value) {
        const outcome = storage.save(part, value);
        for (const listener of listeners[other]) listener(part as never);
        return outcome;
      },
      onOutsideChange(listener) {
        listeners[name].push(listener as (part: never) => void);
        return () => undefined;
      },
    };
  };
  return {
    first: createReadingStore(tab('first', 'second'), steppingClock()),
    second: createReadingStore(tab('second', 'first'), steppingClock()),
  };
}

describe('the reading store', () => {
  it('keeps saved stories whole, most recently saved first, and reads them back after a reload', () => {
    const backend = new MemoryStorage();
    const store = createReadingStore(openReadingStorage(backend, base), steppingClock());
    const [older, newer] = makeCards(2);
    if (!older || !newer) throw new Error('two cards');
    expect(store.toggleSaved(older)).toBe(true);
    expect(store.toggleSaved(newer)).toBe(true);

    const reloaded = createReadingStore(openReadingStorage(backend, base));
    expect(reloaded.getSnapshot().state.saved.map((entry) => entry.card)).toEqual([newer, older]);
    expect(reloaded.toggleSaved(newer)).toBe(false);
    expect(reloaded.getSnapshot().state.saved.map((entry) => entry.card.id)).toEqual([older.id]);
  });

  it('keeps each site under its own base path apart on one origin', () => {
    const backend = new MemoryStorage();
    createReadingStore(openReadingStorage(backend, '/election/')).toggleSaved(makeCard());
    expect(createReadingStore(openReadingStorage(backend, '/climate/')).getSnapshot().state.saved).toEqual([]);
    expect(backend.getItem(storageKey('saved', '/election/'))).not.toBeNull();
  });

  it('sets corrupt stored data aside, keeps the copy, says so once, and starts that part afresh', () => {
    const backend = new MemoryStorage();
    backend.setItem(storageKey('saved', base), '{"this is not": "a list"');
    backend.setItem(storageKey('settings', base), JSON.stringify({ shortcuts: false, theme: 'dark' }));
    const store = createReadingStore(openReadingStorage(backend, base));

    expect(store.getSnapshot().notice).toEqual({ kind: 'set-aside', parts: ['saved'] });
    expect(store.getSnapshot().state.saved).toEqual([]);
    expect(store.getSnapshot().state.settings).toEqual({ shortcuts: false, theme: 'dark' });
    expect(backend.getItem(setAsideKey('saved', base))).toBe('{"this is not": "a list"');
    expect(backend.getItem(storageKey('saved', base))).toBeNull();
  });

  it('drops a stored card whose link is not http(s), and keeps the good ones', () => {
    const backend = new MemoryStorage();
    const good = makeCard({ id: 'good' });
    const bad = { ...makeCard({ id: 'bad' }), links: { original: 'javascript:alert(1)' } };
    backend.setItem(
      storageKey('saved', base),
      JSON.stringify([
        { card: bad, savedAt: 2 },
        { card: good, savedAt: 1 },
      ]),
    );
    const store = createReadingStore(openReadingStorage(backend, base));
    expect(store.getSnapshot().state.saved.map((entry) => entry.card.id)).toEqual(['good']);
    expect(store.getSnapshot().notice).toBeNull();
  });

  it('works in memory when the browser refuses storage, and says so once', () => {
    const store = createReadingStore(openReadingStorage(null, base));
    expect(store.getSnapshot().notice).toEqual({ kind: 'memory-only' });
    store.dismissNotice();
    expect(store.toggleSaved(makeCard())).toBe(true);
    expect(store.getSnapshot().state.saved).toHaveLength(1);
    expect(store.getSnapshot().notice).toBeNull();
  });

  it('keeps a change in memory when storage is full, and says so once', () => {
    const backend = new MemoryStorage();
    const store = createReadingStore(openReadingStorage(backend, base));
    backend.trouble = 'full';
    const [first, second] = makeCards(2);
    if (!first || !second) throw new Error('two cards');
    store.toggleSaved(first);
    expect(store.getSnapshot().notice).toEqual({ kind: 'full' });
    store.dismissNotice();
    store.toggleSaved(second);
    expect(store.getSnapshot().notice).toBeNull();
    expect(store.getSnapshot().state.saved).toHaveLength(2);
  });

  it('follows another tab, and merges a change made meanwhile instead of overwriting it', () => {
    const { first, second } = twoTabs(new MemoryStorage());
    const [one, two] = makeCards(2);
    if (!one || !two) throw new Error('two cards');
    first.toggleSaved(one);
    expect(second.getSnapshot().state.saved.map((entry) => entry.card.id)).toEqual([one.id]);
    second.toggleSaved(two);
    expect(first.getSnapshot().state.saved.map((entry) => entry.card.id)).toEqual([two.id, one.id]);
  });

  it('marks a whole feed read as one entry, keeps a story marked unread again, and Undo takes it all back', () => {
    const store = createReadingStore(openReadingStorage(new MemoryStorage(), base), steppingClock());
    const cards = makeCards(3);
    const [newest, middle] = cards;
    if (!newest || !middle) throw new Error('three cards');
    store.markFeedRead('all', newest.publishedAt, 'Latest stories', 3, new Set(cards.map((card) => card.id)));

    const { read } = store.getSnapshot().state;
    expect(read.feeds).toEqual({ all: newest.publishedAt });
    expect(read.stories).toEqual({});
    expect(cards.every((card) => isRead(card, read))).toBe(true);
    expect(store.getSnapshot().undoable?.message).toBe('Marked 3 stories in Latest stories as read.');

    expect(store.toggleRead(middle)).toBe(false);
    expect(isRead(middle, store.getSnapshot().state.read)).toBe(false);
    expect(isRead(newest, store.getSnapshot().state.read)).toBe(true);

    store.getSnapshot().undoable?.undo();
    expect(store.getSnapshot().state.read).toEqual({ stories: {}, feeds: {}, keptUnread: [] });
    expect(store.getSnapshot().undoable).toBeNull();
  });

  it('counts a story newer than the feed mark as unread', () => {
    const store = createReadingStore(openReadingStorage(new MemoryStorage(), base));
    const [newest, older] = makeCards(2);
    if (!newest || !older) throw new Error('two cards');
    store.markFeedRead('all', older.publishedAt, 'Latest stories', 1, new Set([older.id]));
    expect(isRead(older, store.getSnapshot().state.read)).toBe(true);
    expect(isRead(newest, store.getSnapshot().state.read)).toBe(false);
  });

  it('reads a topic feed mark only for that topic’s stories', () => {
    const store = createReadingStore(openReadingStorage(new MemoryStorage(), base));
    const transit = makeCard({ id: 'transit', topics: [{ name: 'Transit', slug: 'transit' }] });
    const climate = makeCard({ id: 'climate', topics: [{ name: 'Climate', slug: 'climate' }] });
    store.markFeedRead('topic:transit', transit.publishedAt, 'Transit', 1, new Set([transit.id]));
    expect(isRead(transit, store.getSnapshot().state.read)).toBe(true);
    expect(isRead(climate, store.getSnapshot().state.read)).toBe(false);
  });

  it(`keeps at most ${readStoriesKept.toLocaleString('en')} single read marks, forgetting the oldest`, () => {
    const backend = new MemoryStorage();
    const stories: Record<string, number> = {};
    for (let index = 0; index < readStoriesKept; index += 1) stories[`story-${index}`] = index + 1;
    backend.setItem(storageKey('read', base), JSON.stringify({ stories, feeds: {}, keptUnread: [] }));
    const store = createReadingStore(openReadingStorage(backend, base), () => readStoriesKept + 10);
    store.markRead(makeCard({ id: 'latest' }));
    const kept = store.getSnapshot().state.read.stories;
    expect(Object.keys(kept)).toHaveLength(readStoriesKept);
    expect(kept['story-0']).toBeUndefined();
    expect(kept.latest).toBe(readStoriesKept + 10);
  });

  it('hides a source everywhere it is asked, once, with an Undo, and shows it again', () => {
    const store = createReadingStore(openReadingStorage(new MemoryStorage(), base), steppingClock());
    const provider = { name: 'The Harbor Ledger', domain: 'ledger.example' };
    store.hideSource(provider);
    store.hideSource(provider);
    expect(store.getSnapshot().state.hidden.map((source) => source.domain)).toEqual(['ledger.example']);
    expect(store.getSnapshot().undoable?.message).toBe('Stories from The Harbor Ledger are hidden.');
    store.showSource('ledger.example');
    expect(store.getSnapshot().state.hidden).toEqual([]);
  });
});
