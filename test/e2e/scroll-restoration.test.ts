// Back, forward, reload and the Back link return the reader to the same place in the feed; a new page starts at the top.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { Card, Topic } from '../../src/model';
import { useReaderSession } from './reader-session';
import { findCardInFeed, openRelatedStories, renderedCards, topicControl, waitForFeed } from './reader-steps';
import { narrowingTopic, readFeedCards, type SiteData } from './site-data';

const scrollY = (page: Page) => page.evaluate(() => Math.round(window.scrollY));

/** Scrolls as a reader would and waits until the page has settled there. */
async function scrollTo(page: Page, top: number): Promise<number> {
  await page.evaluate((y) => window.scrollTo(0, y), top);
  await page.waitForTimeout(150);
  return scrollY(page);
}

interface Subject {
  card: Card;
  relatedTitle: string;
  topic: Topic;
}

/**
 * A story with a related story from the corpus, filtered by the topic that puts it furthest down
 * that topic's first page: on a phone's single column it then sits well below the top.
 */
async function deepStoryInTopic(data: SiteData, outDir: string): Promise<Subject & { depth: number }> {
  let deepest: (Subject & { depth: number }) | undefined;
  for (const card of data.cards) {
    const inCorpus = data.details.get(card.id)?.related.find((story) => story.kind === 'article');
    if (!inCorpus) continue;
    for (const topic of card.topics) {
      const depth = (await readFeedCards(outDir, topic.slug)).slice(0, data.pageSize).findIndex((candidate) => candidate.id === card.id);
      if (depth > (deepest?.depth ?? 0)) deepest = { card, relatedTitle: inCorpus.title, topic, depth };
    }
  }
  if (!deepest) throw new Error('The demo content has no story below the top of a topic with a related story from the corpus');
  return deepest;
}

describe('scroll restoration', () => {
  const session = useReaderSession(() => inject('demoSite'));

  it('brings the reader back to the same place in the filtered feed from a story, through the Back link', async () => {
    const { card, relatedTitle, topic } = await deepStoryInTopic(session.data, session.site.outDir);
    const { page, problems } = await session.open({ path: `?topic=${topic.slug}`, viewport: { width: 375, height: 740 } });
    await waitForFeed(page);
    const region = await openRelatedStories(await findCardInFeed(page, card.title), card.relatedCount);
    const link = region.getByRole('link', { name: relatedTitle, exact: true }).first();
    await link.scrollIntoViewIfNeeded();
    await page.waitForTimeout(150);
    const place = await scrollY(page);
    expect(place, 'the story is far enough down the feed to need scrolling').toBeGreaterThan(200);

    await link.click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/\/article\//);
    await page.getByRole('link', { name: /Back to stories/ }).waitFor();
    await expect.poll(() => scrollY(page), { message: 'a new page starts at the top' }).toBe(0);

    await page.getByRole('link', { name: /Back to stories/ }).click();
    await expect.poll(() => new URL(page.url()).search).toBe(`?topic=${topic.slug}`);
    await expect.poll(() => scrollY(page)).toBe(place);
    // The windowed feed has rendered the rows at that place (the story's panel is closed again, as it always was).
    await expect.poll(async () => (await renderedCards(page)).length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it("returns to each page's place with back and forward, and keeps it across a reload", async () => {
    const topic = narrowingTopic(session.data.cards);
    const { page, problems } = await session.open();
    await waitForFeed(page);
    const place = await scrollTo(page, 1200);
    expect(place).toBe(1200);

    // Clicked where it is, as a reader would after scrolling back up: no scrolling on the way.
    await topicControl(page, topic.name).evaluate((control: HTMLElement) => control.click());
    await expect.poll(() => new URL(page.url()).searchParams.get('topic')).toBe(topic.slug);
    await expect.poll(() => scrollY(page), { message: 'a new page starts at the top' }).toBe(0);
    await waitForFeed(page);
    const topicPlace = await scrollTo(page, 150);

    await page.goBack();
    await expect.poll(() => scrollY(page)).toBe(place);
    await page.goForward();
    await expect.poll(() => scrollY(page)).toBe(topicPlace);
    await page.goBack();
    await expect.poll(() => scrollY(page)).toBe(place);

    await page.reload();
    await waitForFeed(page);
    await expect.poll(() => scrollY(page)).toBe(place);
    expect(problems).toEqual([]);
  });
});
