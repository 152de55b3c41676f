// A search engine for tests: finds the given cards whose title or excerpt has every query word as a word prefix, and records each search.
import { vi } from 'vitest';
import type { SearchEngine, SearchOutcome } from '../features/search/index.ts';
import type { Card } from '../model/index.ts';

export interface SearchEngineDouble extends SearchEngine {
  searches: { query: string; topic: string | null; provider: string | null }[];
  /** The next searches fail until `failing` is set back to false. */
  failing: boolean;
}

const wordsOf = (text: string) => text.toLocaleLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

export function createSearchEngineDouble(cards: readonly Card[]): SearchEngineDouble {
  const double: SearchEngineDouble = {
    searches: [],
    failing: false,
    search: vi.fn(async (query: string, { topic, provider }) => {
      double.searches.push({ query, topic, provider });
      if (double.failing) throw new Error('the index could not be fetched');
      const words = wordsOf(query);
      const matching = cards.filter((card) => {
        const text = wordsOf(`${card.title} ${card.excerpt}`);
        return words.every((word) => text.some((candidate) => candidate.startsWith(word)));
      });
      const counts: SearchOutcome['counts'] = { topic: {}, provider: {} };
      for (const card of matching) {
        for (const { slug } of card.topics) counts.topic[slug] = (counts.topic[slug] ?? 0) + 1;
        counts.provider[card.provider.domain] = (counts.provider[card.provider.domain] ?? 0) + 1;
      }
      const filtered = matching.filter(
        (card) => (!topic || card.topics.some((item) => item.slug === topic)) && (!provider || card.provider.domain === provider),
      );
      return { hits: filtered.map((card) => ({ id: card.id, card: () => Promise.resolve(card) })), counts };
    }),
  };
  return double;
}
