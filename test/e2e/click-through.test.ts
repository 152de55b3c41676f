// "Original", "AMP" and the title open the article's own URLs in a new tab that cannot reach back.
import { describe, expect, inject, it } from 'vitest';
import type { Card } from '../../src/model';
import { useReaderSession } from './reader-session';
import { findCardInFeed, followLinkToNewTab, waitForFeed } from './reader-steps';

describe('clicking through to the original', () => {
  const session = useReaderSession(() => inject('demoSite'));

  function firstCard(predicate: (card: Card) => boolean): Card {
    const card = session.data.cards.find(predicate);
    if (!card) throw new Error('The demo content has no card for this test');
    return card;
  }

  it('opens "Original" and "AMP" at exactly the article\'s URLs in new tabs with noopener', async () => {
    const card = firstCard((candidate) => Boolean(candidate.links.amp));
    const reader = await session.open();
    await waitForFeed(reader.page);
    const article = await findCardInFeed(reader.page, card.title);
    const readerUrl = reader.page.url();

    await followLinkToNewTab(reader, article.getByRole('link', { name: 'Original', exact: true }), card.links.original);
    await followLinkToNewTab(reader, article.getByRole('link', { name: 'AMP', exact: true }), card.links.amp ?? '');
    expect(reader.page.url()).toBe(readerUrl);
    expect(reader.problems).toEqual([]);
  });

  it('opens the original when the title is clicked', async () => {
    const card = firstCard(() => true);
    const reader = await session.open();
    await waitForFeed(reader.page);
    const article = await findCardInFeed(reader.page, card.title);
    const titleLink = article.getByRole('heading').getByRole('link');
    await followLinkToNewTab(reader, titleLink, card.links.original);
    expect(reader.problems).toEqual([]);
  });

  it('shows no AMP link on a story that has none', async () => {
    const card = firstCard((candidate) => !candidate.links.amp);
    const reader = await session.open();
    await waitForFeed(reader.page);
    const article = await findCardInFeed(reader.page, card.title);
    expect(await article.getByRole('link', { name: 'Original', exact: true }).count()).toBe(1);
    expect(await article.getByRole('link', { name: 'AMP', exact: true }).count()).toBe(0);
  });
});
