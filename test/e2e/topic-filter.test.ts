// Choosing a topic narrows the feed, lives in the URL, and survives back, reload and a shared link.
import { describe, expect, inject, it } from 'vitest';
import { useReaderSession } from './reader-session';
import { expectFeedToStartWith, isActiveTopic, topicControl, waitForFeed } from './reader-steps';
import { narrowingTopic, readFeedCards } from './site-data';

describe('filtering by topic', () => {
  const session = useReaderSession(() => inject('demoSite'));

  it("shows only that topic's stories, puts it in the URL, and back returns to all", async () => {
    const topic = narrowingTopic(session.data.cards);
    const topicTitles = (await readFeedCards(session.site.outDir, topic.slug)).map((card) => card.title);
    const allTitles = session.data.cards.map((card) => card.title);
    const { page, problems } = await session.open();
    await waitForFeed(page);
    expect(await isActiveTopic(topicControl(page, 'All'))).toBe(true);

    await topicControl(page, topic.name).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('topic')).toBe(topic.slug);
    await expectFeedToStartWith(page, topicTitles);
    await expect.poll(() => isActiveTopic(topicControl(page, topic.name))).toBe(true);
    await expect.poll(() => isActiveTopic(topicControl(page, 'All'))).toBe(false);

    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('topic')).toBe(null);
    await expectFeedToStartWith(page, allTitles);
    await expect.poll(() => isActiveTopic(topicControl(page, 'All'))).toBe(true);

    await page.goForward();
    await expectFeedToStartWith(page, topicTitles);
    expect(problems).toEqual([]);
  });

  it('keeps the filter on reload and opens filtered from a pasted link', async () => {
    const topic = narrowingTopic(session.data.cards);
    const topicTitles = (await readFeedCards(session.site.outDir, topic.slug)).map((card) => card.title);
    const { page, problems } = await session.open({ path: `?topic=${topic.slug}` });
    await waitForFeed(page);
    await expectFeedToStartWith(page, topicTitles);
    await expect.poll(() => isActiveTopic(topicControl(page, topic.name))).toBe(true);

    await page.reload();
    await waitForFeed(page);
    await expectFeedToStartWith(page, topicTitles);
    expect(new URL(page.url()).searchParams.get('topic')).toBe(topic.slug);
    expect(problems).toEqual([]);
  });

  it('lists every topic of the corpus, after Top stories and All', async () => {
    const { page } = await session.open();
    await waitForFeed(page);
    const controls = page.getByRole('navigation', { name: 'Topics' }).locator('a, button');
    const names = await controls.allTextContents();
    expect(names[0]?.trim()).toMatch(/^Top stories\b/);
    expect(names[1]?.trim()).toMatch(/^All\b/);
    const topics = new Set(session.data.cards.flatMap((card) => card.topics.map((topic) => topic.name)));
    for (const name of topics) expect(await topicControl(page, name).count()).toBe(1);
  });
});
