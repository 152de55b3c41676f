import { describe, expect, it } from 'vitest';
import { nextPageUrl, runLength } from './feed-runs.ts';
import type { FeedPage } from './manifest';

const page = (number: number, next: string | null, runs?: FeedPage['runs']): FeedPage => ({
  page: number,
  pageCount: 20,
  count: 400,
  cards: [],
  next,
  ...(runs && { runs }),
});

describe('feed runs', () => {
  it('follows next inside a run', () => {
    expect(nextPageUrl(page(3, 'feed/all/4.aa.json'), page(1, 'feed/all/2.bb.json'))).toBe('feed/all/4.aa.json');
  });

  it('goes from the last page of a run to the start of the next run the first page lists', () => {
    const first = page(1, 'feed/all/2.bb.json', [
      { page: 9, url: 'feed/all/9.cc.json' },
      { page: 17, url: 'feed/all/17.dd.json' },
    ]);
    expect(nextPageUrl(page(8, null), first)).toBe('feed/all/9.cc.json');
    expect(nextPageUrl(page(16, null), first)).toBe('feed/all/17.dd.json');
  });

  it('ends after the last page of the last run', () => {
    const first = page(1, 'feed/all/2.bb.json', [{ page: 9, url: 'feed/all/9.cc.json' }]);
    expect(nextPageUrl(page(20, null), first)).toBeNull();
    expect(nextPageUrl(page(1, null), page(1, null))).toBeNull();
  });

  it('keeps both the runs listed on the first page and the pages an edit renames near √pageCount', () => {
    expect(runLength(1)).toBe(8);
    expect(runLength(100)).toBe(10);
    expect(runLength(700)).toBe(27);
  });
});
