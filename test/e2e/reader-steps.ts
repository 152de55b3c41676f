// What a reader does and sees, by role and name: shared by the demo tests and the real-corpus journey.
import type { Locator, Page } from 'playwright-core';
import type { ReaderPage } from './reader-page';
import { expect } from 'vitest';

export function feedOf(page: Page): Locator {
  return page.getByRole('feed');
}

export function topicNavigationOf(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Topics' });
}

function escapeRegularExpression(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A topic control is named by the topic; a count ("Joe Biden 12", "Joe Biden (12)") may follow. */
export function topicNamePattern(name: string): RegExp {
  return new RegExp(`^\\s*${escapeRegularExpression(name)}(\\s*\\(?[\\d,.]+\\)?)?\\s*$`);
}

export function topicControl(page: Page, name: string): Locator {
  const navigation = topicNavigationOf(page);
  const pattern = topicNamePattern(name);
  return navigation.getByRole('link', { name: pattern }).or(navigation.getByRole('button', { name: pattern }));
}

/** The active topic is marked with aria-current (links) or aria-pressed (buttons). */
export async function isActiveTopic(control: Locator): Promise<boolean> {
  const current = await control.getAttribute('aria-current');
  const pressed = await control.getAttribute('aria-pressed');
  return (current !== null && current !== 'false') || pressed === 'true';
}

/** Waits until the feed shows articles and is no longer busy. */
export async function waitForFeed(page: Page): Promise<Locator> {
  const feed = feedOf(page);
  await feed.getByRole('article').first().waitFor({ state: 'visible' });
  await expect.poll(() => feed.getAttribute('aria-busy')).not.toBe('true');
  return feed;
}

export interface RenderedCard {
  /** The article's accessible label, resolved from aria-labelledby. */
  label: string;
  heading: string;
  datetime: string | null;
}

/** The cards the feed has in the DOM right now (windowing keeps only those near the viewport). */
export async function renderedCards(page: Page): Promise<RenderedCard[]> {
  return feedOf(page).evaluate((feed) =>
    Array.from(feed.querySelectorAll('article')).map((article) => {
      const labelIds = (article.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
      const label = labelIds
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ')
        .trim();
      const heading = article.querySelector('h1, h2, h3, h4, h5, h6')?.textContent?.trim() ?? '';
      const datetime = article.querySelector('time')?.getAttribute('datetime') ?? null;
      return { label, heading, datetime };
    }),
  );
}

/** Waits until the feed's rendered cards are the first of `titles`, in order. */
export async function expectFeedToStartWith(page: Page, titles: string[]): Promise<void> {
  await expect
    .poll(async () => {
      const headings = (await renderedCards(page)).map((card) => card.heading);
      return headings.length > 0 && headings.every((heading, index) => heading === titles[index]);
    })
    .toBe(true);
}

/** The card in the feed whose heading is `title`, scrolling down until windowing renders it. */
export async function findCardInFeed(page: Page, title: string, maximumScrolls = 200): Promise<Locator> {
  const card = feedOf(page).getByRole('article', { name: title, exact: true });
  for (let scroll = 0; scroll < maximumScrolls; scroll += 1) {
    if ((await card.count()) > 0) {
      await card.first().scrollIntoViewIfNeeded();
      return card.first();
    }
    const atEnd = await page.evaluate(() => {
      const before = window.scrollY;
      window.scrollBy(0, window.innerHeight * 0.8);
      return window.scrollY === before;
    });
    if (atEnd) await page.waitForTimeout(200);
    else await page.waitForTimeout(50);
  }
  throw new Error(`No card titled "${title}" appeared in the feed after ${maximumScrolls} scrolls`);
}

/**
 * Images that failed but still show: what a reader sees as a broken-image icon. An image that has
 * just failed keeps its icon until its error event reaches the app, one task later; only an icon
 * still there a moment afterwards is one a reader would see.
 */
export async function visibleBrokenImages(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const showsBrokenIcon = (image: HTMLImageElement) => {
      if (!image.isConnected || !image.complete || image.naturalWidth !== 0) return false;
      const box = image.getBoundingClientRect();
      const style = getComputedStyle(image);
      return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none' && style.opacity !== '0';
    };
    const suspects = Array.from(document.images).filter(showsBrokenIcon);
    if (suspects.length === 0) return [];
    await new Promise((settled) => setTimeout(settled, 250));
    return suspects.filter(showsBrokenIcon).map((image) => image.currentSrc || image.src);
  });
}

/** Waits until every image in the viewport has loaded or failed (lazy ones below may wait). */
export async function waitForImagesToSettle(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(() =>
        Array.from(document.images)
          .filter((image) => {
            const box = image.getBoundingClientRect();
            return box.bottom > 0 && box.top < window.innerHeight;
          })
          .every((image) => image.complete),
      ),
    )
    .toBe(true);
}

/** Clicks a link that must open `expectedUrl` in a new tab with no way back to the reader. */
export async function followLinkToNewTab(reader: ReaderPage, link: Locator, expectedUrl: string): Promise<void> {
  expect(await link.getAttribute('target')).toBe('_blank');
  expect((await link.getAttribute('rel'))?.split(/\s+/)).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
  const [popup] = await Promise.all([reader.context.waitForEvent('page'), link.click()]);
  await popup.waitForLoadState('domcontentloaded');
  expect(popup.url()).toBe(expectedUrl);
  expect(await popup.evaluate(() => window.opener)).toBeNull();
  const visit = reader.outsideRequests.find((request) => request.resourceType === 'document' && request.url === expectedUrl);
  expect(visit, `the browser asked for ${expectedUrl}`).toBeDefined();
  expect(visit?.referer).toBeUndefined();
  await popup.close();
}

export function relatedStoriesButton(card: Locator, count: number): Locator {
  return card.getByRole('button', { name: `Related stories (${count})`, exact: true });
}

/** Opens a card's "Related stories (N)" panel and returns the region the button controls. */
export async function openRelatedStories(card: Locator, count: number): Promise<Locator> {
  const button = relatedStoriesButton(card, count);
  expect(await button.getAttribute('aria-expanded')).toBe('false');
  await button.click();
  await expect.poll(() => button.getAttribute('aria-expanded')).toBe('true');
  const region = card.getByRole('region', { name: 'Related stories', exact: true });
  await region.getByRole('link').first().waitFor({ state: 'visible' });
  const controls = await button.getAttribute('aria-controls');
  if (controls) expect(await region.getAttribute('id')).toBe(controls);
  return region;
}

export function elementCount(page: Page): Promise<number> {
  return page.evaluate(() => document.getElementsByTagName('*').length);
}

export interface ScrollRecord {
  /** The most elements the document held at any point while scrolling. */
  mostElements: number;
  steps: number;
}

/**
 * Scrolls to the bottom again and again, as a reader flinging through the feed would, until
 * `done` says so (or the page stops growing), counting the document's elements on the way.
 */
export async function scrollThroughFeed(page: Page, done: () => Promise<boolean>, maximumSteps = 400): Promise<ScrollRecord> {
  let mostElements = await elementCount(page);
  let unchanged = 0;
  for (let steps = 1; steps <= maximumSteps; steps += 1) {
    const height = await page.evaluate(() => {
      window.scrollTo(0, document.documentElement.scrollHeight);
      return document.documentElement.scrollHeight;
    });
    await page.waitForTimeout(60);
    mostElements = Math.max(mostElements, await elementCount(page));
    if (await done()) return { mostElements, steps };
    const grown = await page.evaluate((before) => document.documentElement.scrollHeight > before, height);
    unchanged = grown ? 0 : unchanged + 1;
    // Give a slow page fetch time; a feed that has stopped growing for ~5 s is at its end.
    if (unchanged > 0) await page.waitForTimeout(100);
    if (unchanged > 50) break;
  }
  throw new Error(`Scrolled ${maximumSteps} times (or the feed stopped growing) without reaching the goal`);
}
