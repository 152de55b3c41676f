// axe-core finds nothing to fix on any screen a reader can reach, in light and in dark.
import { describe, expect, inject, it } from 'vitest';
import { accessibilityViolations } from './axe';
import type { ReaderPage } from './reader-page';
import { useReaderSession } from './reader-session';
import { findCardInFeed, openRelatedStories, waitForFeed, waitForImagesToSettle } from './reader-steps';
import { cardWithRelatedInCorpus, narrowingTopic } from './site-data';

describe.each(['light', 'dark'] as const)('accessibility in the %s theme', (colorScheme) => {
  const session = useReaderSession(() => inject('demoSite'));

  async function open(path = ''): Promise<ReaderPage> {
    return session.open({ path, colorScheme, bypassContentSecurityPolicy: true });
  }

  it('has no violations on the home page', async () => {
    const { page } = await open();
    await waitForFeed(page);
    await waitForImagesToSettle(page);
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
    await page.getByRole('heading', { name: card?.title ?? '', exact: true }).first().waitFor();
    await waitForImagesToSettle(page);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
