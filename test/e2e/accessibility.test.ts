// axe-core finds nothing to fix on any screen a reader can reach, in light and in dark.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { accessibilityViolations } from './axe';
import type { ReaderPage } from './reader-page';
import { useReaderSession } from './reader-session';
import { findCardInFeed, openRelatedStories, waitForFeed, waitForImagesToSettle } from './reader-steps';
import { cardWithRelatedInCorpus, narrowingTopic } from './site-data';

/** True when the page's background is dark: its text is light on it. */
function pageIsDark(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const background = getComputedStyle(document.body).backgroundColor;
    const [red = 255, green = 255, blue = 255] = (background.match(/\d+(\.\d+)?/g) ?? []).map(Number);
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue < 128;
  });
}

describe.each(['light', 'dark'] as const)('accessibility in the %s theme', (colorScheme) => {
  const session = useReaderSession(() => inject('demoSite'));

  async function open(path = ''): Promise<ReaderPage> {
    return session.open({ path, colorScheme, bypassContentSecurityPolicy: true });
  }

  it('has no violations on the home page', async () => {
    const { page } = await open();
    await waitForFeed(page);
    await waitForImagesToSettle(page);
    // Else the dark pass would quietly check the light theme again.
    expect(await pageIsDark(page)).toBe(colorScheme === 'dark');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('has no violations on a filtered page', async () => {
    const { page } = await open(`?topic=${narrowingTopic(session.data.cards).slug}`);
    await waitForFeed(page);
    await waitForImagesToSettle(page);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('has no violations with a related panel open', async () => {
    const subject = cardWithRelatedInCorpus(session.data);
    if (!subject) throw new Error('The demo content has no story with related stories');
    const { page } = await open();
    await waitForFeed(page);
    await openRelatedStories(await findCardInFeed(page, subject.card.title), subject.card.relatedCount);
    await waitForImagesToSettle(page);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('has no violations on an article page', async () => {
    const subject = cardWithRelatedInCorpus(session.data);
    const card = subject?.card ?? session.data.cards[0];
    const { page } = await open(`article/${card?.id ?? ''}`);
    await page
      .getByRole('heading', { name: card?.title ?? '', exact: true })
      .first()
      .waitFor();
    await waitForImagesToSettle(page);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
