// The corpus -> its stories: each article with the other outlets' versions of the same event.
import type { RelatedCard } from '../../src/model/index.ts';
import { canonicalLink, linkKey } from '../normalize/links.ts';
import type { CorpusStory } from '../types.ts';
import { clusterItems, type ClusterItem } from './cluster-items.ts';
import { createClusterMemory, type ClusterMemory } from './cluster-memory.ts';
import type { ClusterRule } from './cluster-rule.ts';
import { createRoundMemo, type RoundMemo } from './round-memo.ts';
import { titleWords } from './title-words.ts';

/** One story as the reader sees it: one card in the feed, every version on its coverage page. */
export interface StoryCluster {
  /**
   * The id of its earliest article (ties: the smaller id). An outlet that joins later does not
   * change it, so a shared link to the story keeps working.
   */
  id: string;
  /** Its articles in the corpus, the best version first (highest quality, then with an image, then earliest), the rest newest first. */
  articles: CorpusStory[];
  /** Versions from other outlets that only the related lists name, newest first. */
  outside: RelatedCard[];
}

export interface StoryClusters {
  /** Every article is in exactly one story. In the order of the articles given, by each story's first article. */
  stories: StoryCluster[];
  storyOf: ReadonlyMap<string, StoryCluster>;
  candidatePairs: number;
}

/** What clustering reads of an article's body: body fields are read where the body is (a card). */
export interface ShownVersion {
  title: string;
  image?: unknown;
}

/**
 * What the dev server keeps from one update's clustering to the next (`cluster-memory.ts`): the
 * judged pairs and groups, each title's words and each outside link's key. A build from the
 * command line clusters once and needs none of it.
 */
export interface StoryClusterMemory {
  items: ClusterMemory;
  titleWords: RoundMemo<string[]>;
  linkKeys: RoundMemo<string>;
}

/** An outside story is one item a canonical link: the key its link is known by. */
const outsideLinkKey = (link: string): string => linkKey(canonicalLink(link));

export function createStoryClusterMemory(rule?: ClusterRule): StoryClusterMemory {
  return {
    items: createClusterMemory(rule),
    titleWords: createRoundMemo(titleWords),
    linkKeys: createRoundMemo(outsideLinkKey),
  };
}

/**
 * `shownOf` gives an article's title and image. Outside stories are
 * items too: most versions of a story in Smartable data are only in related lists.
 */
export function clusterStories(
  articles: readonly CorpusStory[],
  shownOf: (article: CorpusStory) => ShownVersion,
  memory?: StoryClusterMemory,
): StoryClusters {
  const wordsOf = memory ? (title: string) => memory.titleWords.get(title) : titleWords;
  const keyOf = memory ? (link: string) => memory.linkKeys.get(link) : outsideLinkKey;
  const items: ClusterItem[] = [];
  const outsideCards: (RelatedCard | undefined)[] = [];
  const indexOfArticle = new Map<string, number>();
  for (const article of articles) {
    indexOfArticle.set(article.id, items.length);
    items.push({
      time: Date.parse(article.publishedAt),
      words: wordsOf(shownOf(article).title),
      topics: article.topics.map((topic) => topic.slug),
      quality: article.quality,
      lists: [],
      key: `article:${article.id}`,
    });
    outsideCards.push(undefined);
  }
  // Related lists share one card object for one story (read/shared-cards.ts), and one link is one item.
  const indexOfCard = new Map<RelatedCard, number>();
  const indexOfLink = new Map<string, number>();
  const outsideIndex = (card: RelatedCard): number | undefined => {
    const known = indexOfCard.get(card);
    if (known !== undefined) return known;
    if (card.publishedAt === undefined) return undefined;
    const key = keyOf(card.links.original);
    let index = indexOfLink.get(key);
    if (index === undefined) {
      index = items.length;
      indexOfLink.set(key, index);
      items.push({
        time: Date.parse(card.publishedAt),
        words: wordsOf(card.title),
        topics: [],
        quality: card.quality,
        lists: [],
        key: `link:${key}`,
      });
      outsideCards.push(card);
    }
    indexOfCard.set(card, index);
    return index;
  };
  articles.forEach((article, articleIndex) => {
    const lists: number[] = [];
    for (const related of article.related) {
      const index = related.kind === 'article' ? indexOfArticle.get(related.id) : outsideIndex(related);
      if (index !== undefined) lists.push(index);
    }
    items[articleIndex] = { ...items[articleIndex]!, lists };
  });

  const { groups, candidatePairs } = memory ? memory.items.cluster(items) : clusterItems(items);
  memory?.titleWords.endRound();
  memory?.linkKeys.endRound();
  const stories: StoryCluster[] = [];
  const storyOf = new Map<string, StoryCluster>();
  const firstArticleOf = new Map<StoryCluster, number>();
  for (const group of groups) {
    const members = group.filter((index) => index < articles.length).map((index) => articles[index]!);
    if (members.length === 0) continue;
    const outside = group
      .filter((index) => index >= articles.length)
      .map((index) => outsideCards[index]!)
      .sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''));
    const story: StoryCluster = { id: earliestId(members), articles: bestFirst(members, shownOf), outside };
    stories.push(story);
    firstArticleOf.set(story, Math.min(...group));
    for (const member of members) storyOf.set(member.id, story);
  }
  stories.sort((a, b) => firstArticleOf.get(a)! - firstArticleOf.get(b)!);
  return { stories, storyOf, candidatePairs };
}

function earliestId(members: readonly CorpusStory[]): string {
  let earliest = members[0]!;
  for (const member of members) {
    if (member.publishedAt < earliest.publishedAt || (member.publishedAt === earliest.publishedAt && member.id < earliest.id))
      earliest = member;
  }
  return earliest.id;
}

function bestFirst(members: CorpusStory[], shownOf: (article: CorpusStory) => ShownVersion): CorpusStory[] {
  if (members.length === 1) return members;
  const hasImage = (article: CorpusStory) => (shownOf(article).image ? 1 : 0);
  const [best] = [...members].sort(
    (a, b) =>
      b.quality - a.quality ||
      hasImage(b) - hasImage(a) ||
      (a.publishedAt < b.publishedAt ? -1 : a.publishedAt > b.publishedAt ? 1 : 0) ||
      (a.id < b.id ? -1 : 1),
  );
  const rest = members
    .filter((member) => member !== best)
    .sort((a, b) => (b.publishedAt < a.publishedAt ? -1 : b.publishedAt > a.publishedAt ? 1 : 0) || (a.id < b.id ? -1 : 1));
  return [best!, ...rest];
}
