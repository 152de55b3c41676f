// What a feed card, a detail file and a related panel show of an article, and nothing more.
import type { ArticleDetail, ArticleLinks, Card, RelatedCard, ResolvedRelatedStory } from '../../src/model/index.ts';
import type { StoryCluster } from '../cluster/story-clusters.ts';
import type { ArticleBody, CorpusStory, DraftSkeleton } from '../types.ts';

export function cardOf(story: CorpusStory): Card {
  return cardWithBody(story, story.related.length, story.body());
}

/** What a card shows of a story's skeleton. */
type CardSkeleton = Pick<Card, 'id' | 'publishedAt' | 'provider' | 'topics'>;

/** A card, its keys in the order the app's fixtures and the byte-for-byte tests expect. */
function cardWithBody({ id, publishedAt, provider, topics }: CardSkeleton, relatedCount: number, body: ArticleBody): Card {
  const { title, excerpt, links, image } = body;
  return { id, title, excerpt, publishedAt, links: cardLinks(links), provider, topics, ...(image && { image }), relatedCount };
}

/** `storyOf` (article id -> its story) keeps a story's other versions out of its related panel, and shows each other story once. */
export function detailOf(
  story: CorpusStory,
  byId: ReadonlyMap<string, CorpusStory>,
  storyOf?: ReadonlyMap<string, StoryCluster>,
): ArticleDetail {
  return wholeArticle({ ...story, related: resolvedRelated([story], byId, storyOf) }, story.body());
}

/**
 * A skeleton and its body as one article, keys in the order a fresh parse gives them
 * (normalize/normalize-article.ts): the same story is always the same bytes, whichever way it was read.
 */
export function wholeArticle<Related>(skeleton: Omit<DraftSkeleton, 'related'> & { related: Related }, body: ArticleBody) {
  const { id, publishedAt, provider, topics, quality, related } = skeleton;
  const { title, excerpt, links, image, heat, published } = body;
  return { id, title, excerpt, publishedAt, links, provider, topics, ...(image && { image }), quality, heat, published, related };
}

/** A card offers one AMP link: the publisher's own when there is one (the cache copy stays in the detail file). */
export function cardLinks({ original, amp, ampCache }: ArticleLinks): ArticleLinks {
  if (amp !== undefined) return { original, amp };
  return ampCache !== undefined ? { original, ampCache } : { original };
}

/**
 * The related list of one article, or of a story's articles together: references become small
 * cards of the article they point at. With `storyOf`, versions of the listing story are left out
 * (its coverage page shows them) and another story several outlets told appears once.
 */
export function resolvedRelated(
  listing: readonly CorpusStory[],
  byId: ReadonlyMap<string, CorpusStory>,
  storyOf?: ReadonlyMap<string, StoryCluster>,
): ResolvedRelatedStory[] {
  const own = storyOf?.get(listing[0]?.id ?? '');
  const ownOutside = new Set(own?.outside);
  const shownStories = new Set<StoryCluster | undefined>(own ? [own] : []);
  const shownIds = new Set(listing.map((article) => article.id));
  const shownCards = new Set<RelatedCard>();
  const stories: ResolvedRelatedStory[] = [];
  for (const article of listing) {
    for (const related of article.related) {
      if (related.kind === 'external') {
        if (ownOutside.has(related) || shownCards.has(related)) continue;
        shownCards.add(related);
        stories.push(related);
        continue;
      }
      const target = byId.get(related.id);
      if (!target || shownIds.has(target.id)) continue;
      shownIds.add(target.id);
      if (storyOf) {
        const targetStory = storyOf.get(target.id);
        if (shownStories.has(targetStory)) continue;
        shownStories.add(targetStory);
      }
      stories.push(relatedStoryWithBody({ ...target, quality: related.quality }, target.body()));
    }
  }
  return stories;
}

/** What a related panel shows of a corpus story's skeleton, with the quality the listing gave it. */
type RelatedSkeleton = Pick<Extract<ResolvedRelatedStory, { kind: 'article' }>, 'id' | 'provider' | 'publishedAt' | 'quality'>;

/** A related panel's entry for a corpus story. */
function relatedStoryWithBody({ id, provider, publishedAt, quality }: RelatedSkeleton, body: ArticleBody): ResolvedRelatedStory {
  const { title, links, image } = body;
  return { kind: 'article', id, title, provider, publishedAt, links, ...(image && { image }), quality };
}
