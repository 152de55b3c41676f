import { describe, expect, it } from 'vitest';
import { newsFile } from '../fixtures/news-file.ts';
import { parseFile } from '../parse/parse-file.ts';
import { createCardSharing } from './shared-cards.ts';

const options = { relatedLimit: 20 };
const related = [
  { title: 'Ferry terminal plan', url: 'https://elsewhere.example/ferry', quality: 90 },
  { title: 'Bond for flood walls', url: 'https://elsewhere.example/bond', quality: 80 },
];

function relatedOf(result: ReturnType<typeof parseFile>) {
  return result.outcome.kind === 'article' ? result.outcome.article.related : [];
}

describe('createCardSharing', () => {
  it('makes a related story repeated in two files one object, and leaves the results equal', () => {
    const share = createCardSharing();
    const first = parseFile('/c/2026-10-01-a.md', newsFile({ title: 'A', url: 'https://news.example/a', related }), options);
    const second = parseFile('/c/2026-10-02-b.md', newsFile({ title: 'B', url: 'https://news.example/b', related }), options);
    const [sharedFirst, sharedSecond] = [share(first), share(second)];
    expect(sharedFirst).toEqual(first);
    expect(sharedSecond).toEqual(second);
    expect(relatedOf(sharedSecond)[0]).toBe(relatedOf(sharedFirst)[0]);
  });

  it('never merges two cards that differ, even in one field', () => {
    const share = createCardSharing();
    const first = parseFile('/c/2026-10-01-a.md', newsFile({ title: 'A', url: 'https://news.example/a', related }), options);
    const changed = related.map((item) => ({ ...item, quality: item.quality + 1 }));
    const second = parseFile('/c/2026-10-02-b.md', newsFile({ title: 'B', url: 'https://news.example/b', related: changed }), options);
    share(first);
    expect(relatedOf(share(second)).map((card) => card.quality)).toEqual([91, 81]);
  });
});
