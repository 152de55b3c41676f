import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { FeedReference } from '../../model/index.ts';
import { bringObservedIntoView, installBrowserDoubles } from '../../testing/browser-doubles.ts';
import { installFetchDouble, type SiteFileAnswer } from '../../testing/fetch-double.ts';
import { firstPageUrl, makeCards, makeFeedPages } from '../../testing/fixtures.ts';
import { renderWithProviders } from '../../testing/render-app.tsx';
import { Feed } from './Feed.tsx';

beforeEach(() => installBrowserDoubles());

const allStories: FeedReference = { count: 4, firstPage: firstPageUrl() };

function renderFeed(feed: FeedReference = allStories) {
  return renderWithProviders(<Feed topicSlug={null} feed={feed} label="Latest stories" />);
}

/** Two pages of two stories each. */
function twoPages(): Record<string, SiteFileAnswer> {
  return makeFeedPages(makeCards(4), 'all', 2);
}

describe('Feed', () => {
  it('shows card-shaped skeletons in a busy feed while the first page loads', () => {
    installFetchDouble({ [firstPageUrl()]: 'pending' });
    const { container } = renderFeed();
    const feed = screen.getByRole('feed', { name: 'Latest stories' });
    expect(feed).toHaveAttribute('aria-busy', 'true');
    expect(within(feed).getByText('Loading stories…')).toBeInTheDocument();
    expect(within(feed).queryAllByRole('article')).toHaveLength(0);
    // Skeletons are hidden from assistive technology, so only their class can find them.
    expect(container.querySelectorAll('.card-skeleton').length).toBeGreaterThan(0);
  });

  it('lists the first page newest first, as articles in a feed that is no longer busy', async () => {
    installFetchDouble(twoPages());
    renderFeed();
    await screen.findByRole('article', { name: 'story number 1' });
    const feed = screen.getByRole('feed', { name: 'Latest stories' });
    expect(feed).toHaveAttribute('aria-busy', 'false');
    const titles = within(feed)
      .getAllByRole('article')
      .map((article) => within(article).getByRole('heading').textContent);
    expect(titles).toEqual(['story number 1', 'story number 2']);
  });

  it('puts a "Today" heading above stories from today', async () => {
    installFetchDouble(twoPages());
    renderFeed();
    expect(await screen.findByText('Today')).toBeInTheDocument();
  });

  it('says the stories could not be loaded, and Retry asks again and shows them', async () => {
    const double = installFetchDouble({ [firstPageUrl()]: { status: 503 } });
    renderFeed();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The stories could not be loaded.');
    expect(screen.queryByRole('feed')).toBeNull();

    Object.assign(double.files, twoPages());
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));

    expect(await screen.findByRole('article', { name: 'story number 1' })).toBeInTheDocument();
    expect(double.requests.filter((path) => path === firstPageUrl())).toHaveLength(2);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says there are no stories yet when the feed is empty', async () => {
    const double = installFetchDouble({});
    renderFeed({ count: 0, firstPage: null });
    expect(await screen.findByText('No stories here yet')).toBeInTheDocument();
    expect(screen.queryByRole('feed')).toBeNull();
    expect(double.requests).toEqual([]);
  });

  it('loads the next page with the "Load more stories" button', async () => {
    const double = installFetchDouble(twoPages());
    renderFeed();
    await userEvent.click(await screen.findByRole('button', { name: 'Load more stories' }));

    expect(await screen.findByRole('article', { name: 'story number 4' })).toBeInTheDocument();
    expect(double.requests).toEqual([firstPageUrl(), 'newsstand/feed/all/2.00000002.json']);
    expect(screen.queryByRole('button', { name: 'Load more stories' })).toBeNull();
    expect(screen.getByText('That’s everything: 4 stories.')).toBeInTheDocument();
  });

  it('goes on from the last page of a run to the next run the first page lists', async () => {
    const double = installFetchDouble(makeFeedPages(makeCards(6), 'all', 2, 2));
    renderFeed({ count: 6, firstPage: firstPageUrl() });
    await userEvent.click(await screen.findByRole('button', { name: 'Load more stories' }));
    await screen.findByRole('article', { name: 'story number 4' });
    await userEvent.click(await screen.findByRole('button', { name: 'Load more stories' }));

    expect(await screen.findByText('That’s everything: 6 stories.')).toBeInTheDocument();
    expect(double.requests).toEqual([firstPageUrl(), 'newsstand/feed/all/2.00000002.json', 'newsstand/feed/all/3.00000003.json']);
  });

  it('loads the next page by itself when the reader scrolls near the end', async () => {
    const double = installFetchDouble(twoPages());
    renderFeed();
    await screen.findByRole('article', { name: 'story number 1' });
    bringObservedIntoView();
    expect(await screen.findByRole('article', { name: 'story number 3' })).toBeInTheDocument();
    expect(double.requests).toContain('newsstand/feed/all/2.00000002.json');
  });

  it('keeps the stories it has when the next page fails, and Retry fetches that page again', async () => {
    const nextPage = 'newsstand/feed/all/2.00000002.json';
    const pages = twoPages();
    const double = installFetchDouble({ ...pages, [nextPage]: { status: 500 } });
    renderFeed();
    await userEvent.click(await screen.findByRole('button', { name: 'Load more stories' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('More stories could not be loaded.');
    expect(screen.getByRole('article', { name: 'story number 1' })).toBeInTheDocument();

    double.files[nextPage] = pages[nextPage];
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('article', { name: 'story number 3' })).toBeInTheDocument();
    expect(double.requests.filter((path) => path === nextPage)).toHaveLength(2);
  });
});
