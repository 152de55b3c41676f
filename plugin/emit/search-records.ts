// What the search index holds of each story: its searchable text, its card, and its topic and provider filters.
import type { Card, SearchRecordMeta, SearchRecordUrl } from '../../src/model/index.ts';

export interface SearchRecord {
  /** The story's id: which shard holds the record (not sent to Pagefind). */
  id: string;
  /** The card, as JSON (see `SearchRecordUrl`). */
  url: SearchRecordUrl;
  /** Searched after the title: the excerpt, the provider's name and the topics' names. */
  content: string;
  meta: SearchRecordMeta;
  filters: { topic: string[]; provider: string[] };
}

/**
 * Curly quotes and apostrophes as straight ones, so "Trump’s" and "Trump's" are one word; Pagefind
 * folds case and diacritics itself ("Zurich" finds "Zürich").
 */
export function straightQuotes(text: string): string {
  return text.replace(/[‘’‚‛′]/g, "'").replace(/[“”„‟″]/g, '"');
}

export function searchRecordOf(card: Card): SearchRecord {
  const content = [card.excerpt, card.provider.name, ...card.topics.map((topic) => topic.name)].filter(Boolean).join(' · ');
  return {
    id: card.id,
    url: JSON.stringify(card),
    content: straightQuotes(content),
    meta: { title: straightQuotes(card.title) },
    filters: { topic: card.topics.map((topic) => topic.slug), provider: [card.provider.domain] },
  };
}
