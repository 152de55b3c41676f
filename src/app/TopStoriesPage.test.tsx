import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { installBrowserDoubles } from '../testing/browser-doubles.ts';
import { installFetchDouble } from '../testing/fetch-double.ts';
import { firstPageUrl, makeCards, makeFeedPages, makeManifest } from '../testing/fixtures.ts';
import { renderApp } from '../testing/render-app.tsx';

const latest = makeCards(3, 'latest');
const ranked = [latest[2]!, latest[0]!];
const manifest = makeManifest({ topStories: { count: 2, firstPage: firstPageUrl('top') } });

beforeEach(() => {
  installBrowserDoubles();
  installFetchDouble({ ...makeFeedPages(latest), ...makeFeedPages(ranked, 'top') });
});

const topicsNav = () => within(screen.getByRole('navigation', { name: 'Topics' }));

describe('Top stories', () => {
  it('comes first in the topic bar, with its count', async () => {
    renderApp('/', manifest);
    await screen.findByRole('feed', { name: 'Latest stories' });
    const links = topicsNav().getAllByRole('link');
    expect(links[0]).toHaveAccessibleName('Top stories 2');
    expect(links[0]).toHaveAttribute('href', '/top');
    expect(links[1]).toHaveAttribute('aria-current', 'page');
  });

  it('opens the ranked stories, in the build’s order, and marks itself current', async () => {
    renderApp('/', manifest);
    await screen.findByRole('feed', { name: 'Latest stories' });
    await userEvent.click(topicsNav().getByRole('link', { name: /^Top stories/ }));

    expect(window.location.pathname).toBe('/top');
    expect(screen.getByRole('heading', { level: 1, name: 'Top stories' })).toBeInTheDocument();
    const feed = await screen.findByRole('feed', { name: 'Top stories' });
    await within(feed).findByRole('article', { name: ranked[0]!.title });
    expect(
      within(feed)
        .getAllByRole('article')
        .map((article) => within(article).getByRole('heading').textContent),
    ).toEqual(ranked.map((card) => card.title));
    expect(topicsNav().getByRole('link', { name: /^Top stories/ })).toHaveAttribute('aria-current', 'page');
    expect(topicsNav().getByRole('link', { name: /^All/ })).not.toHaveAttribute('aria-current');
    // The title is set in an effect, which may run after the page's content is found.
    await waitFor(() => expect(document.title).toBe('Top stories · Marrow Coast News'));
  });

  it('is not in the bar of a site without top stories', async () => {
    renderApp('/');
    await screen.findByRole('feed', { name: 'Latest stories' });
    expect(topicsNav().queryByRole('link', { name: /^Top stories/ })).toBeNull();
  });
});
