// The stories the "Top stories" view shows: told by the most outlets, then the hottest, then the newest, in a recent window.
import type { StoryCluster } from '../cluster/story-clusters.ts';
import type { CorpusStory } from '../types.ts';
import { sourceCountOf } from './story-files.ts';

export interface TopStoriesRule {
  minimumSources: number;
  minimumHeat: number;
  days: number;
}

/** The view holds this many at most: it is a front page, not an archive. */
export const topStoriesShown = 60;

const day = 24 * 60 * 60 * 1000;

interface Ranked {
  lead: CorpusStory;
  sources: number;
  heat: number;
  newest: string;
}

/**
 * Each story's lead (its best version), ranked. `heatOf` reads an article's heat (a body field);
 * `latest` is the newest publication the site shows (ISO-8601), where the window ends.
 */
export function topStories(
  stories: readonly StoryCluster[],
  heatOf: (article: CorpusStory) => number,
  latest: string | null,
  rule: TopStoriesRule,
): CorpusStory[] {
  if (latest === null) return [];
  const since = new Date(Date.parse(latest) - rule.days * day).toISOString();
  const ranked: Ranked[] = [];
  for (const story of stories) {
    const lead = story.articles[0];
    if (!lead) continue;
    const newest = story.articles.reduce((found, article) => (article.publishedAt > found ? article.publishedAt : found), lead.publishedAt);
    if (newest < since || newest > latest) continue;
    const sources = sourceCountOf(story);
    const heat = Math.max(...story.articles.map(heatOf));
    if (sources < rule.minimumSources || heat < rule.minimumHeat) continue;
    ranked.push({ lead, sources, heat, newest });
  }
  ranked.sort(
    (a, b) =>
      b.sources - a.sources ||
      b.heat - a.heat ||
      (a.newest < b.newest ? 1 : a.newest > b.newest ? -1 : 0) ||
      (a.lead.id < b.lead.id ? -1 : 1),
  );
  return ranked.slice(0, topStoriesShown).map((entry) => entry.lead);
}
