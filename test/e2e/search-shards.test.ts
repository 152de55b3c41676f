// A search index in several shards answers as one: the demo content in shards of 20 stories, searched from the page.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleShard } from '../../src/model';
import { useBuiltSiteSession } from './reader-session';
import { waitForFeed } from './reader-steps';

const storiesPerShard = 20;

describe('a search index in shards', () => {
  const session = useBuiltSiteSession(() => ({ searchShardStories: storiesPerShard }));

  it('is written as one Pagefind bundle a shard', async () => {
    const shards = Math.ceil(session.data.cards.length / storiesPerShard);
    expect(shards).toBeGreaterThan(1);
    const folders = await readdir(join(session.site.outDir, 'newsstand', 'search'));
    expect(folders.sort()).toEqual(Array.from({ length: shards }, (_, shard) => String(shard)).sort());
    for (const folder of folders)
      expect(await readdir(join(session.site.outDir, 'newsstand', 'search', folder))).toContain('pagefind-entry.json');
  });

  it('finds stories from every shard in one list, with one count', async () => {
    const shards = Math.ceil(session.data.cards.length / storiesPerShard);
    // A word in titles from more than one shard.
    const words = new Map<string, Set<number>>();
    for (const card of session.data.cards) {
      for (const word of card.title.toLocaleLowerCase().match(/\p{L}{6,}/gu) ?? []) {
        const seen = words.get(word) ?? new Set<number>();
        seen.add(articleShard(card.id, shards));
        words.set(word, seen);
      }
    }
    const [word] = [...words.entries()].sort((a, b) => b[1].size - a[1].size)[0] ?? [];
    if (!word || (words.get(word)?.size ?? 0) < 2) throw new Error('The demo content has no title word in two shards');
    const { page, problems } = await session.open({ path: `search?q=${word}` });
    const heading = page.getByRole('heading', { level: 1, name: /results? for “/ });
    await heading.waitFor();
    await waitForFeed(page);
    const count = Number((await heading.textContent())?.match(/^\d+/)?.[0]);
    const withWordInTitle = session.data.cards.filter((card) => card.title.toLocaleLowerCase().includes(word));
    expect(count).toBeGreaterThanOrEqual(withWordInTitle.length);
    const shown = new Set(
      (await page.getByRole('feed', { name: 'Search results' }).getByRole('article').getByRole('heading').allTextContents()).map(
        (title) => session.data.cards.find((card) => card.title === title)?.id ?? '',
      ),
    );
    expect(new Set([...shown].map((id) => articleShard(id, shards))).size).toBeGreaterThan(1);
    expect(problems).toEqual([]);
  });
});
