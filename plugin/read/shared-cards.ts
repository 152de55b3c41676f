// Results arriving from workers or the cache: a related story repeated across files becomes one shared object.
import type { RelatedCard } from '../../src/model/index.ts';
import type { FileResult } from '../types.ts';

/**
 * Related lists name the same outside stories again and again: one object a story takes far less
 * heap than one object a card. Cards are keyed by a hash of their title, link and quality (no key
 * strings kept, nothing serialised) and compared whole on a hit, so two different cards are never
 * merged. Nothing downstream mutates a card.
 */
export function createCardSharing(): (result: FileResult) => FileResult {
  const known = new Map<number, RelatedCard[]>();
  const shared = (card: RelatedCard): RelatedCard => {
    const hash = stringHash(card.links.original, stringHash(card.title, card.quality));
    const candidates = known.get(hash);
    const same = candidates?.find((candidate) => sameValue(candidate, card));
    if (same) return same;
    if (candidates) candidates.push(card);
    else known.set(hash, [card]);
    return card;
  };
  return (result) => {
    const { outcome } = result;
    if (outcome.kind !== 'article') return result;
    const related = outcome.article.related.map(shared);
    return { ...result, outcome: { ...outcome, article: { ...outcome.article, related } } };
  };
}

/** FNV-1a, 32 bits, chained from `seed`: collisions are harmless (cards are compared whole), only rare. */
function stringHash(text: string, seed = 0x811c9dc5): number {
  let hash = seed >>> 0;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Deep equality of JSON-like values (what a FileResult is made of). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return false;
  return aKeys.every((key) => Object.hasOwn(b, key) && sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
