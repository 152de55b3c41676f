// Built for a sub-path (NEWSSTAND_BASE=/election/), the site serves and deep-links from there.
import { describe, expect, it } from 'vitest';
import { openReaderPage } from './reader-page';
import { useBuiltSiteSession } from './reader-session';
import { expectFeedToStartWith, topicControl, waitForFeed, waitForImagesToSettle } from './reader-steps';
import { narrowingTopic, readFeedCards } from './site-data';
import { serveLikeStaticHost } from './static-host';

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
    await page
      .getByRole('heading', { name: card?.title ?? '', exact: true })
      .first()
      .waitFor();
    await waitForImagesToSettle(page);
    expect(siteRequests.length).toBeGreaterThan(0);
    expect(siteRequests.filter((path) => !path.startsWith('/election/'))).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('filters from a pasted link and keeps topic links under the base', async () => {
    const topic = narrowingTopic(session.data.cards);
    const { page, problems } = await session.open({ path: `?topic=${topic.slug}` });
    await waitForFeed(page);
    await expectFeedToStartWith(
      page,
      (await readFeedCards(session.site.outDir, topic.slug)).map((card) => card.title),
    );
    await topicControl(page, 'All').click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/election/');
    await expectFeedToStartWith(
      page,
      session.data.cards.map((card) => card.title),
    );
    expect(problems).toEqual([]);
  });

  it('opens a deep link on a static host that knows nothing of the app, through the 404.html the build writes', async () => {
    const card = session.data.cards[2] ?? session.data.cards[0];
    const host = await serveLikeStaticHost(session.site);
    const reader = await openReaderPage(session.browser, host, { path: `article/${card?.id ?? ''}` });
    try {
      await reader.page
        .getByRole('heading', { name: card?.title ?? '', exact: true })
        .first()
        .waitFor();
      const original = reader.page.getByRole('article').first().getByRole('link', { name: 'Original', exact: true });
      expect(await original.getAttribute('href')).toBe(card?.links.original);
      // The host said 404 for the page itself, as GitHub Pages does (Chromium logs it); everything the app asked for was there.
      const deepLink = `${host.home}article/${card?.id ?? ''}`;
      expect(reader.problems).toEqual([
        `HTTP 404 for ${deepLink}`,
        `console error: Failed to load resource: the server responded with a status of 404 (Not Found) (${deepLink})`,
      ]);
    } finally {
      await reader.close();
      await host.close();
    }
  });
});
