// Scrolling to the end loads the next page, and a long feed keeps only what is near in the DOM.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { generateCorpus } from './generate-corpus';
import { useBuiltSiteSession, useReaderSession } from './reader-session';
import { renderedCards, scrollThroughFeed, waitForFeed } from './reader-steps';

describe('infinite scroll on the demo content', () => {
  const session = useReaderSession(() => inject('demoSite'));

  it('loads the next page when the reader scrolls to the end', async () => {
    const { cards, pageSize } = session.data;
    expect(cards.length, 'the demo content has more than one page').toBeGreaterThan(pageSize);
    const { page, problems } = await session.open();
    await waitForFeed(page);
    const secondPageRequests: string[] = [];
    page.on('request', (request) => {
      if (/\/newsstand\/feed\/all\/2\.[^/]+\.json$/.test(request.url())) secondPageRequests.push(request.url());
    });
    // Scrolling jumps to the bottom each time, so any story of page two proves it arrived.
    const pageTwoTitles = new Set(cards.slice(pageSize, pageSize * 2).map((card) => card.title));

    await scrollThroughFeed(page, async () => (await renderedCards(page)).some((card) => pageTwoTitles.has(card.heading)));
    expect(secondPageRequests).toHaveLength(1);
    expect(problems).toEqual([]);
  });
});

describe('infinite scroll over 2,000 stories', () => {
  const storyCount = 2000;
  let corpusDirectory = '';
  const session = useBuiltSiteSession(async () => {
    corpusDirectory = await mkdtemp(join(tmpdir(), 'newsstand-e2e-corpus-'));
    await generateCorpus(corpusDirectory, storyCount);
    return { content: [corpusDirectory] };
  });
  afterAll(async () => {
    await rm(corpusDirectory, { recursive: true, force: true });
  });

  it('keeps the document under 1,500 elements while scrolling to the oldest story', async () => {
    expect(session.data.cards).toHaveLength(storyCount);
    const oldest = session.data.cards.at(-1)?.title ?? '';
    const { page, problems } = await session.open();
    await waitForFeed(page);

    const record = await scrollThroughFeed(page, async () => (await renderedCards(page)).some((card) => card.heading === oldest), 600);
    console.info(`2,000 stories: at most ${record.mostElements} elements over ${record.steps} scrolls`);
    expect(record.mostElements).toBeLessThan(1500);
    expect(problems).toEqual([]);
  }, 180_000);
});
