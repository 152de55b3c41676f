import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RelatedCard } from '../../src/model/index.ts';
import { wholeResult } from '../fixtures/whole-result.ts';
import { loadStampedResults } from './stamped-results.ts';
import type { ArticleDraft, FileResult, FileStamp } from '../types.ts';

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'newsstand-stamped-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const salt = 'code-version-1';
const stamp: FileStamp = { size: 4096, mtimeMs: Date.now() - 60_000, ino: 42 };

const sharedCard: RelatedCard = {
  kind: 'external',
  title: 'Élection : le conseil vote le budget',
  provider: { name: 'Gazette du Port', domain: 'gazette-du-port.example', logo: 'https://gazette-du-port.example/logo.svg' },
  publishedAt: '2026-10-02T08:00:00.000Z',
  links: {
    original: 'https://gazette-du-port.example/budget',
    amp: 'https://amp.gazette-du-port.example/budget',
    ampCache: 'https://cdn.example/c/budget',
  },
  image: { url: 'https://gazette-du-port.example/budget.jpg', width: 1200, height: 630 },
  quality: 88,
};

/** Every optional field set, text past ASCII, a card two files share. */
const fullArticle: FileResult = {
  path: '/content/2026-10-03-harbour-vote.md',
  sourceKey: 'a'.repeat(40),
  outcome: {
    kind: 'article',
    linkKeys: ['harbour-news.example/vote', 'harbour-news.example/web/vote'],
    article: {
      id: '2026-10-03-harbour-vote',
      title: 'Harbour council votes — “yes” to the ferry 🚢',
      excerpt: 'Naïve café owners cheered.',
      publishedAt: '2026-10-03T09:30:00.000Z',
      links: {
        original: 'https://harbour-news.example/vote',
        amp: 'https://amp.harbour-news.example/vote',
        ampCache: 'https://cdn.example/c/vote',
      },
      provider: { name: 'Harbour News', domain: 'harbour-news.example', logo: '/logos/harbour-news.svg' },
      topics: [
        { name: 'Harbour', slug: 'harbour' },
        { name: 'Élections', slug: 'elections' },
      ],
      image: { url: 'https://harbour-news.example/vote.jpg', width: 1280, height: 720 },
      quality: 120,
      heat: 37,
      published: false,
      related: [
        sharedCard,
        {
          kind: 'external',
          title: 'Bare',
          provider: { name: 'Bare', domain: 'bare.example' },
          links: { original: 'https://bare.example/1' },
          quality: 0,
        },
      ],
    },
  },
  problems: [{ path: '/content/2026-10-03-harbour-vote.md', line: 4, message: 'dropped images[0]: no width', severity: 'warning' }],
};

/** No optional field set. */
const bareDraft: ArticleDraft = {
  id: '2026-10-04-bare',
  title: 'Bare',
  excerpt: '',
  publishedAt: '2026-10-04T00:00:00.000Z',
  links: { original: 'https://bare.example/story' },
  provider: { name: 'bare.example', domain: 'bare.example' },
  topics: [],
  quality: 0,
  heat: 0,
  published: true,
  related: [sharedCard],
};

const bareArticle: FileResult = {
  path: '/content/2026-10-04-bare.md',
  sourceKey: 'b'.repeat(40),
  outcome: { kind: 'article', linkKeys: ['bare.example/story'], article: bareDraft },
  problems: [],
};

const skipped: FileResult = {
  path: '/content/promo.md',
  sourceKey: 'c'.repeat(40),
  outcome: { kind: 'skipped', reason: 'not-news' },
  problems: [],
};
const invalid: FileResult = {
  path: '/content/broken.md',
  sourceKey: 'd'.repeat(40),
  outcome: { kind: 'invalid' },
  problems: [{ path: '/content/broken.md', line: 2, message: 'missing title: the story is skipped', severity: 'error' }],
};

/** A file name that is not its own id (the draft's id is its slug). */
const namedUnlikeItsId: FileResult = {
  ...bareArticle,
  path: '/content/Harbour Vote, Day 2.MD',
  sourceKey: 'f'.repeat(40),
  outcome: { kind: 'article', linkKeys: ['bare.example/day-2'], article: { ...bareDraft, id: 'harbour-vote-day-2' } },
};

const allResults = [fullArticle, bareArticle, namedUnlikeItsId, skipped, invalid];

async function savedThenLoaded(results: readonly FileResult[]) {
  const first = await loadStampedResults(folder, salt);
  for (const result of results) first.remember(result.path, stamp, result);
  await first.save();
  return loadStampedResults(folder, salt);
}

describe('stamped results', () => {
  it('give back each result as it was remembered, keys in the same order, so outputs are byte for byte the same', async () => {
    const loaded = await savedThenLoaded(allResults);
    for (const result of allResults) {
      const back = loaded.resultOf(result.path, stamp);
      const whole = back && wholeResult(back);
      expect(whole).toEqual(result);
      expect(JSON.stringify(whole)).toBe(JSON.stringify(result));
    }
  });

  it('give back changes saved beside the base, and nothing for a file the changes removed', async () => {
    const base = await savedThenLoaded(allResults);
    const edited: FileResult = { ...bareArticle, sourceKey: 'e'.repeat(40), outcome: { kind: 'skipped', reason: 'removed' } };
    for (const result of [fullArticle, edited, skipped]) base.remember(result.path, stamp, result);
    await base.save();

    const loaded = await loadStampedResults(folder, salt);
    const wholeOf = (path: string) => {
      const back = loaded.resultOf(path, stamp);
      return back && wholeResult(back);
    };
    expect(wholeOf(edited.path)).toEqual(edited);
    expect(wholeOf(fullArticle.path)).toEqual(fullArticle);
    expect(wholeOf(invalid.path)).toBeUndefined();
  });

  it('give nothing when the bodies beside the rows are missing, cut short or another build’s', async () => {
    await savedThenLoaded(allResults);
    const bodiesPath = join(folder, 'results.bodies');
    const bodies = await readFile(bodiesPath, 'latin1');
    expect((await loadStampedResults(folder, salt)).resultOf(fullArticle.path, stamp)).toBeDefined();

    await writeFile(bodiesPath, bodies.slice(0, -1), 'latin1');
    expect((await loadStampedResults(folder, salt)).resultOf(fullArticle.path, stamp)).toBeUndefined();
    await writeFile(
      bodiesPath,
      bodies.replace(/^"[^"]*"/, (id) => id.replace(/[0-9a-f]/g, '0')),
      'latin1',
    );
    expect((await loadStampedResults(folder, salt)).resultOf(fullArticle.path, stamp)).toBeUndefined();
    await rm(bodiesPath);
    expect((await loadStampedResults(folder, salt)).resultOf(fullArticle.path, stamp)).toBeUndefined();
  });

  it('give nothing for a changed stamp, a stamp too recent to trust, or results of another code version', async () => {
    const loaded = await savedThenLoaded(allResults);
    expect(loaded.resultOf(fullArticle.path, { ...stamp, size: stamp.size + 1 })).toBeUndefined();
    expect(loaded.resultOf(fullArticle.path, { ...stamp, ino: stamp.ino + 1 })).toBeUndefined();
    expect(loaded.resultOf(fullArticle.path, { ...stamp, mtimeMs: Date.now() })).toBeUndefined();
    expect((await loadStampedResults(folder, 'code-version-2')).resultOf(fullArticle.path, stamp)).toBeUndefined();
  });

  it('treat a file that does not add up as no results at all', async () => {
    await savedThenLoaded(allResults);
    await writeFile(
      join(folder, 'results.json'),
      '{"salt":"code-version-1","startedAt":1,"id":"x","paths":["/a.md"],"files":[[1,1,1,"k",["article"]]],"tables":{"providers":[],"topics":[],"cards":[]}}',
    );
    const loaded = await loadStampedResults(folder, salt);
    expect(loaded.resultOf('/a.md', { size: 1, mtimeMs: 1, ino: 1 })).toBeUndefined();
    await writeFile(join(folder, 'results.json'), '{"salt":"code-version-1","start');
    expect((await loadStampedResults(folder, salt)).resultOf(fullArticle.path, stamp)).toBeUndefined();
  });
});
