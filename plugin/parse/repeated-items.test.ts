import { describe, expect, it } from 'vitest';
import { createRepeatedItems } from './repeated-items.ts';

const item = ['  - title: "Ferry fares frozen"', '    quality: 90', '    provider:', '      name: Quay Post'];
const parsed = { title: 'Ferry fares frozen', quality: 90, provider: { name: 'Quay Post' } };

describe('createRepeatedItems', () => {
  it('keeps an item from the second time its lines are parsed, as a frozen copy at every level', () => {
    const items = createRepeatedItems();
    items.remember(1, item, 0, item.length, parsed);
    expect(items.get(1, item, 0, item.length)).toBeUndefined();
    items.remember(1, item, 0, item.length, parsed);
    const known = items.get(1, [...item], 0, item.length) as typeof parsed;
    expect(known).toEqual(parsed);
    expect(known).not.toBe(parsed);
    expect(Object.isFrozen(known)).toBe(true);
    expect(Object.isFrozen(known.provider)).toBe(true);
    expect(Object.isFrozen(parsed)).toBe(false);
  });

  it('keeps the same lines at another depth apart, and lines that differ by one character inside', () => {
    const items = createRepeatedItems();
    items.remember(1, item, 0, item.length, parsed);
    items.remember(1, item, 0, item.length, parsed);
    expect(items.get(2, item, 0, item.length)).toBeUndefined();
    const edited = [item[0]!, '    quality: 91', ...item.slice(2)];
    expect(items.get(1, edited, 0, edited.length)).toBeUndefined();
    expect(items.get(1, ['other', ...item], 1, item.length + 1)).toEqual(parsed);
  });

  it('keeps no item too short to be worth looking up', () => {
    const items = createRepeatedItems();
    items.remember(1, item, 0, 2, { title: 'x' });
    items.remember(1, item, 0, 2, { title: 'x' });
    expect(items.get(1, item, 0, 2)).toBeUndefined();
  });

  it('starts again empty once it holds its limit', () => {
    const items = createRepeatedItems(2);
    const lines = (title: string) => [`  - title: ${title}`, ...item.slice(1)];
    const rememberTwice = (title: string) => {
      items.remember(1, lines(title), 0, item.length, title);
      items.remember(1, lines(title), 0, item.length, title);
    };
    rememberTwice('a');
    rememberTwice('b');
    expect(items.get(1, lines('a'), 0, item.length)).toBe('a');
    rememberTwice('c');
    expect(items.get(1, lines('a'), 0, item.length)).toBeUndefined();
    expect(items.get(1, lines('c'), 0, item.length)).toBe('c');
  });
});
