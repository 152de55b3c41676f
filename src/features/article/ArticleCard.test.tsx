import { fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { installBrowserDoubles } from '../../testing/browser-doubles.ts';
import { makeCard } from '../../testing/fixtures.ts';
import { renderWithProviders } from '../../testing/render-app.tsx';
import { ArticleCard } from './ArticleCard.tsx';

beforeEach(() => installBrowserDoubles());

function renderCard(...overrides: Parameters<typeof makeCard>) {
  const card = makeCard(...overrides);
  renderWithProviders(<ArticleCard card={card} />);
  return { card, article: screen.getByRole('article', { name: card.title }) };
}

describe('ArticleCard', () => {
  it('is an article labelled by its title, which links to the original in a new tab', () => {
    const { card, article } = renderCard();
    const heading = within(article).getByRole('heading', { level: 2, name: card.title });
    const titleLink = within(heading).getByRole('link', { name: card.title });
    expect(titleLink).toHaveAttribute('href', card.links.original);
    expect(titleLink).toHaveAttribute('target', '_blank');
    expect(titleLink).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('links "Original" and "AMP" to the article\'s URLs, in new tabs that cannot reach back', () => {
    const { card, article } = renderCard();
    const original = within(article).getByRole('link', { name: 'Original' });
    const amp = within(article).getByRole('link', { name: 'AMP' });
    expect(original).toHaveAttribute('href', card.links.original);
    expect(amp).toHaveAttribute('href', card.links.amp);
    for (const link of [original, amp]) {
      expect(link).toHaveAttribute('target', '_blank');
      expect(link.getAttribute('rel')?.split(' ')).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
    }
  });

  it('shows no AMP link when the article has none', () => {
    const { article } = renderCard({ links: { original: 'https://ledger.example/plain' } });
    expect(within(article).getByRole('link', { name: 'Original' })).toHaveAttribute('href', 'https://ledger.example/plain');
    expect(within(article).queryByRole('link', { name: 'AMP' })).toBeNull();
  });

  it('never puts a non-http URL in an href', () => {
    const { article } = renderCard({ links: { original: 'javascript:alert(1)', amp: 'data:text/html,hi' } });
    expect(within(article).queryByRole('link', { name: 'Original' })).toBeNull();
    expect(within(article).queryByRole('link', { name: 'AMP' })).toBeNull();
    expect(article.querySelector('[href^="javascript"], [href^="data"]')).toBeNull();
  });

  it('shows the lead image at its own size, lazily, without a Referer', () => {
    const { article, card } = renderCard();
    const image = article.querySelector<HTMLImageElement>('.lead-image img');
    expect(image).not.toBeNull();
    expect(image).toHaveAttribute('src', card.image?.url);
    expect(image).toHaveAttribute('width', '1200');
    expect(image).toHaveAttribute('height', '675');
    expect(image).toHaveAttribute('loading', 'lazy');
    expect(image).toHaveAttribute('decoding', 'async');
    expect(image).toHaveAttribute('referrerpolicy', 'no-referrer');
    expect(image).toHaveAttribute('alt', '');
  });

  it("loads the first story's image at once, since it is the largest thing on the first screen", () => {
    const first = makeCard({ id: 'first', title: 'First story' });
    const second = makeCard({ id: 'second', title: 'Second story' });
    renderWithProviders(
      <>
        <ArticleCard card={first} feedPosition={{ position: 1, setSize: 2 }} />
        <ArticleCard card={second} feedPosition={{ position: 2, setSize: 2 }} />
      </>,
    );
    const imageOf = (title: string) => screen.getByRole('article', { name: title }).querySelector('.lead-image img');
    expect(imageOf('First story')).toHaveAttribute('loading', 'eager');
    expect(imageOf('Second story')).toHaveAttribute('loading', 'lazy');
  });

  it('shows a tidy placeholder instead of a broken image when the lead image fails', () => {
    const { article } = renderCard();
    const image = article.querySelector('.lead-image img');
    if (!image) throw new Error('the card has no lead image');
    fireEvent.error(image);
    expect(article.querySelector('.lead-image img')).toBeNull();
    expect(article.querySelector('.lead-image--placeholder')).not.toBeNull();
  });

  it('has no image area at all when the article has no image', () => {
    const { article } = renderCard({ image: undefined });
    expect(article.querySelector('.lead-image')).toBeNull();
    // The only image left is the provider's logo.
    expect(within(article).getAllByRole('img')).toHaveLength(1);
  });

  it("shows the provider's logo named by the provider, and its name", () => {
    const { article } = renderCard();
    const logo = within(article).getByRole('img', { name: 'The Harbor Ledger' });
    expect(logo.tagName).toBe('IMG');
    expect(logo).toHaveAttribute('src', `${import.meta.env.BASE_URL}logos/ledger.svg`);
    expect(article).toHaveTextContent('The Harbor Ledger');
  });

  it('shows a monogram when the provider has no logo', () => {
    const { article } = renderCard({ provider: { name: 'Kestrel Bay Gazette', domain: 'gazette.example' } });
    const monogram = within(article).getByRole('img', { name: 'Kestrel Bay Gazette' });
    expect(monogram.tagName).toBe('SPAN');
    expect(monogram).toHaveTextContent('KB');
  });

  it('falls back to the monogram when the logo fails to load', () => {
    const { article } = renderCard();
    fireEvent.error(within(article).getByRole('img', { name: 'The Harbor Ledger' }));
    const monogram = within(article).getByRole('img', { name: 'The Harbor Ledger' });
    expect(monogram.tagName).toBe('SPAN');
    expect(monogram).toHaveTextContent('HL');
  });

  it('gives the time relative to now, with the exact instant as datetime and the local time as title', () => {
    const { article, card } = renderCard();
    const time = article.querySelector('time');
    expect(time).toHaveAttribute('datetime', card.publishedAt);
    expect(time).toHaveTextContent('3 hours ago');
    expect(time?.getAttribute('title')).toMatch(/\d{4} at \d{1,2}:\d{2}/);
  });

  it('lists its topics as links that filter the feed', () => {
    const { article } = renderCard();
    expect(within(article).getByRole('link', { name: 'Transit' })).toHaveAttribute('href', '/?topic=transit');
    expect(within(article).getByRole('link', { name: 'Climate' })).toHaveAttribute('href', '/?topic=climate');
  });

  it('offers "Related stories (N)" only when there are related stories', () => {
    const { article } = renderCard({ relatedCount: 3 });
    const button = within(article).getByRole('button', { name: 'Related stories (3)' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('has no related button without related stories', () => {
    const { article } = renderCard({ relatedCount: 0 });
    expect(within(article).queryByRole('button', { name: /Related stories/ })).toBeNull();
  });

  it('shows the excerpt as text, never as HTML', () => {
    const { article } = renderCard({ excerpt: '<img src=x onerror=alert(1)> plain words' });
    expect(article).toHaveTextContent('<img src=x onerror=alert(1)> plain words');
    expect(article.querySelector('img[src="x"]')).toBeNull();
  });
});
