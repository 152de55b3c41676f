import { describe, expect, it } from 'vitest';
import {
  historyEntryKey,
  loadScrollPositions,
  recordScrollPosition,
  saveScrollPositions,
  withHistoryEntryKey,
  type ScrollPositions,
} from './scroll-positions.ts';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

describe('scroll positions', () => {
  it('adds its key to a history entry and keeps the state already there', () => {
    const state = withHistoryEntryKey({ trail: { origin: '/', depth: 1 } }, 'k1');
    expect(state).toMatchObject({ trail: { origin: '/', depth: 1 } });
    expect(historyEntryKey(state)).toBe('k1');
    expect(historyEntryKey(withHistoryEntryKey(null, 'k2'))).toBe('k2');
  });

  it('finds no key on an entry it did not mark', () => {
    expect(historyEntryKey(null)).toBeUndefined();
    expect(historyEntryKey({ trail: {} })).toBeUndefined();
    expect(historyEntryKey('text')).toBeUndefined();
  });

  it('survives a reload through storage', () => {
    const storage = memoryStorage();
    const positions: ScrollPositions = new Map();
    recordScrollPosition(positions, 'feed', 4321.6);
    recordScrollPosition(positions, 'article', 0);
    saveScrollPositions(storage, positions);
    expect(loadScrollPositions(storage)).toEqual(
      new Map([
        ['feed', 4322],
        ['article', 0],
      ]),
    );
  });

  it('keeps only the most recently used entries', () => {
    const storage = memoryStorage();
    const positions: ScrollPositions = new Map();
    for (let index = 0; index < 250; index += 1) recordScrollPosition(positions, `entry-${index}`, index);
    recordScrollPosition(positions, 'entry-0', 7);
    saveScrollPositions(storage, positions);
    const loaded = loadScrollPositions(storage);
    expect(loaded.size).toBe(200);
    expect(loaded.get('entry-0')).toBe(7);
    expect(loaded.has('entry-1')).toBe(false);
  });

  it('starts afresh from a value it cannot read', () => {
    const storage = memoryStorage();
    storage.setItem('newsstand:scroll-positions', '{not json');
    expect(loadScrollPositions(storage)).toEqual(new Map());
    storage.setItem('newsstand:scroll-positions', JSON.stringify([['ok', 5], ['bad', 'x'], 3]));
    expect(loadScrollPositions(storage)).toEqual(new Map([['ok', 5]]));
  });
});
