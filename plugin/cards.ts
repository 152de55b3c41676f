// What a feed card, a detail file and a related panel show of an article, and nothing more.
import type { ArticleDetail, ArticleLinks, Card, ResolvedRelatedStory } from '../src/model/index.ts';
import type { ArticleBody, CorpusStory, DraftSkeleton } from './types.ts';

export function cardOf(story: CorpusStory): Card {
  const { id, publishedAt, provider, topics } = story;
  const { title, excerpt, links, image } = story.body();
  return { id, title, excerpt, publishedAt, links: cardLinks(links), provider, topics, ...(image && { image }), relatedCount: story.related.length };
}

export function detailOf(story: CorpusStory, byId: ReadonlyMap<string, CorpusStory>): ArticleDetail {
  return wholeArticle({ ...story, related: resolvedRelated(story, byId) }, story.body());
}

/**
 * A skeleton and its body as one article, keys in the order a fresh parse gives them
 * (normalize.ts): the same story is always the same bytes, whichever way it was read.
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
    if (!target) continue;
    const { provider, publishedAt } = target;
    const { title, links, image } = target.body();
    stories.push({ kind: 'article', id: related.id, title, provider, publishedAt, links, ...(image && { image }), quality: related.quality });
  }
  return stories;
}
