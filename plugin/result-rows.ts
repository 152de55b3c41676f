// A FileResult as a flat row of values with shared tables, for the stored results a rebuild reads.
// V8 parses JSON arrays about twice as fast as the same data as objects: at 14,000 files the
// stored results took 0.35 s to read and parse as objects, 0.25 s as rows.
import type { Provider, RelatedCard, Topic } from '../src/model/index.ts';
import type { ArticleDraft, FileOutcome, Problem, SkipReason } from './types.ts';

/** What a file's result is stored as: an article, a skipped file (with its reason) or an invalid one. */
export type ResultRow = ArticleRow | ['skipped', Problem[], SkipReason] | ['invalid', Problem[]];

type ArticleRow = [
  kind: 'article',
  problems: Problem[],
  linkKeys: string[],
  id: string,
  title: string,
  excerpt: string,
  publishedAt: string,
  original: string,
  amp: string | null,
  ampCache: string | null,
  provider: number,
  topics: number[],
  imageUrl: string | null,
  imageWidth: number,
  imageHeight: number,
  quality: number,
  heat: number,
  published: boolean,
  related: number[],
];

/** Checked against the tuple by the compiler: a row of another length is not one this code wrote. */
const articleRowLength: ArticleRow['length'] = 19;

type CardRow = [
  title: string,
  provider: number,
  publishedAt: string | null,
  original: string,
  amp: string | null,
  ampCache: string | null,
  imageUrl: string | null,
  imageWidth: number,
  imageHeight: number,
  quality: number,
];

/** Values that repeat across rows, each stored once: publishers, topics and related cards. */
export interface RowTables {
  providers: Provider[];
  topics: Topic[];
  cards: CardRow[];
}

export interface RowWriter {
  rowOf(outcome: FileOutcome, problems: Problem[]): ResultRow;
  tables: RowTables;
}

/** Builds rows and the tables they point into; tables grow as rows are made, so read them last. */
export function createRowWriter(): RowWriter {
  const tables: RowTables = { providers: [], topics: [], cards: [] };
  const providerIndex = indexBy(tables.providers, (provider: Provider) => `${provider.name}\0${provider.domain}\0${provider.logo ?? ''}`);
  const topicIndex = indexBy(tables.topics, (topic: Topic) => `${topic.name}\0${topic.slug}`);
  // Cards repeated across results are one object (see worker-shared-cards.ts): identity finds them.
  const cardIndex = indexBy(tables.cards, (card: RelatedCard) => card, (card) => cardRow(card, providerIndex));
  return {
    tables,
    rowOf(outcome, problems) {
      if (outcome.kind === 'skipped') return ['skipped', problems, outcome.reason];
      if (outcome.kind === 'invalid') return ['invalid', problems];
      return articleRow(outcome.article, outcome.linkKeys, problems, providerIndex, topicIndex, cardIndex);
    },
  };
}

function articleRow(
  article: ArticleDraft,
  linkKeys: string[],
  problems: Problem[],
  providerIndex: (provider: Provider) => number,
  topicIndex: (topic: Topic) => number,
  cardIndex: (card: RelatedCard) => number,
): ArticleRow {
  const { id, title, excerpt, publishedAt, links, provider, topics, image, quality, heat, published, related, ...unstored } = article;
  everyFieldNamed(unstored);
  return [
    'article',
    problems,
    linkKeys,
    id,
    title,
    excerpt,
    publishedAt,
    links.original,
    links.amp ?? null,
    links.ampCache ?? null,
    providerIndex(provider),
    topics.map(topicIndex),
    image?.url ?? null,
    image?.width ?? 0,
    image?.height ?? 0,
    quality,
    heat,
    published,
    related.map(cardIndex),
  ];
}

function cardRow(card: RelatedCard, providerIndex: (provider: Provider) => number): CardRow {
  const { kind, title, provider, publishedAt, links, image, quality, ...unstored } = card;
  everyFieldNamed(unstored);
  return [
    title,
    providerIndex(provider),
    publishedAt ?? null,
    links.original,
    links.amp ?? null,
    links.ampCache ?? null,
    image?.url ?? null,
    image?.width ?? 0,
    image?.height ?? 0,
    quality,
  ];
}

export interface RowReader {
  /** Undefined for a row that does not add up (written by hand, or torn): the file is then read again. */
  outcomeOf(row: ResultRow): { outcome: FileOutcome; problems: Problem[] } | undefined;
}

/**
 * Objects are made with their keys in the order a fresh parse gives them (normalize.ts,
 * related-cards.ts): the JSON written from a stored result is byte for byte the same.
 */
export function createRowReader(tables: RowTables): RowReader {
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
        links: linksOf(original, amp, ampCache),
        ...(imageUrl !== null && { image: { url: imageUrl, width, height } }),
        quality,
      };
      cards[index] = card;
    }
    return card;
  };
  return {
    outcomeOf(row) {
      if (!Array.isArray(row)) return undefined;
      if (row[0] === 'skipped') return { outcome: { kind: 'skipped', reason: row[2] }, problems: row[1] };
      if (row[0] === 'invalid') return { outcome: { kind: 'invalid' }, problems: row[1] };
      if (row[0] !== 'article' || row.length !== articleRowLength) return undefined;
      const [, problems, linkKeys, id, title, excerpt, publishedAt, original, amp, ampCache, providerAt, topicsAt, imageUrl, width, height, quality, heat, published, relatedAt] = row;
      const provider = tables.providers[providerAt];
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
      if (provider === undefined) return undefined;
      const article: ArticleDraft = {
        id,
        title,
        excerpt,
        publishedAt,
        links: linksOf(original, amp, ampCache),
        provider,
        topics,
        ...(imageUrl !== null && { image: { url: imageUrl, width, height } }),
        quality,
        heat,
        published,
        related,
      };
      return { outcome: { kind: 'article', linkKeys, article }, problems };
    },
  };
}

function linksOf(original: string, amp: string | null, ampCache: string | null) {
  return { original, ...(amp !== null && { amp }), ...(ampCache !== null && { ampCache }) };
}

/** Compiles only when `_rest` is empty: a field added to the model fails here rather than vanish from rebuilds. */
function everyFieldNamed(_rest: Record<string, never>): void {}

/** Appends each distinct value to `list` once and answers its index; `stored` makes what the list holds. */
function indexBy<Value, Key, Stored = Value>(list: Stored[], keyOf: (value: Value) => Key, stored?: (value: Value) => Stored): (value: Value) => number {
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
