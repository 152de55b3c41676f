// Built for a sub-path (NEWSSTAND_BASE=/election/), the site serves and deep-links from there.
import { describe, expect, it } from 'vitest';
import { openReaderPage } from './reader-page';
import { useBuiltSiteSession } from './reader-session';
import { expectFeedToStartWith, topicControl, waitForFeed, waitForImagesToSettle } from './reader-steps';
import { narrowingTopic, readFeedCards } from './site-data';
import { serveLikeStaticHost } from './static-host';
import { parseFeed } from 'feedsmith';

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

  it('names its feeds in the HTML as served, and a topic view’s "Subscribe" link gives that topic’s newest stories', async () => {
    const html = await (await fetch(session.site.home)).text();
    const discovery = [...html.matchAll(/<link rel="alternate" type="([^"]+)"[^>]* href="([^"]+)"/g)].map((match) => [match[1], match[2]]);
    expect(discovery).toEqual([
      ['application/rss+xml', '/election/feeds/rss.xml'],
      ['application/atom+xml', '/election/feeds/atom.xml'],
      ['application/feed+json', '/election/feeds/feed.json'],
    ]);
    for (const [, href] of discovery) expect((await fetch(new URL(href ?? '', session.site.origin))).status).toBe(200);

    const topic = narrowingTopic(session.data.cards);
    const { page, problems } = await session.open({ path: `?topic=${topic.slug}` });
    await waitForFeed(page);
    const href = await page.getByRole('link', { name: 'Subscribe', exact: true }).getAttribute('href');
    expect(href).toBe(`/election/feeds/topic/${topic.slug}/rss.xml`);
    const head = await page.evaluate(() =>
      [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="alternate"]')].map((link) => link.getAttribute('href')),
    );
    expect(head).toContain(`/election/feeds/topic/${topic.slug}/atom.xml`);
    const response = await fetch(new URL(href ?? '', session.site.origin));
    const feed = parseFeed(await response.text());
    const newest = (await readFeedCards(session.site.outDir, topic.slug)).slice(0, 50);
    expect(feed.format).toBe('rss');
    if (feed.format === 'rss') expect((feed.feed.items ?? []).map((item) => item.link)).toEqual(newest.map((card) => card.links.original));
    expect(problems).toEqual([]);
  });
});
