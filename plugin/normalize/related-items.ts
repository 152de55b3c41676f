// A file's own `related` list -> RelatedCards: valid items only, best first, de-duplicated, capped.
import type { RelatedCard } from '../../src/model/index.ts';
import { readImage, readNumber, readText } from './field-readers.ts';
import { field, isPresent, isRecord, type FieldRecord } from './fields.ts';
import type { KeyPath } from '../parse/line-of-key.ts';
import { deepFreeze } from '../parse/repeated-items.ts';
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

/**
 * What reading a shared item gave: its card, and the notes it tallied, by key path within the item,
 * so each file that lists it counts them on its own lines. An item with a warning or an error is
 * read again by every file: those messages name the item's place in the list (`related[3].url`).
 */
interface ItemReading {
  card: RelatedCard | undefined;
  tallies: readonly { within: KeyPath; message: string }[];
}

/** Frozen items are the scanner's, shared by every file that lists the same lines (scan-front-matter.ts). */
const readings = new WeakMap<FieldRecord, ItemReading>();

function readRelatedItem(item: unknown, index: number, reporter: Reporter): RelatedCard | undefined {
  if (!isRecord(item)) return undefined;
  if (!Object.isFrozen(item)) return readItem(item, index, reporter);
  const known = readings.get(item);
  if (known) {
    for (const { within, message } of known.tallies) reporter.tally(['related', index, ...within], message);
    return known.card;
  }
  const { recorder, tallies, recordable } = recordingReporter(reporter, index);
  const card = readItem(item, index, recorder);
  if (recordable()) readings.set(item, { card: card && deepFreeze(card), tallies });
  return card;
}

/** Passes every report on, and keeps the tallies by their path within `related[index]`. */
function recordingReporter(reporter: Reporter, index: number) {
  const tallies: { within: KeyPath; message: string }[] = [];
  let recordable = true;
  const recorder: Reporter = {
    tally(path, message) {
      if (path[0] === 'related' && path[1] === index) tallies.push({ within: path.slice(2), message });
      else recordable = false;
      reporter.tally(path, message);
    },
    warn(path, message) {
      recordable = false;
      reporter.warn(path, message);
    },
    error(path, message) {
      recordable = false;
      reporter.error(path, message);
    },
    problems: () => reporter.problems(),
  };
  return { recorder, tallies, recordable: () => recordable };
}

function readItem(item: FieldRecord, index: number, reporter: Reporter): RelatedCard | undefined {
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
