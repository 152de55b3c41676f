// Story clusters over the real Smartable election files (CORPUS_DIR), scored against a labelled set of pairs.
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../corpus/build-corpus.ts';
import { canonicalLink, linkKey } from '../normalize/links.ts';
import { fileSlug } from '../normalize/slug.ts';
import { listMarkdownFiles } from '../read/list-files.ts';
import { readFiles } from '../read/read-files.ts';
import type { BuildResult } from '../types.ts';
import labelledPairs from './fixtures/election-labelled-pairs.json' with { type: 'json' };
import { clusterStories, createStoryClusterMemory, type StoryCluster, type StoryClusters } from './story-clusters.ts';

const corpusDir = process.env.CORPUS_DIR ? resolve(process.env.CORPUS_DIR) : undefined;
if (!corpusDir)
  console.warn('CORPUS_DIR is not set: skipping the story clusters over the real corpus (CI sets CORPUS_DIR=../shared/corpus/election)');

interface LabelledPair {
  a: string;
  b: string;
  same: boolean;
  reason: string;
}

describe.skipIf(!corpusDir)('story clusters over the real election files', () => {
  let clusters: StoryClusters;
  let articles: StoryClusters['stories'][number]['articles'];
  const storyOfLink = new Map<string, StoryCluster>();
  const keyOf = (url: string) => linkKey(canonicalLink(url));

  beforeAll(async () => {
    const listing = await listMarkdownFiles([resolve(corpusDir ?? '', '_news')]);
    const results: BuildResult[] = [];
    for await (const result of readFiles(listing.files, { relatedLimit: 20 })) results.push(result);
    const corpus = await buildCorpus(results);
    articles = corpus.articles;
    clusters = clusterStories(corpus.articles, (article) => article.body());
    for (const result of results) {
      if (result.outcome.kind !== 'article') continue;
      const story = clusters.storyOf.get(fileSlug(result.path));
      if (story) for (const key of result.outcome.linkKeys) storyOfLink.set(key, story);
    }
    for (const story of clusters.stories) for (const card of story.outside) storyOfLink.set(keyOf(card.links.original), story);
  });

  it('puts every article in exactly one story', () => {
    const ids = clusters.stories.flatMap((story) => story.articles.map((article) => article.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(clusters.storyOf.size);
  });

  it('reaches 95% precision over the labelled pairs, then 80% recall', () => {
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    const mistakes: string[] = [];
    for (const pair of labelledPairs as LabelledPair[]) {
      const storyA = storyOfLink.get(keyOf(pair.a));
      const storyB = storyOfLink.get(keyOf(pair.b));
      const together = storyA !== undefined && storyA === storyB;
      if (together && pair.same) truePositives += 1;
      else if (together) {
        falsePositives += 1;
        mistakes.push(`merged, but ${pair.reason}: ${pair.a} / ${pair.b}`);
      } else if (pair.same) falseNegatives += 1;
    }
    const precision = truePositives / (truePositives + falsePositives);
    const recall = truePositives / (truePositives + falseNegatives);
    console.info(
      `labelled pairs: precision ${(precision * 100).toFixed(1)}%, recall ${(recall * 100).toFixed(1)}% (${truePositives} right merges, ${falsePositives} wrong, ${falseNegatives} missed)`,
    );
    expect(mistakes).toEqual([]);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.8);
  });

  it('tells the Pence QAnon fundraiser story once, with every outlet', () => {
    const story = storyOfLink.get(
      keyOf(
        'https://www.washingtonpost.com/politics/pence-drops-plan-to-go-to-fundraiser-hosted-by-qanon-backers/2020/09/12/6acaeb20-f514-11ea-8025-5d3489768ac8_story.html',
      ),
    );
    expect(story?.articles.length).toBe(2);
    expect((story?.articles.length ?? 0) + (story?.outside.length ?? 0)).toBeGreaterThanOrEqual(6);
  });

  it('keeps "Pence to speak in Janesville" apart from the fundraiser he dropped', () => {
    const janesville = clusters.stories.find((story) => story.articles.some((article) => /janesville/i.test(article.body().title)));
    expect(janesville).toBeDefined();
    expect(janesville?.articles.some((article) => /qanon/i.test(article.body().title))).toBe(false);
    expect(janesville?.outside.some((card) => /qanon/i.test(card.title))).toBe(false);
  });

  it('clusters again after edits, a removal and an undo exactly as it clusters from scratch', () => {
    const memory = createStoryClusterMemory();
    const titles = new Map<string, string>();
    const shownOf = (article: (typeof articles)[number]) => ({ ...article.body(), title: titles.get(article.id) ?? article.body().title });
    /** A story as ids: its id, its articles in order, its outside versions' links. */
    const shape = (result: StoryClusters) =>
      result.stories.map(
        (story) =>
          `${story.id}: ${story.articles.map((article) => article.id).join(' ')} | ${story.outside.map((card) => card.links.original).join(' ')}`,
      );
    const pence = clusters.stories.find((story) => story.articles.length > 1)!;
    const moved = pence.articles[1]!;
    const rounds: { articles: typeof articles; edit: () => void }[] = [
      { articles, edit: () => undefined },
      { articles, edit: () => titles.set(moved.id, 'Janesville crowd waits in the rain for the rally') },
      { articles: articles.filter((article) => article !== pence.articles[0]), edit: () => undefined },
      { articles, edit: () => titles.clear() },
    ];
    for (const round of rounds) {
      round.edit();
      const fromMemory = clusterStories(round.articles, shownOf, memory);
      expect(shape(fromMemory)).toEqual(shape(clusterStories(round.articles, shownOf)));
    }
    expect(memory.items.lastRound().kind).toBe('touched');
  });
});
