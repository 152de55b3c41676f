import { describe, expect, it } from 'vitest';
import type { Card } from '../src/model/index.ts';
import { pagesToRewrite, writeFeed } from './feed-pages.ts';
import { createOutputWriter } from './output-files.ts';

/** A feed of `count` one-card pages, where the story `changed` (if any) has another title: each page's file name. */
function pageFiles(count: number, changed?: number): string[] {
  const output = createOutputWriter(() => undefined);
  const stories = Array.from({ length: count }, (_, index) => index + 1);
  const cardOf = (story: number) => ({ id: String(story), title: story === changed ? 'Changed' : `Story ${story}` }) as unknown as Card;
  return writeFeed(stories, 'newsstand/feed/all', 1, output, cardOf).pages;
}

describe('pages to rewrite', () => {
  it('are exactly the pages whose files a whole feed written again renames, for any feed length and changed page', () => {
    for (const pageCount of [1, 2, 8, 9, 17, 64, 65, 90]) {
      const before = pageFiles(pageCount);
      for (let page = 1; page <= pageCount; page += 1) {
        const after = pageFiles(pageCount, page);
        const renamed = after.map((name, index) => (name === before[index] ? 0 : index + 1)).filter((renamedPage) => renamedPage > 0);
        expect(pagesToRewrite(new Set([page]), pageCount)).toEqual(renamed.reverse());
      }
    }
  });

  it('rewrite each page once, last first, when several pages change', () => {
    expect(pagesToRewrite(new Set([3, 12, 19]), 20)).toEqual([19, 18, 17, 12, 11, 10, 9, 3, 2, 1]);
  });
});
