import { describe, expect, it } from 'vitest';
import { highlightRanges } from './highlight.ts';

const marked = (text: string, terms: string[]) => highlightRanges(text, terms).map(({ start, end }) => text.slice(start, end));

describe('highlightRanges', () => {
  it('marks whole words that start with a term, whatever their case', () => {
    expect(marked('Hackers hit the hackathon; a shack stands', ['hack'])).toEqual(['Hackers', 'hackathon']);
  });

  it('folds accents both ways: "zurich" marks "Zürich" and "zürich" marks "Zurich"', () => {
    expect(marked('From Zürich to Zurich', ['zurich'])).toEqual(['Zürich', 'Zurich']);
    expect(marked('From Zürich to Zurich', ['zürich'])).toEqual(['Zürich', 'Zurich']);
  });

  it('treats curly and straight apostrophes alike', () => {
    expect(marked("Trump’s rally and Trump's speech", ["trump's"])).toEqual(['Trump’s', "Trump's"]);
  });

  it('keeps offsets right past emoji and other characters outside the basic plane', () => {
    const text = '🗳️ Vote count 📈 in Georgia';
    expect(marked(text, ['georgia', 'vote'])).toEqual(['Vote', 'Georgia']);
  });

  it('takes regex and HTML characters as plain characters', () => {
    expect(marked('a (b) <i>c</i> .* d', ['.*', '(b', '<i>'])).toEqual([]);
    expect(marked('a+b', ['a+'])).toEqual([]);
  });

  it('marks nothing for no terms or empty terms', () => {
    expect(highlightRanges('Some text', [])).toEqual([]);
    expect(highlightRanges('Some text', ['', '  '.trim()])).toEqual([]);
  });
});
