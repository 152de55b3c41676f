import { describe, expect, it } from 'vitest';
import { buildCorpus } from './build-corpus.ts';
import { newsFile, type NewsFixture } from '../fixtures/news-file.ts';
import { parseFile } from '../parse/parse-file.ts';
import type { FileResult } from '../types.ts';

function results(files: Record<string, NewsFixture | string>): FileResult[] {
  return Object.entries(files).map(([path, story]) =>
    parseFile(path, typeof story === 'string' ? story : newsFile(story), { relatedLimit: 20 }),
  );
}

describe('buildCorpus', () => {
  it('counts every file once: built, not news, removed, invalid', async () => {
    const corpus = await buildCorpus(
      results({
        '/c/a.md': { title: 'A', url: 'https://a.example/a' },
        '/c/profile.md': '---\nname: Someone\ntype: profile\n---\n',
        '/c/gone.md': '---\ncategory: news\nremoved: true\n---\n',
        '/c/broken.md': '---\ntitle: [unclosed\n---\n',
      }),
    );
    expect(corpus.counts).toEqual({ articles: 1, notNews: 1, removed: 1, duplicates: 0, invalid: 1 });
    expect(corpus.problems).toEqual([expect.objectContaining({ path: '/c/broken.md', severity: 'error' })]);
  });

  it('gives files with the same name in different folders distinct ids, each made from the file itself', async () => {
    const corpus = await buildCorpus(
      results({
        '/z/news/story.md': { title: 'Z', url: 'https://z.example/1' },
        '/a/news/story.md': { title: 'A', url: 'https://a.example/1' },
        '/m/news/story.md': { title: 'M', url: 'https://m.example/1' },
      }).reverse(),
    );
    const ids = corpus.articles.map((article) => [article.body().title, article.id]);
    expect(ids).toEqual([
      ['A', 'story'],
      ['M', expect.stringMatching(/^story-[0-9a-f]{6}$/)],
      ['Z', expect.stringMatching(/^story-[0-9a-f]{6}$/)],
    ]);
    // Without the first folder, the others keep their addresses.
    const without = await buildCorpus(
      results({
        '/z/news/story.md': { title: 'Z', url: 'https://z.example/1' },
        '/m/news/story.md': { title: 'M', url: 'https://m.example/1' },
      }),
    );
    expect(without.articles.map((article) => article.id)).toEqual(['story', ids[2]?.[1]]);
  });

  it('keeps a story at its address when a file proposing the same id arrives, and reports the newcomer', async () => {
    const before = await buildCorpus(results({ '/c/hello-world.md': { title: 'Hello', url: 'https://news.example/hello' } }));
    const after = await buildCorpus(
      results({
        '/c/hello-world.md': { title: 'Hello', url: 'https://news.example/hello' },
        '/c/Hello-World.md': { title: 'Hello again', url: 'https://news.example/hello-again' },
      }),
    );
    const idOf = (corpus: typeof after, title: string) => corpus.articles.find((article) => article.body().title === title)?.id;
    expect(idOf(before, 'Hello')).toBe('hello-world');
    expect(idOf(after, 'Hello')).toBe('hello-world');
    const newcomer = idOf(after, 'Hello again') ?? '';
    expect(newcomer).toMatch(/^hello-world-[0-9a-f]{6}$/);
    expect(after.problems).toContainEqual({
      path: '/c/Hello-World.md',
      line: 1,
      message: `its id "hello-world" is also proposed by /c/hello-world.md, which keeps it: this story is at /article/${newcomer}`,
      severity: 'warning',
    });
  });

  it('keeps the highest-quality file of a story and reports the others as duplicates', async () => {
    const corpus = await buildCorpus(
      results({
        '/c/low.md': { title: 'Low', url: 'https://news.example/story', quality: 10 },
        '/c/high.md': { title: 'High', url: 'http://NEWS.example/story/?utm_source=rss', quality: 90 },
      }),
    );
    expect(corpus.articles.map((article) => article.body().title)).toEqual(['High']);
    expect(corpus.counts.duplicates).toBe(1);
    expect(corpus.problems).toEqual([
      { path: '/c/low.md', line: 1, message: expect.stringContaining('duplicate of /c/high.md'), severity: 'warning' },
    ]);
  });

  it('keeps the newest file of a story when quality ties', async () => {
    const corpus = await buildCorpus(
      results({
        '/c/old.md': { title: 'Old', url: 'https://news.example/s', date: '2026-10-01T00:00:00Z' },
        '/c/new.md': { title: 'New', url: 'https://news.example/s', date: '2026-10-02T00:00:00Z' },
      }),
    );
    expect(corpus.articles.map((article) => article.body().title)).toEqual(['New']);
  });

  it('turns a related story that is in the corpus into a reference to its id, and keeps the others as cards', async () => {
    const corpus = await buildCorpus(
      results({
        '/c/a.md': {
          title: 'A',
          url: 'https://a.example/a',
          related: [
            { title: 'B elsewhere', url: 'https://b.example/b/', quality: 90 },
            { title: 'Outside', url: 'https://out.example/x', quality: 80 },
          ],
        },
        '/c/b.md': { title: 'B', url: 'https://b.example/b' },
      }),
    );
    const a = corpus.articles.find((article) => article.id === 'a');
    expect(a?.related).toEqual([
      { kind: 'article', id: 'b', quality: 90 },
      expect.objectContaining({ kind: 'external', title: 'Outside' }),
    ]);
  });

  it('resolves a related link to a dropped duplicate into the kept article, and drops it when that is the article itself', async () => {
    const corpus = await buildCorpus(
      results({
        '/c/a.md': {
          title: 'A',
          url: 'https://a.example/a',
          quality: 90,
          related: [{ title: 'Copy of A', url: 'https://copy.example/a' }],
        },
        '/c/b.md': { title: 'B', url: 'https://b.example/b', related: [{ title: 'Copy of A', url: 'https://copy.example/a' }] },
        '/c/copy.md': `---\ncategory: news\ntitle: Copy\npublishedDateTime: 2026-10-27T08:00:00Z\noriginalUrl: https://a.example/a\nwebUrl: https://copy.example/a\nquality: 1\n---\n`,
      }),
    );
    const byId = new Map(corpus.articles.map((article) => [article.id, article]));
    expect(corpus.counts.duplicates).toBe(1);
    expect(byId.get('a')?.related).toEqual([]);
    expect(byId.get('b')?.related).toEqual([{ kind: 'article', id: 'a', quality: 50 }]);
  });

  it('never links feed-redirect URLs by a loose match', async () => {
    const cnn = 'http://rss.cnn.com/~r/rss/cnn_allpolitics/~3/Tj-DkT-8t5c/index.html';
    const corpus = await buildCorpus(
      results({
        '/c/a.md': {
          title: 'A',
          url: 'https://a.example/a',
          related: [
            { title: 'CNN', url: `${cnn}/` },
            { title: 'CNN exact', url: cnn },
          ],
        },
        '/c/cnn.md': { title: 'CNN story', url: cnn },
      }),
    );
    expect(corpus.articles.find((article) => article.id === 'a')?.related).toEqual([
      expect.objectContaining({ kind: 'external', title: 'CNN' }),
      { kind: 'article', id: 'cnn', quality: 50 },
    ]);
  });

  it('consumes an async stream of results', async () => {
    async function* stream() {
      yield* results({ '/c/a.md': { title: 'A', url: 'https://a.example/a' } });
    }
    expect((await buildCorpus(stream())).counts.articles).toBe(1);
  });
});

describe('direct links', () => {
  const redirect = (token: string) => `http://rss.cnn.com/~r/rss/cnn_allpolitics/~3/${token}/index.html`;
  const page = 'https://www.cnn.com/2021/03/13/politics/north-korea-biden-administration-outreach/index.html';
  const amp = 'https://amp.cnn.com/cnn/2021/03/13/politics/north-korea-biden-administration-outreach/index.html';
  const withRedirect = (title: string, token: string) =>
    `---\ncategory: news\ntitle: ${title}\noriginalUrl: ${redirect(token)}\nwebUrl: ${redirect(token)}\nampWebUrl: ${amp}\npublishedDateTime: 2021-03-13T12:00:00Z\n---\n`;

  it('gives a story behind a feed redirect its publisher link, and counts the rewrite once a link', async () => {
    const result = parseFile('/c/2021-03-13-north-korea.md', withRedirect('North Korea', 'Tj-DkT-8t5c'), { relatedLimit: 20 });
    expect(result.outcome.kind === 'article' && result.outcome.article.links.original).toBe(page);
    expect(result.problems.filter((problem) => problem.severity === 'note')).toEqual([
      {
        path: '/c/2021-03-13-north-korea.md',
        line: 4,
        message: "feed-redirect links rewritten to the publisher's page the AMP link names",
        severity: 'note',
        count: 2,
      },
    ]);
  });

  it('judges duplicates on the publisher link: the same story behind a redirect and as a plain link is one story', async () => {
    const plain = `---\ncategory: news\ntitle: North Korea, plain\nwebUrl: ${page}?utm_source=rss\npublishedDateTime: 2021-03-13T12:00:00Z\nquality: 90\n---\n`;
    const corpus = await buildCorpus([
      parseFile('/c/a-redirect.md', withRedirect('North Korea, redirect', 'Tj-DkT-8t5c'), { relatedLimit: 20 }),
      parseFile('/c/b-plain.md', plain, { relatedLimit: 20 }),
    ]);
    expect(corpus.articles.map((article) => article.body().title)).toEqual(['North Korea, plain']);
    expect(corpus.counts.duplicates).toBe(1);
  });
});
