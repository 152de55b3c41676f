// What a feed card, a detail file and a related panel show of an article, and nothing more.
import type { ArticleDetail, ArticleLinks, Card, ResolvedRelatedStory } from '../../src/model/index.ts';
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

export function detailOf(story: CorpusStory, byId: ReadonlyMap<string, CorpusStory>): ArticleDetail {
  return wholeArticle({ ...story, related: resolvedRelated(story, byId) }, story.body());
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
function cardLinks({ original, amp, ampCache }: ArticleLinks): ArticleLinks {
  if (amp !== undefined) return { original, amp };
  return ampCache !== undefined ? { original, ampCache } : { original };
}

/** The detail file's related list: references become small cards of the article they point at. */
function resolvedRelated(story: CorpusStory, byId: ReadonlyMap<string, CorpusStory>): ResolvedRelatedStory[] {
  const stories: ResolvedRelatedStory[] = [];
  for (const related of story.related) {
    if (related.kind === 'external') {
      stories.push(related);
      continue;
    }
    const target = byId.get(related.id);
    if (target) stories.push(relatedStoryWithBody({ ...target, quality: related.quality }, target.body()));
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
