import { describe, expect, it } from 'vitest';
import type { RelatedCard } from '../../src/model/index.ts';
import type { StoryCluster } from '../cluster/story-clusters.ts';
import type { CorpusStory } from '../types.ts';
import { topStories } from './top-stories.ts';

const latest = '2026-11-24T12:00:00.000Z';

function article(id: string, publishedAt: string, heat: number): CorpusStory {
  return {
    id,
    publishedAt,
    provider: { name: id, domain: `${id}.example` },
    topics: [],
    quality: 50,
    related: [],
    body: () => ({ title: id, excerpt: '', links: { original: `https://${id}.example/` }, heat, published: true }),
  };
}

function story(lead: CorpusStory, others: CorpusStory[] = [], outside = 0): StoryCluster {
  return { id: lead.id, articles: [lead, ...others], outside: Array.from({ length: outside }, () => ({}) as RelatedCard) };
}

const rank = (stories: StoryCluster[], rule = { minimumSources: 1, minimumHeat: -Infinity, days: 7 }) =>
  topStories(stories, (item) => item.body().heat, latest, rule).map((lead) => lead.id);

describe('topStories', () => {
  it('ranks by how many outlets told a story, then heat, then the newest', () => {
    const stories = [
      story(article('quiet', '2026-11-24T10:00:00.000Z', 5)),
      story(article('hot', '2026-11-23T10:00:00.000Z', 90)),
      story(article('told-by-three', '2026-11-20T10:00:00.000Z', 10), [], 2),
      story(article('newer-hot', '2026-11-24T09:00:00.000Z', 90)),
    ];
    expect(rank(stories)).toEqual(['told-by-three', 'newer-hot', 'hot', 'quiet']);
  });

  it('counts the days back from the newest story, not from the clock', () => {
    const stories = [
      story(article('this-week', '2026-11-20T10:00:00.000Z', 1)),
      story(article('last-month', '2026-10-20T10:00:00.000Z', 99)),
    ];
    expect(rank(stories)).toEqual(['this-week']);
  });

  it('leaves out stories with too few outlets or too little heat, as the options say', () => {
    const stories = [
      story(article('single', '2026-11-24T10:00:00.000Z', 80)),
      story(article('pair', '2026-11-24T10:00:00.000Z', 20), [article('pair-other', '2026-11-24T11:00:00.000Z', 70)]),
      story(article('cold-pair', '2026-11-24T10:00:00.000Z', -1), [], 1),
    ];
    expect(rank(stories, { minimumSources: 2, minimumHeat: 50, days: 7 })).toEqual(['pair']);
  });

  it('has no top stories on an empty site', () => {
    expect(topStories([], () => 0, null, { minimumSources: 1, minimumHeat: -Infinity, days: 7 })).toEqual([]);
  });
});
