import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from './build-corpus.ts';
import type { FileResult } from '../types.ts';

interface Story {
  quality: number;
  day: number;
  keys: string[];
}

function resultOf(story: Story, index: number): FileResult {
  const path = `/content/${String(index).padStart(3, '0')}.md`;
  const publishedAt = `2026-10-${String(story.day).padStart(2, '0')}T00:00:00.000Z`;
  const article = {
    id: `story-${index}`,
    title: `Story ${index}`,
    excerpt: '',
    publishedAt,
    links: { original: `https://news.example/${index}` },
    provider: { name: 'News', domain: 'news.example' },
    topics: [],
    quality: story.quality,
    heat: 0,
    published: true,
    related: [],
  };
  return { path, outcome: { kind: 'article', article, linkKeys: story.keys }, problems: [] };
}

/** The rule as first written: every file ranked, the best first, each taking the links no better file took. */
function rankingEveryFile(results: FileResult[]): { kept: string[]; duplicates: [string, string][] } {
  const drafts = results.flatMap((result) => (result.outcome.kind === 'article' ? [{ path: result.path, ...result.outcome }] : []));
  const ranked = [...drafts].sort(
    (a, b) => b.article.quality - a.article.quality || b.article.publishedAt.localeCompare(a.article.publishedAt),
  );
  const owners = new Map<string, string>();
  const kept = new Set<string>();
  const duplicates: [string, string][] = [];
  for (const draft of ranked) {
    const owner = draft.linkKeys.map((key) => owners.get(key)).find((found) => found !== undefined);
    if (owner) duplicates.push([draft.path, owner]);
    else {
      kept.add(draft.path);
      for (const key of draft.linkKeys) owners.set(key, draft.path);
    }
  }
  return { kept: drafts.map((draft) => draft.path).filter((path) => kept.has(path)), duplicates };
}

const story = fc.record({
  quality: fc.integer({ min: 0, max: 3 }),
  day: fc.integer({ min: 1, max: 3 }),
  keys: fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'), { minLength: 1, maxLength: 3 }),
});

describe('duplicate stories', () => {
  it('are the ones ranking every file would drop, though only files that share a link are ranked', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(story, { maxLength: 12 }), async (stories) => {
        const results = stories.map(resultOf);
        const corpus = await buildCorpus(results);
        const expected = rankingEveryFile(results);
        const idOf = new Map(results.map((result) => [result.path, result.outcome.kind === 'article' ? result.outcome.article.id : '']));
        expect(corpus.articles.map((article) => article.id)).toEqual(expected.kept.map((path) => idOf.get(path)));
        expect(corpus.problems.map((problem) => [problem.path, problem.message])).toEqual(
          expected.duplicates.map(([path, owner]) => [path, `duplicate of ${owner} (same link): kept that one (higher quality or newer)`]),
        );
      }),
      { numRuns: 300 },
    );
  });
});
