// The README's "Article files" example is what a newcomer copies first: it must build as it stands.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../plugin/parse/parse-file.ts';

const readme = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');

describe("the README's article example", () => {
  it('builds into a story with every field it shows, and no problem', () => {
    const section = readme.slice(readme.indexOf('## Article files'));
    const example = /```markdown\n([\s\S]*?)```/.exec(section)?.[1];
    expect(example, 'the README has an example under "Article files"').toBeDefined();
    const result = parseFile('/content/articles/2026-12-01-my-first-story.md', example ?? '', { relatedLimit: 20 });
    expect(result.problems).toEqual([]);
    expect(result.outcome).toMatchObject({
      kind: 'article',
      article: {
        id: '2026-12-01-my-first-story',
        title: 'My first story',
        publishedAt: '2026-12-01T09:00:00.000Z',
        provider: { name: 'Example News', domain: 'example.com' },
        topics: [{ name: 'Harbour', slug: 'harbour' }],
      },
    });
  });
});
