import { describe, expect, it } from 'vitest';
import { maxFileBytes, parseFile } from './parse-file.ts';
import { parseFileQuickly } from './parse-file-quickly.ts';
import { newsFile } from '../fixtures/news-file.ts';
import type { ArticleDraft, FileResult } from '../types.ts';
import { parseFrontMatterWithYaml } from './front-matter.ts';
import { scanFrontMatter } from './scan-front-matter.ts';
import { createReporter } from '../normalize/problem-reporter.ts';
import { normalizeArticle } from '../normalize/normalize-article.ts';
import { fileSlug } from '../normalize/slug.ts';

const path = '/content/2026-10-27-rail-strike.md';

const complete = `---
category: news
title: "Rail strike called off"
excerpt: "Trains run today."
publishedDateTime: 2026-10-27T08:00:00Z
originalUrl: "https://news.example/rail"
webUrl: "https://news.example/rail"
ampWebUrl: "https://amp.news.example/rail"
cdnAmpWebUrl: "https://amp-news-example.cdn.ampproject.org/c/s/amp.news.example/rail"
type: article
quality: 115
heat: -1
published: false
provider:
  name: Example News
  domain: news.example
  images:
    - url: "https://news.example/logo.png"
      width: 50
      height: 50
topics:
  - Transit
  - Économie
images:
  - url: "https://news.example/rail.jpg"
    width: 1200
    height: 675
    isCached: true
secured: "SECRET-BLOB-t7ZMz7yy8shdLdNcTZZ7942u"
featuredContent: "<iframe src=https://evil.example></iframe>"
tracking: { pixel: "https://evil.example/p.gif" }
---
`;

function run(text: string | Buffer, filePath = path, relatedLimit = 20): FileResult {
  return parseFile(filePath, text, { relatedLimit });
}

function articleOf(result: FileResult): ArticleDraft {
  if (result.outcome.kind !== 'article') throw new Error(`expected an article, got ${JSON.stringify(result)}`);
  return result.outcome.article;
}

/** Replaces the whole top-level `key:` line (or adds it) in the complete file. */
function withField(key: string, line: string, text = complete): string {
  const pattern = new RegExp(`^${key}:.*$`, 'm');
  return pattern.test(text) ? text.replace(pattern, line) : text.replace(/\n---\n$/, `\n${line}\n---\n`);
}

function withoutField(key: string, text = complete): string {
  return text.replace(new RegExp(`^${key}:.*\\n`, 'm'), '');
}

function messages(result: FileResult) {
  return result.problems.map((problem) => `${problem.severity} ${problem.line}: ${problem.message}`);
}

describe('parseFile: a complete news file', () => {
  it('becomes an article with every field normalized', () => {
    const result = run(complete);
    expect(result.problems).toEqual([]);
    expect(articleOf(result)).toEqual({
      id: '2026-10-27-rail-strike',
      title: 'Rail strike called off',
      excerpt: 'Trains run today.',
      publishedAt: '2026-10-27T08:00:00.000Z',
      links: {
        original: 'https://news.example/rail',
        amp: 'https://amp.news.example/rail',
        ampCache: 'https://amp-news-example.cdn.ampproject.org/c/s/amp.news.example/rail',
      },
      provider: { name: 'Example News', domain: 'news.example', logo: 'https://news.example/logo.png' },
      topics: [
        { name: 'Transit', slug: 'transit' },
        { name: 'Économie', slug: expect.stringMatching(/^economie-[0-9a-f]{6}$/) as string },
      ],
      image: { url: 'https://news.example/rail.jpg', width: 1200, height: 675 },
      quality: 115,
      heat: -1,
      published: false,
      related: [],
    });
  });

  it('never ships secured, featuredContent or unknown fields', () => {
    const json = JSON.stringify(run(complete));
    expect(json).not.toContain('SECRET-BLOB');
    expect(json).not.toContain('iframe');
    expect(json).not.toContain('evil.example');
    expect(json).not.toContain('isCached');
  });

  it('gives the same article for CRLF line endings and a byte order mark', () => {
    const crlf = `\uFEFF${complete.replace(/\n/g, '\r\n')}`;
    expect(run(Buffer.from(crlf))).toEqual(run(complete));
  });

  it('still builds a file with invalid UTF-8 bytes, reporting where they are', () => {
    const bytes = Buffer.from(complete.replace('Trains run today.', 'Trains run @@.'));
    const at = bytes.indexOf('@@');
    bytes[at] = 0xff;
    bytes[at + 1] = 0xfe;
    const result = run(bytes);
    expect(articleOf(result).excerpt).toBe('Trains run \uFFFD\uFFFD.');
    expect(messages(result)).toEqual(['warning 4: invalid UTF-8 bytes were replaced with U+FFFD']);
  });

  it('honours a date offset', () => {
    const result = run(withField('publishedDateTime', 'publishedDateTime: 2026-10-27T08:00:00-08:00'));
    expect(articleOf(result).publishedAt).toBe('2026-10-27T16:00:00.000Z');
  });

  it('turns HTML in the title and excerpt into plain text', () => {
    const html = withField(
      'excerpt',
      'excerpt: "<p>Trains &amp; buses <script>alert(1)</script>run <b>today</b>...</p>\\n    \\n"',
      withField('title', 'title: "<h1>Rail <em>strike</em></h1> off"'),
    );
    const article = articleOf(run(html));
    expect(article.title).toBe('Rail strike off');
    expect(article.excerpt).toBe('Trains & buses run today...');
  });
});

describe('parseFile: missing fields and wrong types', () => {
  it('skips a story without a title, with an error', () => {
    const result = run(withoutField('title'));
    expect(result.outcome).toEqual({ kind: 'invalid' });
    expect(messages(result)).toContain('error 2: missing title: the story is skipped');
  });

  it('skips a story without any http(s) link, with an error', () => {
    const result = run(withoutField('webUrl', withoutField('originalUrl')));
    expect(result.outcome).toEqual({ kind: 'invalid' });
    expect(messages(result)).toContainEqual(expect.stringMatching(/^error \d+: no http\(s\) link/));
  });

  it('uses the file name date when the date is missing, with a warning', () => {
    const result = run(withoutField('publishedDateTime'));
    expect(articleOf(result).publishedAt).toBe('2026-10-27T00:00:00.000Z');
    expect(messages(result)).toEqual(['warning 2: missing publishedDateTime; used the date in the file name']);
  });

  it("skips a story with a broken date and no date in its file name, on the date's line", () => {
    const result = run(withField('publishedDateTime', 'publishedDateTime: "next Tuesday"'), '/content/rail.md');
    expect(result.outcome).toEqual({ kind: 'invalid' });
    expect(messages(result)).toEqual([expect.stringMatching(/^error 5: publishedDateTime "next Tuesday" is not an ISO-8601 date/)]);
  });

  it('reads a number title as text, with a warning on its line', () => {
    const result = run(withField('title', 'title: 1984'));
    expect(articleOf(result).title).toBe('1984');
    expect(messages(result)).toEqual(['warning 3: title is a number; used as text']);
  });

  it('skips a story whose title is a list', () => {
    const result = run(withField('title', 'title: [a, b]'));
    expect(result.outcome).toEqual({ kind: 'invalid' });
    expect(messages(result)).toContain('warning 3: title should be text, not a list; ignored');
  });

  it('reads a single topic string as a list of one, with a warning', () => {
    const text = complete.replace('topics:\n  - Transit\n  - Économie\n', 'topics: Transit\n');
    const result = run(text);
    expect(articleOf(result).topics).toEqual([{ name: 'Transit', slug: 'transit' }]);
    expect(messages(result)).toEqual(['warning 21: topics should be a list; read as a list of one']);
  });

  it('ignores a related field that is a string, and images that are not a list of images', () => {
    const result = run(
      withField(
        'related',
        'related: "see also"',
        complete.replace(/images:\n {2}- url: "https:\/\/news.example\/rail.jpg"\n.*\n.*\n.*\n/, 'images: "rail.jpg"\n'),
      ),
    );
    const article = articleOf(result);
    expect(article.related).toEqual([]);
    expect(article.image).toBeUndefined();
    expect(messages(result)).toEqual([
      'warning 24: dropped images: expected a list of {url, width, height}',
      expect.stringMatching(/^warning \d+: related should be a list of stories; ignored$/),
    ]);
  });

  it('falls back to defaults for a quality or heat of the wrong type, keeping heat -1 and published false', () => {
    const result = run(withField('quality', 'quality: high'));
    const article = articleOf(result);
    expect([article.quality, article.heat, article.published]).toEqual([0, -1, false]);
    expect(messages(result)).toEqual(['warning 11: quality should be a number, not "high"; used 0']);
  });

  it('derives a missing provider from the link, with a warning', () => {
    const text = complete.replace(/provider:\n(?: {2}.*\n)+/, '');
    const result = run(text);
    expect(articleOf(result).provider).toEqual({ name: 'news.example', domain: 'news.example' });
    expect(messages(result)).toEqual(["warning 2: missing provider; used the link's host"]);
  });

  it('refuses front matter that is not a mapping', () => {
    const result = run('---\n- a\n- b\n---\n');
    expect(result.outcome).toEqual({ kind: 'invalid' });
    expect(messages(result)).toEqual(['error 2: front matter should be a mapping of fields']);
  });
});

describe('parseFile: unsafe URLs', () => {
  const schemes = [
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    '//evil.example/x',
    'file:///etc/passwd',
  ];

  it.each(schemes)('drops %j from every URL field and reports each on its line', (bad) => {
    const quotedBad = JSON.stringify(bad);
    const text = `---
category: news
title: "Story"
publishedDateTime: 2026-10-27T08:00:00Z
originalUrl: ${quotedBad}
webUrl: "https://news.example/ok"
ampWebUrl: ${quotedBad}
cdnAmpWebUrl: ${quotedBad}
provider:
  name: Example
  domain: news.example
  images:
    - url: ${quotedBad}
      width: 50
      height: 50
images:
  - url: ${quotedBad}
    width: 100
    height: 100
related:
  - title: "Related"
    webUrl: "https://other.example/r"
    originalUrl: ${quotedBad}
    ampWebUrl: ${quotedBad}
    cdnAmpWebUrl: ${quotedBad}
    images:
      - url: ${quotedBad}
        width: 10
        height: 10
---
`;
    const result = run(text);
    const article = articleOf(result);
    const emitted = JSON.stringify(article);
    expect(emitted).not.toMatch(/javascript:|vbscript:|data:|file:|"\/\/evil/i);
    expect(article.links).toEqual({ original: 'https://news.example/ok' });
    expect(article.provider.logo).toBeUndefined();
    expect(article.image).toBeUndefined();
    expect(article.related).toEqual([
      {
        kind: 'external',
        title: 'Related',
        provider: { name: 'other.example', domain: 'other.example' },
        links: { original: 'https://other.example/r' },
        quality: 0,
      },
    ]);
    expect(result.problems.map((problem) => problem.line)).toEqual([5, 7, 8, 13, 17, 23, 24, 25, 27]);
    expect(result.problems.every((problem) => problem.severity === 'warning' && problem.message.startsWith('dropped'))).toBe(true);
  });

  it('skips the story with an error when no link field is safe', () => {
    const text = withField('webUrl', 'webUrl: "javascript:alert(1)"', withField('originalUrl', 'originalUrl: "data:text/html,x"'));
    const result = run(text);
    expect(result.outcome).toEqual({ kind: 'invalid' });
    expect(result.problems.filter((problem) => problem.severity === 'error')).toHaveLength(1);
  });

  it('keeps site-relative image paths (demo logos) but refuses protocol-relative ones', () => {
    const text = complete
      .replace('"https://news.example/logo.png"', '"/logos/news.example.svg"')
      .replace('"https://news.example/rail.jpg"', '"//evil.example/rail.jpg"');
    const article = articleOf(run(text));
    expect(article.provider.logo).toBe('/logos/news.example.svg');
    expect(article.image).toBeUndefined();
  });

  it('drops an image without a positive width and height, with a warning', () => {
    const result = run(complete.replace('width: 1200', 'width: 0'));
    expect(articleOf(result).image).toBeUndefined();
    expect(messages(result)).toEqual(['warning 25: dropped images: it needs a positive width and height']);
  });
});

describe('parseFile: what is not a story', () => {
  it.each(['removed: true', 'deleted: true'])('skips a file marked %s as removed', (line) => {
    expect(run(withField(line.split(':')[0] ?? '', line))).toEqual({ path, outcome: { kind: 'skipped', reason: 'removed' }, problems: [] });
  });

  it.each([
    ['a people profile', '---\nname: "Joe Biden"\ntype: "profile"\nwebsite: https://joebiden.com/\n---\n'],
    ['an event', '---\ntitle: "Debate"\ntype: conference\nstartDateTime: 2020-10-15T18:00:00-07:00\n---\n'],
    [
      'a learning video',
      '---\ntitle: "Conventions"\noriginalUrl: https://youtube.com/watch?v=x\ntype: video\npublishedDateTime: 2016-07-26T15:01:50Z\n---\n',
    ],
    ['a learning page with a web link but no date', '---\ntitle: "Who can vote"\nwebUrl: https://www.usa.gov/who-can-vote\ntype:\n---\n'],
    ['a note without front matter', '# Notes\n'],
  ])('skips %s as not news, without problems', (_name, text) => {
    expect(run(text)).toEqual({ path, outcome: { kind: 'skipped', reason: 'not-news' }, problems: [] });
  });

  it('reads a file with a web link and a date but no category as news', () => {
    expect(run(withoutField('category')).outcome.kind).toBe('article');
  });

  it("reads a newcomer's article dated with `date:` as news", () => {
    const text = '---\ntitle: My first story\nwebUrl: https://example.com/first\ndate: 2026-11-30T09:00:00Z\n---\n';
    expect(articleOf(run(text))).toMatchObject({ title: 'My first story', publishedAt: '2026-11-30T09:00:00.000Z' });
  });

  it('says exactly what an untyped file with a title lacks when it is skipped as not news', () => {
    const result = run('---\ntitle: My first story\nwebUrl: https://example.com/first\n---\n');
    expect(result.outcome).toEqual({ kind: 'skipped', reason: 'not-news' });
    expect(result.problems).toEqual([
      {
        path,
        line: 2,
        message:
          'skipped as not news: it has no category, and a story without `category: news` needs a webUrl and a publishedDateTime; this file has no publishedDateTime (or date)',
        severity: 'warning',
      },
    ]);
  });

  it.each([
    ['removed: "true"', 'removed'],
    ['deleted: "true"', 'removed'],
  ])('reads %s as published: "true" is read, as true', (line, reason) => {
    expect(run(withField(line.split(':')[0] ?? '', line)).outcome).toEqual({ kind: 'skipped', reason });
  });
});

describe('parseFile: related stories', () => {
  const related = (items: string[]) => withField('related', `related:\n${items.join('\n')}`);
  const item = (title: string, url: string, quality: number) =>
    `  - title: "${title}"\n    webUrl: "${url}"\n    publishedDateTime: 2026-10-26T10:00:00+02:00\n    provider:\n      name: Other\n      domain: other.example\n    quality: ${quality}`;

  it('orders related stories by quality, best first, keeping the file order for ties', () => {
    const article = articleOf(
      run(
        related([
          item('Low', 'https://o.example/1', 10),
          item('High', 'https://o.example/2', 90),
          item('Mid A', 'https://o.example/3', 50),
          item('Mid B', 'https://o.example/4', 50),
        ]),
      ),
    );
    expect(article.related.map((card) => card.title)).toEqual(['High', 'Mid A', 'Mid B', 'Low']);
    expect(article.related[0]).toMatchObject({
      kind: 'external',
      publishedAt: '2026-10-26T08:00:00.000Z',
      provider: { name: 'Other', domain: 'other.example' },
      quality: 90,
    });
  });

  it('drops repeats of one link, keeping the best, and links back to the story itself', () => {
    const article = articleOf(
      run(
        related([
          item('Copy', 'https://o.example/a?utm_source=feed', 10),
          item('Best', 'https://O.example/a/', 90),
          item('Self', 'https://news.example/rail/', 99),
        ]),
      ),
    );
    expect(article.related.map((card) => card.title)).toEqual(['Best']);
  });

  it('caps the list at the related limit', () => {
    const items = Array.from({ length: 30 }, (_, index) => item(`S${index}`, `https://o.example/${index}`, index));
    const article = articleOf(run(related(items), path, 5));
    expect(article.related.map((card) => card.title)).toEqual(['S29', 'S28', 'S27', 'S26', 'S25']);
  });

  it('drops items without a title or link and says how many in one warning', () => {
    const result = run(
      related([item('Good', 'https://o.example/1', 1), '  - title: "No link"', '  - webUrl: "https://o.example/2"', '  - just text']),
    );
    expect(articleOf(result).related).toHaveLength(1);
    expect(messages(result)).toEqual(['warning 32: dropped 3 related stories without a title or an http(s) link']);
  });
});

describe('parseFile: a related story many files list', () => {
  /** The same file read through the YAML parser: data no other file shares, so nothing is reused. */
  function parsedWithYaml(filePath: string, text: string): FileResult {
    const parsed = parseFrontMatterWithYaml(filePath, text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const reporter = createReporter(filePath, text);
    const fileName = filePath.split('/').pop()!;
    const outcome = normalizeArticle(parsed.data, { id: fileSlug(filePath), fileName, relatedLimit: 20, reporter });
    return { path: filePath, outcome, problems: reporter.problems() };
  }
  // Each item is read with a problem or a note: an http image, a quality that is not a number, a
  // feed redirect its AMP link names the page of.
  const troubled = [
    '  - title: "Insecure image"\n    webUrl: "https://o.example/1"\n    quality: 50\n    images:\n      - url: "http://o.example/1.jpg"\n        width: 10\n        height: 10',
    '  - title: "Wordy quality"\n    webUrl: "https://o.example/2"\n    quality: "high"\n    provider:\n      name: Other',
    '  - title: "Redirected"\n    webUrl: "http://rss.cnn.com/~r/rss/cnn_topstories/~3/abc/index.html"\n    ampWebUrl: "https://amp.cnn.com/cnn/2026/10/26/story"\n    quality: 40\n    provider:\n      name: CNN',
    '  - title: "Clean"\n    webUrl: "https://o.example/4"\n    quality: 30\n    provider:\n      name: Other',
  ];
  // Without the flow mapping `complete` ends with, which sends a file to the YAML parser.
  const fileListing = (order: number[], extraLines: number) =>
    withField(
      'related',
      `${Array.from({ length: extraLines }, (_, line) => `note${line}: x\n`).join('')}related:\n${order.map((index) => troubled[index]).join('\n')}`,
      withoutField('tracking'),
    );

  it("is reported on each file's own lines, exactly as the YAML parser reads each file", () => {
    const files = [
      fileListing([0, 1, 2, 3], 0),
      fileListing([3, 2, 0, 1], 3),
      fileListing([1, 2, 3, 0, 2], 1),
      fileListing([0, 1, 2, 3], 0),
    ];
    // The last file is the first again: its items are all reused this time.
    const pathOf = (index: number) => `/content/2026-10-2${index % 3}-listing.md`;
    const results = files.map((text, index) => run(text, pathOf(index)));
    files.forEach((text, index) => expect(results[index]).toEqual(parsedWithYaml(pathOf(index), text)));
    expect(files.every((text) => scanFrontMatter(text) !== undefined)).toBe(true);
    // The files differ only in where the items sit: each says so on its own lines.
    expect(messages(results[0]!)).not.toEqual(messages(results[1]!));
    expect(results[3]).toEqual(results[0]);
    expect(messages(results[0]!).some((message) => message.includes('asked for over https'))).toBe(true);
  });
});

describe('parseFile: hostile YAML', () => {
  it('stays bounded in time and memory on an alias bomb', () => {
    const levels = 'abcdefghij'.split('');
    const lines = levels.map((name, index) =>
      index === 0
        ? `${name}: &${name} ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]`
        : `${name}: &${name} [${Array(9)
            .fill(`*${levels[index - 1]}`)
            .join(',')}]`,
    );
    const bomb = `---\ncategory: news\n${lines.join('\n')}\ntitle: *j\nexcerpt: *j\nwebUrl: https://news.example/bomb\npublishedDateTime: 2026-10-27T08:00:00Z\ntopics: *j\nrelated: *j\nimages: *j\nprovider:\n  name: *j\n  images: *j\n---\n`;
    expect(bomb.length).toBeLessThan(2000);
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const result = run(bomb);
    const elapsed = performance.now() - started;
    const heapGrowth = process.memoryUsage().heapUsed - heapBefore;
    // Expanded, level j alone would be 9^10 (3.4 billion) strings.
    expect(elapsed).toBeLessThan(500);
    expect(heapGrowth).toBeLessThan(64 * 1024 * 1024);
    expect(result.outcome).toEqual({ kind: 'invalid' });
    expect(JSON.stringify(result).length).toBeLessThan(20_000);
  });

  it('never reads a title inherited through `__proto__`, and keeps prototypes clean', () => {
    const text = withoutField('title').replace(
      'category: news',
      'category: news\n__proto__:\n  title: "Inherited"\nconstructor:\n  name: "Injected"',
    );
    const result = run(text);
    expect(result.outcome).toEqual({ kind: 'invalid' });
    expect(({} as Record<string, unknown>).title).toBeUndefined();
  });

  it('ignores a `__proto__` key inside the provider', () => {
    const text = complete.replace('  name: Example News\n', '  __proto__:\n    name: "Injected"\n');
    expect(articleOf(run(text)).provider.name).toBe('news.example');
  });
});

describe('parseFile: a file too large to be an article', () => {
  it('is reported with its size and skipped before any parsing, the quick way too', () => {
    const huge = newsFile({ title: 'Huge', url: 'https://news.example/huge', excerpt: 'x'.repeat(maxFileBytes) });
    for (const parse of [parseFile, parseFileQuickly]) {
      const result = parse('/content/huge.md', huge, { relatedLimit: 20 });
      expect(result.outcome).toEqual({ kind: 'invalid' });
      expect(result.problems).toEqual([
        {
          path: '/content/huge.md',
          line: 1,
          message: 'the file is 4.0 MB, over the 4 MB limit for an article: skipped',
          severity: 'error',
        },
      ]);
    }
  });
});

describe('parseFile: hostile values in fields', () => {
  it('drops a link that carries a user name or password, saying so', () => {
    const result = run(withField('webUrl', 'webUrl: "https://www.nbcnews.com@evil.example/x"'));
    expect(articleOf(result).links.original).toBe('https://news.example/rail');
    expect(messages(result)).toContainEqual(
      expect.stringMatching(/dropped webUrl: .*nbcnews.com@evil.example.* carries a user name or password/),
    );
  });

  it('asks for an http image over https, as the site allows, and says so', () => {
    const result = run(complete.replace('https://news.example/rail.jpg', 'http://news.example/rail.jpg'));
    expect(articleOf(result).image?.url).toBe('https://news.example/rail.jpg');
    expect(messages(result)).toContainEqual(
      expect.stringMatching(/images\[0\]\.url "http:\/\/news.example\/rail.jpg" is http: asked for over https/),
    );
  });

  it('reads only the first 64 K of a huge field, saying how long it was', () => {
    const result = run(withField('excerpt', `excerpt: "${'word '.repeat(30_000)}"`));
    expect(articleOf(result).excerpt.length).toBeLessThanOrEqual(600);
    expect(messages(result)).toContainEqual(
      expect.stringMatching(/^warning \d+: excerpt is 150,000 characters long: only its first 64 K were read$/),
    );
  });

  it('keeps escaped markup as text, and counts it', () => {
    const result = run(withField('title', 'title: "Why &lt;script&gt; tags matter"'));
    expect(articleOf(result).title).toBe('Why <script> tags matter');
    expect(messages(result)).toContainEqual(
      expect.stringMatching(/^warning \d+: title holds text that looks like HTML \("<script>"\): shown as text$/),
    );
  });
});

describe('parseFile: topics', () => {
  it('drops a topic named "All", which names the feed of every story', () => {
    const result = run(complete.replace('topics:\n  - Transit\n  - Économie', 'topics:\n  - All\n  - Transit'));
    expect(articleOf(result).topics).toEqual([{ name: 'Transit', slug: 'transit' }]);
    expect(messages(result)).toContainEqual(expect.stringMatching(/dropped topic "All": the name is kept for the feed of every story$/));
  });
});
