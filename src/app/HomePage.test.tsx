import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { installBrowserDoubles } from '../testing/browser-doubles.ts';
import { installFetchDouble } from '../testing/fetch-double.ts';
import { makeCards, makeFeedPages, makeManifest, makeTopic } from '../testing/fixtures.ts';
import { goBack, renderApp } from '../testing/render-app.tsx';

beforeEach(() => {
  installBrowserDoubles();
  installFetchDouble({
    ...makeFeedPages([...makeCards(2, 'harbour'), ...makeCards(1, 'rail')]),
    ...makeFeedPages(makeCards(2, 'rail'), 'topic/transit'),
    ...makeFeedPages(makeCards(1, 'storm'), 'topic/climate'),
  });
});

const topicsNav = () => within(screen.getByRole('navigation', { name: 'Topics' }));

function storyTitles(): string[] {
  return screen.getAllByRole('article').map((article) => within(article).getByRole('heading').textContent ?? '');
}

describe('HomePage', () => {
  it('shows all stories under "Latest stories" at first', async () => {
    renderApp('/');
    expect(await screen.findByRole('article', { name: 'harbour number 1' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Latest stories' })).toBeInTheDocument();
    expect(screen.getByRole('feed', { name: 'Latest stories' })).toBeInTheDocument();
  });

  it('puts the chosen topic in the URL, marks it current and lists only its stories', async () => {
    renderApp('/');
    await screen.findByRole('article', { name: 'harbour number 1' });

    await userEvent.click(topicsNav().getByRole('link', { name: /^Transit/ }));

    expect(window.location.search).toBe('?topic=transit');
    expect(await screen.findByRole('feed', { name: 'Transit' })).toBeInTheDocument();
    expect(await screen.findByRole('article', { name: 'rail number 2' })).toBeInTheDocument();
    expect(storyTitles()).toEqual(['rail number 1', 'rail number 2']);
    expect(topicsNav().getByRole('link', { name: /^Transit/ })).toHaveAttribute('aria-current', 'page');
    expect(topicsNav().getByRole('link', { name: /^All/ })).not.toHaveAttribute('aria-current');
    expect(screen.getByRole('heading', { level: 1, name: 'Transit' })).toBeInTheDocument();
  });

  it('opens filtered from a shared link', async () => {
    renderApp('/?topic=climate');
    expect(await screen.findByRole('article', { name: 'storm number 1' })).toBeInTheDocument();
    expect(storyTitles()).toEqual(['storm number 1']);
    expect(topicsNav().getByRole('link', { name: /^Climate/ })).toHaveAttribute('aria-current', 'page');
  });

  it("goes back to all stories with the browser's back button", async () => {
    renderApp('/');
    await screen.findByRole('article', { name: 'harbour number 1' });
    await userEvent.click(topicsNav().getByRole('link', { name: /^Climate/ }));
    await screen.findByRole('article', { name: 'storm number 1' });

    await goBack();

    expect(await screen.findByRole('article', { name: 'harbour number 1' })).toBeInTheDocument();
    expect(window.location.search).toBe('');
    expect(topicsNav().getByRole('link', { name: /^All/ })).toHaveAttribute('aria-current', 'page');
  });

  it('filters by a topic chip on a card', async () => {
    renderApp('/');
    const card = await screen.findByRole('article', { name: 'harbour number 1' });
    await userEvent.click(within(card).getByRole('link', { name: 'Climate' }));
    expect(window.location.search).toBe('?topic=climate');
    expect(await screen.findByRole('article', { name: 'storm number 1' })).toBeInTheDocument();
  });

  it('says so when the URL names a topic the site does not have, and links to all stories', () => {
    renderApp('/?topic=no-such-topic');
    expect(screen.getByText('There is no such topic here')).toBeInTheDocument();
    expect(screen.queryByRole('feed')).toBeNull();
    expect(screen.getByRole('link', { name: 'See all stories' })).toHaveAttribute('href', '/');
  });

  it('shows a topic with no stories as empty, not as an error', async () => {
    renderApp('/?topic=quiet', makeManifest({ topics: [makeTopic('Quiet', 'quiet', 0)] }));
    expect(await screen.findByText('No stories here yet')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('names the document after the site, and after the topic when filtered', async () => {
    renderApp('/?topic=transit');
    await screen.findByRole('article', { name: 'rail number 1' });
    // The title is set in an effect, which may run after the page's content is found.
    await waitFor(() => expect(document.title).toBe('Transit · Marrow Coast News'));
  });

  it('offers the view’s feeds: a "Subscribe" link to its RSS, and Atom and JSON Feed beside it', async () => {
    renderApp('/');
    await screen.findByRole('article', { name: 'harbour number 1' });
    expect(screen.getByRole('link', { name: 'Subscribe' })).toHaveAttribute('href', '/feeds/rss.xml');
    expect(screen.getByRole('link', { name: 'Atom feed of all stories' })).toHaveAttribute('href', '/feeds/atom.xml');
    expect(screen.getByRole('link', { name: 'JSON Feed of all stories' })).toHaveAttribute('href', '/feeds/feed.json');

    await userEvent.click(topicsNav().getByRole('link', { name: /^Transit/ }));
    expect(await screen.findByRole('link', { name: 'Subscribe' })).toHaveAttribute('href', '/feeds/topic/transit/rss.xml');
    expect(screen.getByRole('link', { name: 'Atom feed of Transit stories' })).toHaveAttribute('href', '/feeds/topic/transit/atom.xml');
  });

  it('names a topic’s feeds in the head while its view is open, for feed readers', async () => {
    const topicFeeds = () =>
      [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="alternate"][data-topic-feed]')].map((link) => [
        link.type,
        link.getAttribute('href'),
      ]);
    renderApp('/?topic=transit');
    await screen.findByRole('article', { name: 'rail number 1' });
    expect(topicFeeds()).toEqual([
      ['application/rss+xml', '/feeds/topic/transit/rss.xml'],
      ['application/atom+xml', '/feeds/topic/transit/atom.xml'],
      ['application/feed+json', '/feeds/topic/transit/feed.json'],
    ]);
    await userEvent.click(topicsNav().getByRole('link', { name: /^All/ }));
    await screen.findByRole('article', { name: 'harbour number 1' });
    expect(topicFeeds()).toEqual([]);
  });

  it('offers no feed for a topic the site does not have', () => {
    renderApp('/?topic=no-such-topic');
    expect(screen.queryByRole('link', { name: 'Subscribe' })).toBeNull();
  });
});
