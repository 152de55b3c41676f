// The built site runs under its Content-Security-Policy: the reader needs nothing it refuses, and it refuses inline script.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useReaderSession } from './reader-session';
import { findCardInFeed, openRelatedStories, renderedCards, scrollThroughFeed, waitForFeed } from './reader-steps';
import { cardWithRelatedInCorpus } from './site-data';

/** Every `securitypolicyviolation` the page has seen, recorded from before the app's first script. */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { newsstandPolicyViolations: seen });
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} refused ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
}

function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { newsstandPolicyViolations?: string[] }).newsstandPolicyViolations ?? ['not recorded']);
}

describe('the Content-Security-Policy of the built site', () => {
  const session = useReaderSession(() => inject('demoSite'));

  it('is set on the page a reader opens', async () => {
    const { page } = await session.open();
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("img-src 'self' https:");
  });

  it('lets the whole journey run without a single violation', async () => {
    const subject = cardWithRelatedInCorpus(session.data);
    if (!subject) throw new Error('The demo content has no story with a related story from the corpus');
    const inCorpus = subject.detail.related.find((story) => story.kind === 'article');
    const { page, problems, outsideRequests } = await session.open();
    await recordViolations(page);
    await page.reload();
    await waitForFeed(page);

    // Down to the oldest story, so outside images are asked for too.
    const oldest = session.data.cards.at(-1)?.title;
    await scrollThroughFeed(page, async () => (await renderedCards(page)).some((card) => card.heading === oldest));
    expect(outsideRequests.some((request) => request.resourceType === 'image')).toBe(true);
    await page.evaluate(() => window.scrollTo(0, 0));
    const region = await openRelatedStories(await findCardInFeed(page, subject.card.title), subject.card.relatedCount);
    await region
      .getByRole('link', { name: inCorpus?.title ?? '', exact: true })
      .first()
      .click();
    await page
      .getByRole('heading', { name: inCorpus?.title ?? '', exact: true })
      .first()
      .waitFor();

    expect(await violations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('refuses a script injected into the page', async () => {
    const { page, problems } = await session.open();
    await recordViolations(page);
    await page.reload();
    await waitForFeed(page);
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.newsstandInjected = true;';
      document.body.append(script);
      await new Promise((settled) => setTimeout(settled, 50));
      return 'newsstandInjected' in window;
    });
    expect(ran).toBe(false);
    expect(await violations(page)).toEqual([expect.stringMatching(/^script-src-elem refused inline/)]);
    // Chromium says so in the console too, which every other test counts as a problem.
    expect(problems).toEqual([expect.stringMatching(/Content Security Policy/)]);
  });
});
