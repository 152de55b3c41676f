import { describe, expect, it } from 'vitest';
import { initialsOf, monogramColour } from './monogram.ts';

describe('initialsOf', () => {
  it('takes the first letters of the first two words, skipping a leading "The"', () => {
    expect(initialsOf('The Harbor Ledger')).toBe('HL');
    expect(initialsOf('Kestrel Bay Gazette')).toBe('KB');
    expect(initialsOf('fox-news')).toBe('FN');
  });

  it('takes two letters of a single word, and copes with non-Latin letters and nothing at all', () => {
    expect(initialsOf('mcpr')).toBe('MC');
    expect(initialsOf('Ñandú Diario')).toBe('ÑD');
    expect(initialsOf('')).toBe('?');
  });
});

describe('monogramColour', () => {
  it('gives a domain the same colour every time, and different domains a spread of colours', () => {
    expect(monogramColour('cnn.com')).toBe(monogramColour('cnn.com'));
    const colours = new Set(['cnn.com', 'foxnews.com', 'nytimes.com', 'bbc.co.uk', 'reuters.com', 'apnews.com'].map(monogramColour));
    expect(colours.size).toBeGreaterThan(2);
  });
});
