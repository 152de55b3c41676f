// Opening the reader shows the newest stories first, each with what a reader needs to judge it.
import { describe, expect, inject, it } from 'vitest';
import { useReaderSession } from './reader-session';
import { feedOf, renderedCards, waitForFeed } from './reader-steps';

describe('the home page', () => {
  const session = useReaderSession(() => inject('demoSite'));

  it('shows the first page of the feed as articles labelled by their headings, newest first', async () => {
    const { page, problems } = await session.open();
    await waitForFeed(page);
    const cards = await renderedCards(page);
    const expectedTitles = session.data.cards.map((card) => card.title);

    expect(cards.length).toBeGreaterThanOrEqual(Math.min(3, expectedTitles.length));
    expect(cards.map((card) => card.heading)).toEqual(expectedTitles.slice(0, cards.length));
    expect(cards.map((card) => card.label)).toEqual(cards.map((card) => card.heading));
    const times = cards.map((card) => Date.parse(card.datetime ?? ''));
    expect(times.every((time) => Number.isFinite(time))).toBe(true);
    expect(times).toEqual([...times].sort((earlier, later) => later - earlier));
    expect(problems).toEqual([]);
  });

  it('gives every card its provider, its exact time and an Original link to the original URL', async () => {
    const { page, problems } = await session.open();
    const feed = await waitForFeed(page);
    const rendered = await renderedCards(page);

    for (const expected of session.data.cards.slice(0, rendered.length)) {
      const article = feed.getByRole('article', { name: expected.title, exact: true });
      await expect.poll(() => article.textContent()).toContain(expected.provider.name);
      const time = article.locator('time').first();
      expect(Date.parse((await time.getAttribute('datetime')) ?? '')).toBe(Date.parse(expected.publishedAt));
      expect(await time.getAttribute('title')).toBeTruthy();
      const original = article.getByRole('link', { name: 'Original', exact: true });
      expect(await original.getAttribute('href')).toBe(expected.links.original);
      expect(await original.getAttribute('target')).toBe('_blank');
      expect((await original.getAttribute('rel'))?.split(/\s+/)).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
      expect(await article.getByRole('link', { name: 'AMP', exact: true }).count()).toBe(expected.links.amp ? 1 : 0);
    }
    expect(problems).toEqual([]);
  });

  it('shows the total story count in the header', async () => {
    const { page } = await session.open();
    await waitForFeed(page);
    const banner = page.getByRole('banner');
    const count = session.data.cards.length;
    // The count may be formatted ("2,000") and may touch the title in textContent.
    const counted = new RegExp(`(?<![\\d,])(${count}|${count.toLocaleString('en-US')}) stor`);
    await expect.poll(() => banner.textContent()).toMatch(counted);
    expect(await feedOf(page).count()).toBe(1);
  });
});
