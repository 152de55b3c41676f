// What a feed card and a related panel show of an article, and nothing more.
import type { ArticleLinks, Card, ResolvedRelatedStory } from '../src/model/index.ts';
import type { CorpusArticle } from './types.ts';

export function cardOf(article: CorpusArticle): Card {
  const { id, title, excerpt, publishedAt, provider, topics, image } = article;
  return { id, title, excerpt, publishedAt, links: cardLinks(article.links), provider, topics, ...(image && { image }), relatedCount: article.related.length };
}

/** A card offers one AMP link: the publisher's own when there is one (the cache copy stays in the detail file). */
function cardLinks({ original, amp, ampCache }: ArticleLinks): ArticleLinks {
  if (amp !== undefined) return { original, amp };
  return ampCache !== undefined ? { original, ampCache } : { original };
}

/** The detail file's related list: references become small cards of the article they point at. */
export function resolvedRelated(article: CorpusArticle, byId: ReadonlyMap<string, CorpusArticle>): ResolvedRelatedStory[] {
  const stories: ResolvedRelatedStory[] = [];
  for (const story of article.related) {
    if (story.kind === 'external') {
      stories.push(story);
      continue;
    }
    const target = byId.get(story.id);
    if (!target) continue;
    const { title, provider, publishedAt, links, image } = target;
    stories.push({ kind: 'article', id: story.id, title, provider, publishedAt, links, ...(image && { image }), quality: story.quality });
  }
  return stories;
}
