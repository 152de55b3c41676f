import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { installBrowserDoubles } from '../../testing/browser-doubles.ts';
import { installFetchDouble, type FetchDouble } from '../../testing/fetch-double.ts';
import { makeArticleFiles, makeCard, makeDetail, makeFeedPages, makeRelatedInCorpus, makeRelatedOutside } from '../../testing/fixtures.ts';
import { seedManifest } from '../../api/index.ts';
import { makeManifest } from '../../testing/fixtures.ts';
import { renderApp, untilHistoryTraversed } from '../../testing/render-app.tsx';

const harbour = makeCard({ id: 'harbour-reopens', title: 'The harbour reopens after the storm', relatedCount: 2 });
const pier = makeCard({ id: 'pier-inspection', title: 'Engineers begin the outer pier inspection', relatedCount: 0 });
const harbourDetailUrl = 'newsstand/article/harbour-reopens.00000000.json';

let double: FetchDouble;

beforeEach(() => {
  installBrowserDoubles();
  double = installFetchDouble({
    ...makeFeedPages([harbour, pier]),
    ...makeFeedPages([harbour], 'topic/climate'),
    ...makeArticleFiles([
      makeDetail(harbour, [
        makeRelatedInCorpus('pier-inspection', pier.title),
        makeRelatedOutside('Ferry operators count the cost of the storm', 'https://quay.example/ferries'),
      ]),
      makeDetail(pier),
    ]),
  });
});

const backLink = () => screen.getByRole('link', { name: /Back to stories/ });

describe('ArticlePage', () => {
  it('shows the story from a deep link as a card with its title as the page heading', async () => {
    renderApp('/article/harbour-reopens');
    const article = await screen.findByRole('article', { name: harbour.title });
    expect(within(article).getByRole('heading', { level: 1, name: harbour.title })).toBeInTheDocument();
    expect(within(article).getByRole('link', { name: 'Original' })).toHaveAttribute('href', harbour.links.original);
    expect(within(article).getByRole('link', { name: 'AMP' })).toHaveAttribute('href', harbour.links.amp);
  });

  it('opens the story with its related stories panel already open', async () => {
    renderApp('/article/harbour-reopens');
    const article = await screen.findByRole('article', { name: harbour.title });
    expect(within(article).getByRole('button', { name: 'Related stories (2)' })).toHaveAttribute('aria-expanded', 'true');
    const panel = within(article).getByRole('region', { name: 'Related stories' });
    expect(await within(panel).findByRole('link', { name: pier.title })).toHaveAttribute('href', '/article/pier-inspection');
    expect(within(panel).getByRole('link', { name: 'Ferry operators count the cost of the storm' })).toHaveAttribute('target', '_blank');
  });

  it('marks the story read but keeps its own page in full colour: only cards in a list are quieted', async () => {
    renderApp('/article/harbour-reopens');
    const article = await screen.findByRole('article', { name: harbour.title });
    expect(article).toHaveAccessibleDescription('Read');
    expect(article).not.toHaveClass('article-card--read');
    await userEvent.click(backLink());
    expect(await screen.findByRole('article', { name: harbour.title })).toHaveClass('article-card--read');
  });

  it('names the document after the story and the site', async () => {
    renderApp('/article/harbour-reopens');
    await screen.findByRole('article', { name: harbour.title });
    // The title is set in an effect, which may run after the page's content is found.
    await waitFor(() => expect(document.title).toBe(`${harbour.title} · Marrow Coast News`));
  });

  it('says the story is loading while its file is on the way', () => {
    double.files[harbourDetailUrl] = 'pending';
    renderApp('/article/harbour-reopens');
    expect(screen.getByText('Loading the story…')).toBeInTheDocument();
    expect(screen.queryByRole('article')).toBeNull();
  });

  it('offers a way back to all stories when the page was opened from a link', async () => {
    renderApp('/article/harbour-reopens');
    await screen.findByRole('article', { name: harbour.title });
    expect(backLink()).toHaveAttribute('href', '/');

    await userEvent.click(backLink());
    expect(window.location.pathname).toBe('/');
    expect(await screen.findByRole('feed', { name: 'Latest stories' })).toBeInTheDocument();
  });

  it('goes back to the filtered feed it was opened from, keeping the topic', async () => {
    renderApp('/?topic=climate');
    const card = await screen.findByRole('article', { name: harbour.title });
    await userEvent.click(within(card).getByRole('button', { name: 'Related stories (2)' }));
    const panel = within(within(card).getByRole('region', { name: 'Related stories' }));
    await userEvent.click(await panel.findByRole('link', { name: pier.title }));

    expect(await screen.findByRole('heading', { level: 1, name: pier.title })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/article/pier-inspection');
    expect(backLink()).toHaveAttribute('href', '/?topic=climate');

    const entries = window.history.length;
    await untilHistoryTraversed(() => backLink().click());
    expect(window.location.search).toBe('?topic=climate');
    // Back through history, not a new entry: that is what brings the feed's scroll position back.
    expect(window.history.length).toBe(entries);
    expect(await screen.findByRole('feed', { name: 'Climate' })).toBeInTheDocument();
  });

  it('says the story is not here when the id is unknown, without offering a retry', async () => {
    renderApp('/article/no-such-story');
    expect(await screen.findByText('This story is not here')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('article')).toBeNull();
    expect(backLink()).toHaveAttribute('href', '/');
    // The title is set in an effect, which may run after the page's content is found.
    await waitFor(() => expect(document.title).toBe('Story not found · Marrow Coast News'));
  });

  it('says the story could not be loaded when its file fails, and Retry fetches it again', async () => {
    const detail = double.files[harbourDetailUrl];
    double.files[harbourDetailUrl] = { status: 503 };
    renderApp('/article/harbour-reopens');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This story could not be loaded.');

    const detailRequests = () => double.requests.filter((path) => path === harbourDetailUrl).length;
    expect(detailRequests()).toBe(1);
    double.files[harbourDetailUrl] = detail;
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('article', { name: harbour.title })).toBeInTheDocument();
    expect(detailRequests()).toBeGreaterThanOrEqual(2);
  });

  it('fetches a detail pack once for all the stories in it', async () => {
    const packUrl = 'newsstand/article/0.22222222.json';
    double.files[packUrl] = {
      'harbour-reopens': makeDetail(harbour, [makeRelatedInCorpus('pier-inspection', pier.title)]),
      'pier-inspection': makeDetail(pier),
    };
    double.files['newsstand/index/0.00000000.json'] = { 'harbour-reopens': packUrl, 'pier-inspection': packUrl };
    renderApp('/article/harbour-reopens');
    await screen.findByRole('heading', { level: 1, name: harbour.title });
    await userEvent.click(await screen.findByRole('link', { name: pier.title }));
    expect(await screen.findByRole('heading', { level: 1, name: pier.title })).toBeInTheDocument();
    expect(double.requests.filter((path) => path === packUrl)).toHaveLength(1);
  });

  it('says the story is not here when its pack does not hold it, without offering a retry', async () => {
    double.files[harbourDetailUrl] = { 'pier-inspection': makeDetail(pier) };
    renderApp('/article/harbour-reopens');
    expect(await screen.findByText('This story is not here')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the new version of an open story when the dev server pushes a manifest whose index names another file for it', async () => {
    const { queryClient } = renderApp('/article/harbour-reopens');
    await screen.findByRole('heading', { level: 1, name: harbour.title });
    const edited = { ...harbour, title: 'The harbour reopens, and the outer pier with it' };
    const newShardUrl = 'newsstand/index/0.11111111.json';
    const newDetailUrl = 'newsstand/article/harbour-reopens.11111111.json';
    double.files[newDetailUrl] = { 'harbour-reopens': makeDetail(edited) };
    double.files[newShardUrl] = { 'harbour-reopens': newDetailUrl, 'pier-inspection': 'newsstand/article/pier-inspection.00000000.json' };
    act(() => seedManifest(queryClient, makeManifest({ articleIndex: { shards: [newShardUrl] } })));
    expect(await screen.findByRole('heading', { level: 1, name: edited.title })).toBeInTheDocument();
  });
});
