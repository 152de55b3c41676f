// What a feed card, a detail file and a related panel show of an article, and nothing more.
import type { ArticleDetail, ArticleLinks, Card, ResolvedRelatedStory } from '../src/model/index.ts';
import type { CorpusStory } from './types.ts';

export function cardOf(story: CorpusStory): Card {
  const { id, publishedAt, provider, topics } = story;
  const { title, excerpt, links, image } = story.body();
  return { id, title, excerpt, publishedAt, links: cardLinks(links), provider, topics, ...(image && { image }), relatedCount: story.related.length };
}

/** Keys in the order a fresh parse gives an article (normalize.ts): the same story is always the same bytes. */
export function detailOf(story: CorpusStory, byId: ReadonlyMap<string, CorpusStory>): ArticleDetail {
  const { id, publishedAt, provider, topics, quality } = story;
  const { title, excerpt, links, image, heat, published } = story.body();
  return { id, title, excerpt, publishedAt, links, provider, topics, ...(image && { image }), quality, heat, published, related: resolvedRelated(story, byId) };
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
