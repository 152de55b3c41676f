// A file's own `related` list -> RelatedCards: valid items only, best first, de-duplicated, capped.
import type { RelatedCard } from '../../src/model/index.ts';
import { readImage, readNumber, readText } from './field-readers.ts';
import { field, isPresent, isRecord } from './fields.ts';
import { parseDate } from './dates.ts';
import { canonicalLink } from './links.ts';
import { readProvider } from './provider.ts';
import type { Reporter } from './problem-reporter.ts';
import { readStoryLinks } from './story-links.ts';

/** Real lists run to about 350 items; past this, a list is hostile and the rest is not read. */
const maxRelatedItemsRead = 1000;

/** `ownCanonicalLinks` are the canonical links of the article itself, so it never lists itself. */
export function readRelated(value: unknown, ownCanonicalLinks: ReadonlySet<string>, limit: number, reporter: Reporter): RelatedCard[] {
  if (!isPresent(value)) return [];
  if (!Array.isArray(value)) {
    reporter.warn(['related'], 'related should be a list of stories; ignored');
    return [];
  }
  const cards: RelatedCard[] = [];
  let dropped = 0;
  for (const [index, item] of value.slice(0, maxRelatedItemsRead).entries()) {
    const card = readRelatedItem(item, index, reporter);
    if (card) cards.push(card);
    else dropped += 1;
  }
  if (dropped > 0)
    reporter.warn(['related'], `dropped ${dropped} related ${dropped === 1 ? 'story' : 'stories'} without a title or an http(s) link`);
  if (value.length > maxRelatedItemsRead) reporter.warn(['related'], `only the first ${maxRelatedItemsRead} related stories are read`);
  return bestDistinct(cards, ownCanonicalLinks, limit);
}

function readRelatedItem(item: unknown, index: number, reporter: Reporter): RelatedCard | undefined {
  if (!isRecord(item)) return undefined;
  const keyPath = ['related', index] as const;
  const title = readText(field(item, 'title'), [...keyPath, 'title'], reporter, 300);
  const { links } = readStoryLinks(item, keyPath, reporter);
  if (title === undefined || links === undefined) return undefined;
  const publishedAt = parseDate(field(item, 'publishedDateTime'));
  const image = readImage(field(item, 'images'), [...keyPath, 'images'], reporter);
  return {
    kind: 'external',
    title,
    provider: readProvider(field(item, 'provider'), links.original, [...keyPath, 'provider'], reporter, false),
    ...(publishedAt !== undefined && { publishedAt }),
    links,
    ...(image !== undefined && { image }),
    quality: readNumber(field(item, 'quality'), [...keyPath, 'quality'], reporter, 0),
  };
}

/** Highest quality first (ties keep the file's order), one card a canonical link, none pointing back at the article. */
function bestDistinct(cards: RelatedCard[], ownCanonicalLinks: ReadonlySet<string>, limit: number): RelatedCard[] {
  const sorted = cards
    .map((card, position) => ({ card, position }))
    .sort((a, b) => b.card.quality - a.card.quality || a.position - b.position);
  const seen = new Set(ownCanonicalLinks);
  const kept: RelatedCard[] = [];
  for (const { card } of sorted) {
    if (kept.length >= limit) break;
    const key = canonicalLink(card.links.original);
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(card);
  }
  return kept;
}
