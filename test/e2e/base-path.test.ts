// Built for a sub-path (NEWSSTAND_BASE=/election/), the site serves and deep-links from there.
import { describe, expect, it } from 'vitest';
import { useBuiltSiteSession } from './reader-session';
import { expectFeedToStartWith, topicControl, waitForFeed, waitForImagesToSettle } from './reader-steps';
import { narrowingTopic, readFeedCards } from './site-data';

describe('under the base path /election/', () => {
  const session = useBuiltSiteSession(() => ({ base: '/election/' }));

  it('opens a deep link to an article page and loads everything from under the base', async () => {
    const card = session.data.cards[1] ?? session.data.cards[0];
    const { page, problems, context } = await session.open({ path: `article/${card?.id ?? ''}` });
    const siteRequests: string[] = [];
    context.on('request', (request) => {
      if (request.url().startsWith(session.site.origin)) siteRequests.push(new URL(request.url()).pathname);
    });
    await page.reload();
    await page.getByRole('heading', { name: card?.title ?? '', exact: true }).first().waitFor();
    await waitForImagesToSettle(page);
    expect(siteRequests.length).toBeGreaterThan(0);
    expect(siteRequests.filter((path) => !path.startsWith('/election/'))).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('filters from a pasted link and keeps topic links under the base', async () => {
    const topic = narrowingTopic(session.data.cards);
    const { page, problems } = await session.open({ path: `?topic=${topic.slug}` });
    await waitForFeed(page);
    await expectFeedToStartWith(page, (await readFeedCards(session.site.outDir, topic.slug)).map((card) => card.title));
    await topicControl(page, 'All').click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/election/');
    await expectFeedToStartWith(page, session.data.cards.map((card) => card.title));
    expect(problems).toEqual([]);
  });
});
