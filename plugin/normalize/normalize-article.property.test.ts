import fc from 'fast-check';
import { dump } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from '../../src/model/index.ts';
import { newsFile } from '../fixtures/news-file.ts';
import { normalizeArticle } from './normalize-article.ts';
import { parseFile } from '../parse/parse-file.ts';
import { createReporter } from './problem-reporter.ts';
import type { FileResult } from '../types.ts';

const urlKeys = new Set(['original', 'amp', 'ampCache', 'url', 'logo']);
const siteRelativeImage = /^\/(?![/\\])[^\s\\]*$/;

/** Every string under a URL key: links must be http(s); image and logo URLs may also be site-relative. */
function emittedUrls(value: unknown, key = ''): { key: string; url: string }[] {
  if (typeof value === 'string') return urlKeys.has(key) ? [{ key, url: value }] : [];
  if (Array.isArray(value)) return value.flatMap((item) => emittedUrls(item, key));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([name, item]) => emittedUrls(item, name));
  return [];
}

function expectOnlySafeUrls(result: FileResult): void {
  for (const { key, url } of emittedUrls(result.outcome)) {
    const imageLike = key === 'url' || key === 'logo';
    const safe = safeHttpUrl(url) === url || (imageLike && siteRelativeImage.test(url));
    expect(safe, `${key}: ${url}`).toBe(true);
  }
}

const hostileUrl = fc.constantFrom(
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  '  javascript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD4=',
  'vbscript:msgbox(1)',
  '//evil.example/x.png',
  '/\\evil.example/x.png',
  'http://',
  'https://exa mple.com/',
  'file:///etc/passwd',
  '/logos/ok.svg',
  ' https://ok.example/a ',
);
const url = fc.oneof(fc.webUrl(), hostileUrl, fc.string());
const scalar = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), url);
const value = fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }), fc.dictionary(fc.string(), scalar, { maxKeys: 3 }));
const image = fc.record({ url, width: fc.oneof(fc.integer(), value), height: fc.oneof(fc.integer(), value) }, { requiredKeys: [] });
const images = fc.oneof(value, fc.array(fc.oneof(image, value), { maxLength: 3 }));
const provider = fc.oneof(value, fc.record({ name: value, domain: value, images }, { requiredKeys: [] }));
const storyFields = {
  title: value,
  webUrl: url,
  originalUrl: url,
  ampWebUrl: url,
  cdnAmpWebUrl: url,
  publishedDateTime: fc.oneof(
    fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
    value,
  ),
  quality: fc.oneof(fc.integer(), value),
  provider,
  images,
};
const relatedItem = fc.oneof(fc.record(storyFields, { requiredKeys: [] }), value);
const frontMatter = fc.record(
  {
    category: fc.oneof({ weight: 3, arbitrary: fc.constant('news') }, { weight: 1, arbitrary: value }),
    excerpt: value,
    heat: value,
    published: value,
    removed: value,
    topics: fc.oneof(value, fc.array(fc.oneof(fc.string(), value), { maxLength: 4 })),
    related: fc.oneof(value, fc.array(relatedItem, { maxLength: 6 })),
    secured: fc.string(),
    ...storyFields,
    // Biased toward values that make an article, so runs reach the deeper fields too.
    title: fc.oneof({ weight: 3, arbitrary: fc.string({ minLength: 1 }) }, { weight: 1, arbitrary: value }),
    webUrl: fc.oneof({ weight: 3, arbitrary: fc.webUrl() }, { weight: 1, arbitrary: url }),
  },
  { requiredKeys: [] },
);

const mutation = fc.record({
  at: fc.nat(),
  remove: fc.nat({ max: 40 }),
  insert: fc.oneof(
    fc.string(),
    fc.constantFrom('\n', ': ', '- ', '&a ', '*a', '"', "'", '{', '[', '\n  - url: javascript:x\n', '\r\n', '\uFEFF', '---\n'),
  ),
});

describe('normalizing random and mutated front matter', () => {
  it('never throws on random front matter data, and every URL it emits is safe', () => {
    let articles = 0;
    fc.assert(
      fc.property(frontMatter, (data) => {
        const reporter = createReporter('/c/2026-10-27-story.md', '');
        const outcome = normalizeArticle(data, { id: 'story', fileName: '2026-10-27-story.md', relatedLimit: 20, reporter });
        expectOnlySafeUrls({ path: '/c/story.md', outcome, problems: reporter.problems() });
        articles += outcome.kind === 'article' ? 1 : 0;
      }),
      { numRuns: 500 },
    );
    // The generator must reach the interesting path, not only reject: many runs build an article.
    expect(articles).toBeGreaterThan(100);
  });

  it('never throws on the same data written as YAML', () => {
    fc.assert(
      fc.property(frontMatter, (data) => {
        const text = `---\n${dump(data, { skipInvalid: true })}---\n`;
        expectOnlySafeUrls(parseFile('/c/2026-10-27-story.md', text, { relatedLimit: 20 }));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on mutated real-shaped files, and every URL it emits is safe', () => {
    const original = newsFile({ title: 'Story', url: 'https://news.example/a', related: [{ title: 'R', url: 'https://r.example/b' }] });
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 5 }), (mutations) => {
        let text = original;
        for (const { at, remove, insert } of mutations) {
          const position = at % (text.length + 1);
          text = text.slice(0, position) + insert + text.slice(position + remove);
        }
        const result = parseFile('/c/2026-10-27-story.md', text, { relatedLimit: 20 });
        expectOnlySafeUrls(result);
        for (const problem of result.problems) expect(problem.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 500 },
    );
  });
});
