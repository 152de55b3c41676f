// The related panel lists a story's related coverage; one from the corpus opens its page in-app.
import { describe, expect, inject, it } from 'vitest';
import { useReaderSession } from './reader-session';
import { findCardInFeed, openRelatedStories, relatedStoriesButton, waitForFeed } from './reader-steps';
import { cardWithRelatedInCorpus } from './site-data';

describe('related stories', () => {
  const session = useReaderSession(() => inject('demoSite'));

  function subject() {
    const found = cardWithRelatedInCorpus(session.data);
    if (!found) throw new Error('The demo content has no story with a related story from the corpus');
    return found;
  }

  it('opens and closes a panel listing every related story with safe links', async () => {
    const { card, detail } = subject();
    const { page, problems } = await session.open();
    await waitForFeed(page);
    const article = await findCardInFeed(page, card.title);
    const region = await openRelatedStories(article, card.relatedCount);

    for (const story of detail.related) {
      await region.getByText(story.title, { exact: true }).first().waitFor();
      if (story.kind === 'external') {
        const outside = region.locator(`a[href="${story.links.original}"]`).first();
        expect(await outside.getAttribute('target')).toBe('_blank');
        expect((await outside.getAttribute('rel'))?.split(/\s+/)).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
      }
    }

    const button = relatedStoriesButton(article, card.relatedCount);
    await button.click();
    await expect.poll(() => button.getAttribute('aria-expanded')).toBe('false');
    await expect.poll(() => article.getByRole('region', { name: 'Related stories' }).count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('opens a related story from the corpus at /article/<id> in-app, and that page deep-links', async () => {
    const { card, detail } = subject();
    const inCorpus = detail.related.find((story) => story.kind === 'article');
    if (inCorpus?.kind !== 'article') throw new Error('unreachable: the subject has an in-corpus story');
    const { page, problems } = await session.open();
    await waitForFeed(page);
    const region = await openRelatedStories(await findCardInFeed(page, card.title), card.relatedCount);

    const link = region.getByRole('link', { name: inCorpus.title, exact: true }).first();
    expect(await link.getAttribute('href')).toBe(`${session.site.base}article/${inCorpus.id}`);
    expect(await link.getAttribute('target')).toBeNull();
    // A marker on window survives only a client-side navigation, not a page load.
    await page.evaluate(() => Object.assign(window, { newsstandTestMarker: true }));
    await link.click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`${session.site.base}article/${inCorpus.id}`);
    await page.getByRole('heading', { name: inCorpus.title, exact: true }).first().waitFor();
    expect(await page.evaluate(() => 'newsstandTestMarker' in window)).toBe(true);

    await page.reload();
    await page.getByRole('heading', { name: inCorpus.title, exact: true }).first().waitFor();
    await page.getByRole('region', { name: 'Related stories', exact: true }).first().waitFor();
    expect(await page.evaluate(() => 'newsstandTestMarker' in window)).toBe(false);
    expect(problems).toEqual([]);
  });

  it('shows an article page with its related stories open and a way back to the feed', async () => {
    const { card, detail } = subject();
    const { page, problems } = await session.open({ path: `article/${card.id}` });
    await page.getByRole('heading', { name: card.title, exact: true }).first().waitFor();
    const region = page.getByRole('region', { name: 'Related stories', exact: true }).first();
    await region.waitFor();
    for (const story of detail.related) await region.getByText(story.title, { exact: true }).first().waitFor();
    const original = page.getByRole('article').first().getByRole('link', { name: 'Original', exact: true });
    expect(await original.getAttribute('href')).toBe(card.links.original);
    expect(await page.locator(`a[href="${session.site.base}"], a[href^="${session.site.base}?"]`).count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});
