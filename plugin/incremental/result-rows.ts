// A file's result as a flat row of values with shared tables, for the stored results a rebuild reads.
// V8 parses JSON arrays faster than the same data as objects, with no key to read again for every
// field of every file. An article's body is a row apart, parsed only for the outputs a rebuild makes.
import type { ArticleImage, ArticleLinks, Provider, RelatedCard, Topic } from '../../src/model/index.ts';
import { asciiJson } from '../ascii-json.ts';
import { nameOf } from '../normalize/slug.ts';
import { bodyOf, type ArticleBody, type BuildResult, type DraftSkeleton, type Problem, type SkipReason } from '../types.ts';

/** What a file's result is stored as: an article, a skipped file (with its reason) or an invalid one. */
export type ResultRow = ArticleRow | ['skipped', Problem[], SkipReason] | ['invalid', Problem[]];

/** What the corpus places an article by; the body is a row of its own, in another file (see `BodyRow`). */
type ArticleRow = [
  kind: 'article',
  problems: Problem[],
  linkKeys: string[],
  /** Null when it is the file's name without `.md`, as most are: the stored results do not hold most names twice. */
  id: string | null,
  publishedAt: string,
  provider: number,
  topics: number[],
  quality: number,
  related: number[],
  bodyStart: number,
  bodyLength: number,
];

/** Checked against the tuple by the compiler: a row of another length is not one this code wrote. */
const articleRowLength: ArticleRow['length'] = 11;

/** A story's links and picture, stored the same way in a body and in a card. */
type LinksAndImage = [
  original: string,
  amp: string | null,
  ampCache: string | null,
  imageUrl: string | null,
  imageWidth: number,
  imageHeight: number,
];

/** An article's body (`ArticleBody`), read only when one of its outputs is made. */
type BodyRow = [title: string, excerpt: string, ...linksAndImage: LinksAndImage, heat: number, published: boolean];

type CardRow = [title: string, provider: number, publishedAt: string | null, ...linksAndImage: LinksAndImage, quality: number];

/** Values that repeat across rows, each stored once: publishers, topics and related cards. */
export interface RowTables {
  providers: Provider[];
  topics: Topic[];
  cards: CardRow[];
}

export interface RowWriter {
  rowOf(path: string, outcome: BuildResult['outcome'], problems: Problem[]): ResultRow;
  tables: RowTables;
}

/**
 * Builds rows and the tables they point into; tables grow as rows are made, so read them last.
 * `placeBody` stores a body's JSON (ASCII: one byte a character) and answers the byte it starts at.
 */
export function createRowWriter(placeBody: (json: string) => number): RowWriter {
  const tables: RowTables = { providers: [], topics: [], cards: [] };
  const providerIndex = indexBy(tables.providers, (provider: Provider) => `${provider.name}\0${provider.domain}\0${provider.logo ?? ''}`);
  const topicIndex = indexBy(tables.topics, (topic: Topic) => `${topic.name}\0${topic.slug}`);
  // Cards repeated across results are one object (see read/shared-cards.ts): identity finds them.
  const cardIndex = indexBy(
    tables.cards,
    (card: RelatedCard) => card,
    (card) => cardRow(card, providerIndex),
  );
  return {
    tables,
    rowOf(path, outcome, problems) {
      if (outcome.kind === 'skipped') return ['skipped', problems, outcome.reason];
      if (outcome.kind === 'invalid') return ['invalid', problems];
      const body = asciiJson(bodyRow(bodyOf(outcome)()));
      // Typed as the skeleton: a fresh draft's body fields are stored by `bodyRow`.
      const skeleton: DraftSkeleton = outcome.article;
      const { id, publishedAt, provider, topics, quality, related, ...unstored } = skeleton;
      everyFieldNamed(unstored);
      const bodyStart = placeBody(body);
      return [
        'article',
        problems,
        outcome.linkKeys,
        id === nameOf(path) ? null : id,
        publishedAt,
        providerIndex(provider),
        topics.map(topicIndex),
        quality,
        related.map(cardIndex),
        bodyStart,
        body.length,
      ];
    },
  };
}

function bodyRow(body: ArticleBody): BodyRow {
  const { title, excerpt, links, image, heat, published, ...unstored } = body;
  everyFieldNamed(unstored);
  return [title, excerpt, ...linksAndImageRow(links, image), heat, published];
}

function cardRow(card: RelatedCard, providerIndex: (provider: Provider) => number): CardRow {
  const { kind: _kind, title, provider, publishedAt, links, image, quality, ...unstored } = card;
  everyFieldNamed(unstored);
  return [title, providerIndex(provider), publishedAt ?? null, ...linksAndImageRow(links, image), quality];
}

function linksAndImageRow(links: ArticleLinks, image: ArticleImage | undefined): LinksAndImage {
  return [links.original, links.amp ?? null, links.ampCache ?? null, image?.url ?? null, image?.width ?? 0, image?.height ?? 0];
}

export interface RowReader {
  /** Undefined for a row that does not add up (written by hand, or torn): the file is then read again. */
  outcomeOf(path: string, row: ResultRow): { outcome: BuildResult['outcome']; problems: Problem[] } | undefined;
}

/**
 * Objects are made with their keys in the order a fresh parse gives them (normalize/normalize-article.ts,
 * normalize/related-items.ts): the JSON written from a stored result is byte for byte the same. `bodies`
 * holds the bytes the writer's `placeBody` stored; an article's body is parsed when first needed.
 */
export function createRowReader(tables: RowTables, bodies: Buffer): RowReader {
  const cards: (RelatedCard | undefined)[] = [];
  const cardAt = (index: number): RelatedCard | undefined => {
    let card = cards[index];
    if (card === undefined) {
      const row = tables.cards[index];
      const provider = row && tables.providers[row[1]];
      if (!row || !provider) return undefined;
      const [title, , publishedAt, original, amp, ampCache, imageUrl, width, height, quality] = row;
      card = {
        kind: 'external',
        title,
        provider,
        ...(publishedAt !== null && { publishedAt }),
        ...linksAndImageOf(original, amp, ampCache, imageUrl, width, height),
        quality,
      };
      cards[index] = card;
    }
    return card;
  };
  return {
    outcomeOf(path, row) {
      if (!Array.isArray(row)) return undefined;
      if (row[0] === 'skipped') return { outcome: { kind: 'skipped', reason: row[2] }, problems: row[1] };
      if (row[0] === 'invalid') return { outcome: { kind: 'invalid' }, problems: row[1] };
      if (row[0] !== 'article' || row.length !== articleRowLength) return undefined;
      const [, problems, linkKeys, id, publishedAt, providerAt, topicsAt, quality, relatedAt, bodyStart, bodyLength] = row;
      const provider = tables.providers[providerAt];
      if (provider === undefined || !(bodyStart >= 0 && bodyLength > 0 && bodyStart + bodyLength <= bodies.length)) return undefined;
      const topics: Topic[] = [];
      for (const index of topicsAt) {
        const topic = tables.topics[index];
        if (topic === undefined) return undefined;
        topics.push(topic);
      }
      const related: RelatedCard[] = [];
      for (const index of relatedAt) {
        const card = cardAt(index);
        if (card === undefined) return undefined;
        related.push(card);
      }
      const article: DraftSkeleton = { id: id ?? nameOf(path), publishedAt, provider, topics, quality, related };
      const body = () => bodyAt(bodies, bodyStart, bodyLength);
      return { outcome: { kind: 'article', linkKeys, article, body }, problems };
    },
  };
}

/**
 * The bodies were checked for their length and their build's id when loaded; a row that still
 * does not parse means the cache was damaged in place, and the build says how to mend it.
 */
function bodyAt(bodies: Buffer, start: number, length: number): ArticleBody {
  let row: BodyRow;
  try {
    row = JSON.parse(bodies.toString('latin1', start, start + length)) as BodyRow;
  } catch {
    throw new Error('newsstand: the stored results in node_modules/.cache/newsstand are damaged: delete that folder and build again');
  }
  const [title, excerpt, original, amp, ampCache, imageUrl, width, height, heat, published] = row;
  return { title, excerpt, ...linksAndImageOf(original, amp, ampCache, imageUrl, width, height), heat, published };
}

/** The objects `linksAndImageRow` stored, keys in the order a fresh parse gives them. */
function linksAndImageOf(...[original, amp, ampCache, imageUrl, width, height]: LinksAndImage): {
  links: ArticleLinks;
  image?: ArticleImage;
} {
  const links = { original, ...(amp !== null && { amp }), ...(ampCache !== null && { ampCache }) };
  return { links, ...(imageUrl !== null && { image: { url: imageUrl, width, height } }) };
}

/** Compiles only when `_rest` is empty: a field added to the model fails here rather than vanish from rebuilds. */
function everyFieldNamed(_rest: Record<string, never>): void {}

/** Appends each distinct value to `list` once and answers its index; `stored` makes what the list holds. */
function indexBy<Value, Key, Stored = Value>(
  list: Stored[],
  keyOf: (value: Value) => Key,
  stored?: (value: Value) => Stored,
): (value: Value) => number {
  const indexOf = new Map<Key, number>();
  return (value) => {
    const key = keyOf(value);
    let index = indexOf.get(key);
    if (index === undefined) {
      index = list.push(stored ? stored(value) : (value as unknown as Stored)) - 1;
      indexOf.set(key, index);
    }
    return index;
  };
}
