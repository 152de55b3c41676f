import { describe, expect, it } from 'vitest';
import type { Card } from '../../src/model/index.ts';
import { searchRecordOf, straightQuotes } from './search-records.ts';

const card: Card = {
  id: 'pence-drops-fundraiser',
  title: 'Pence’s team drops the “QAnon” fundraiser',
  excerpt: 'The vice president will not attend.',
  publishedAt: '2020-09-01T12:00:00.000Z',
  links: { original: 'https://example.com/pence' },
  provider: { name: 'Raw Story', domain: 'rawstory.com' },
  topics: [
    { name: 'Mike Pence', slug: 'mike-pence' },
    { name: 'Election', slug: 'election' },
  ],
  relatedCount: 2,
};

describe('searchRecordOf', () => {
  it("weights the title as Pagefind's title, and searches the excerpt, provider and topic names after it", () => {
    const record = searchRecordOf(card);
    expect(record.meta.title).toBe('Pence\'s team drops the "QAnon" fundraiser');
    expect(record.content).toBe('The vice president will not attend. · Raw Story · Mike Pence · Election');
  });

  it('filters by topic slug and provider domain, the values the results page puts in its URL', () => {
    expect(searchRecordOf(card).filters).toEqual({ topic: ['mike-pence', 'election'], provider: ['rawstory.com'] });
  });

  it('carries the whole card, so a result shows without fetching anything else', () => {
    const record = searchRecordOf(card);
    expect(JSON.parse(record.url)).toEqual(card);
    expect(record.meta).toEqual({ title: 'Pence\'s team drops the "QAnon" fundraiser' });
  });
});

describe('straightQuotes', () => {
  it('makes curly quotes and apostrophes straight, so "Trump’s" and "Trump\'s" are one word', () => {
    expect(straightQuotes('‘a’ “b” Trump’s „c‟')).toBe('\'a\' "b" Trump\'s "c"');
  });
});
