// Stories several outlets told -> their cards' coverage line and their coverage files (`newsstand/story/`).
import type { Card, Coverage, Provider, StoryDetail, StoryVersion } from '../../src/model/index.ts';
import type { StoryCluster } from '../cluster/story-clusters.ts';
import type { CorpusStory } from '../types.ts';
import { cardLinks, resolvedRelated } from './cards.ts';

/** Logos a card stacks beside its own: more would not fit a phone's card. */
const stackedProviders = 4;

/** A coverage page lists this many related stories at most, as an article page does. */
const relatedShown = 20;

export function sourceCountOf(story: StoryCluster): number {
  return story.articles.length + story.outside.length;
}

/** The coverage line of a story's card, or undefined for a story one outlet told. */
export function coverageOf(story: StoryCluster): Coverage | undefined {
  const sourceCount = sourceCountOf(story);
  if (sourceCount < 2) return undefined;
  const [lead, ...others] = story.articles;
  const seen = new Set([lead?.provider.domain]);
  const providers: Provider[] = [];
  for (const provider of [...others.map((article) => article.provider), ...story.outside.map((card) => card.provider)]) {
    if (providers.length === stackedProviders) break;
    if (seen.has(provider.domain)) continue;
    seen.add(provider.domain);
    providers.push(provider);
  }
  return { storyId: story.id, sourceCount, providers };
}

/**
 * Every version newest first (undated outside versions last), then the related stories that are not
 * versions. `cardFor` gives an article's own card, `feedCardFor` the card the feeds show (with its coverage).
 */
export function storyDetailOf(
  story: StoryCluster,
  cardFor: (article: CorpusStory) => Card,
  feedCardFor: (article: CorpusStory) => Card,
  byId: ReadonlyMap<string, CorpusStory>,
  storyOf: ReadonlyMap<string, StoryCluster>,
): StoryDetail {
  const versions: StoryVersion[] = [
    ...story.articles.map((article): StoryVersion => {
      const { id, title, excerpt, publishedAt, provider, links } = cardFor(article);
      return { id, title, excerpt, publishedAt, provider, links };
    }),
    ...story.outside.map(({ title, publishedAt, provider, links }): StoryVersion => ({
      title,
      ...(publishedAt && { publishedAt }),
      provider,
      links: cardLinks(links),
    })),
  ].sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') || a.title.localeCompare(b.title));
  const lead = story.articles[0]!;
  return {
    id: story.id,
    title: cardFor(lead).title,
    card: feedCardFor(lead),
    versions,
    related: resolvedRelated(story.articles, byId, storyOf).slice(0, relatedShown),
  };
}
