// Offline or behind a blocker, failed images and logos give way to fallbacks, never broken icons.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useReaderSession } from './reader-session';
import { findCardInFeed, renderedCards, scrollThroughFeed, visibleBrokenImages, waitForFeed, waitForImagesToSettle } from './reader-steps';

function imageAttributes(page: Page) {
  return page.evaluate(() =>
    Array.from(document.images).map((image) => ({
      source: image.getAttribute('src') ?? '',
      alt: image.getAttribute('alt'),
      width: image.getAttribute('width'),
      height: image.getAttribute('height'),
      loading: image.getAttribute('loading'),
      firstStory: image.closest('article')?.getAttribute('aria-posinset') === '1',
      referrerPolicy: image.getAttribute('referrerpolicy'),
    })),
  );
}

describe('images while offline', () => {
  const session = useReaderSession(() => inject('demoSite'));

  it('shows placeholders for article images that fail, with no broken-image icon and no errors', async () => {
    const { page, problems, outsideRequests } = await session.open();
    await waitForFeed(page);
    await waitForImagesToSettle(page);
    expect(await visibleBrokenImages(page)).toEqual([]);

    // Keep going through the whole feed: every card the reader meets must be tidy.
    const brokenOnTheWay = new Set<string>();
    const oldest = session.data.cards.at(-1)?.title;
    await scrollThroughFeed(page, async () => {
      for (const source of await visibleBrokenImages(page)) brokenOnTheWay.add(source);
      return (await renderedCards(page)).some((card) => card.heading === oldest);
    });
    await waitForImagesToSettle(page);
    for (const source of await visibleBrokenImages(page)) brokenOnTheWay.add(source);
    expect([...brokenOnTheWay]).toEqual([]);
    const outsideImages = outsideRequests.filter((request) => request.resourceType === 'image');
    expect(outsideImages.length, 'the demo content has article images on other hosts').toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('asks for outside images without a Referer, lazily, at a fixed size, with alt text', async () => {
    const { page, outsideRequests } = await session.open();
    await waitForFeed(page);
    await waitForImagesToSettle(page);
    const images = await imageAttributes(page);
    // The demo's outside images sit further down: scroll until the feed has asked for some.
    await scrollThroughFeed(page, async () => outsideRequests.some((request) => request.resourceType === 'image'));
    images.push(...(await imageAttributes(page)));
    const outsideImages = outsideRequests.filter((request) => request.resourceType === 'image');
    expect(outsideImages.length).toBeGreaterThan(0);
    expect(outsideImages.filter((request) => request.referer !== undefined)).toEqual([]);

    expect(images.filter((image) => image.alt === null)).toEqual([]);
    for (const image of images.filter((candidate) => /^https?:/.test(candidate.source))) {
      expect(image).toMatchObject({ referrerPolicy: 'no-referrer' });
    }
    const leadImages = images.filter((image) => Number(image.width) > 100);
    expect(leadImages.length).toBeGreaterThan(0);
    for (const image of leadImages) {
      expect(Number(image.height)).toBeGreaterThan(0);
      // The first story's image is the first screen's largest paint, so only it loads at once.
      expect(image.loading).toBe(image.firstStory ? 'eager' : 'lazy');
    }
  });

  it("puts a placeholder of the same size where a story's outside image failed", async () => {
    const card = session.data.cards.find((candidate) => /^https?:/.test(candidate.image?.url ?? ''));
    if (!card?.image) throw new Error('The demo content has no story with an image on another host');
    const { page, problems } = await session.open();
    await waitForFeed(page);
    const article = await findCardInFeed(page, card.title);
    await waitForImagesToSettle(page);
    const lead = await article.evaluate((element, url) => {
      const stillAnImage = Array.from(element.querySelectorAll('img')).some((image) => image.getAttribute('src') === url);
      // The placeholder is decoration (aria-hidden), so it is found by its place and size, not by role.
      const first = element.firstElementChild;
      const box = first?.getBoundingClientRect();
      return {
        stillAnImage,
        hidden: first?.getAttribute('aria-hidden'),
        width: Math.round(box?.width ?? 0),
        height: Math.round(box?.height ?? 0),
      };
    }, card.image.url);
    expect(lead).toMatchObject({ stillAnImage: false, hidden: 'true' });
    expect(lead.height).toBeGreaterThan(80);
    // The same shape as the image would have had, so nothing jumps when it fails.
    expect(lead.width / lead.height).toBeCloseTo(card.image.width / card.image.height, 1);
    expect(problems).toEqual([]);
  });

  it("shows monograms when the providers' logos fail too", async () => {
    const { page, problems } = await session.open({ failSiteLogos: true });
    await waitForFeed(page);
    await waitForImagesToSettle(page);
    expect(await visibleBrokenImages(page)).toEqual([]);
    const article = page.getByRole('feed').getByRole('article').first();
    const provider = session.data.cards[0]?.provider.name ?? '';
    // The provider's mark is still an image to assistive technology, now drawn as initials instead of an <img>.
    const mark = article.getByRole('img', { name: provider, exact: true }).first();
    expect(await mark.evaluate((element) => element.tagName)).not.toBe('IMG');
    expect((await mark.textContent())?.trim()).toMatch(/^\p{Lu}{1,3}$/u);
    expect(problems).toEqual([]);
  });
});
