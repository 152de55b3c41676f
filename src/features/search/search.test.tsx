import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Card, ProviderSummary } from '../../model/index.ts';
import { installBrowserDoubles } from '../../testing/browser-doubles.ts';
import { installFetchDouble } from '../../testing/fetch-double.ts';
import { makeCard, makeCards, makeFeedPages, makeManifest, makeTopic } from '../../testing/fixtures.ts';
import { goBack, renderApp, untilHistoryTraversed } from '../../testing/render-app.tsx';
import { createSearchEngineDouble, type SearchEngineDouble } from '../../testing/search-engine-double.ts';

const rail = { name: 'Rail Weekly', domain: 'rail.example', logo: '/logos/rail.svg' };
const stories: Card[] = [
  makeCard({ id: 'harbour-storm', title: 'The harbour reopens after the storm', topics: [{ name: 'Climate', slug: 'climate' }] }),
  makeCard({
    id: 'harbour-ferries',
    title: 'Harbour ferries return to the timetable',
    excerpt: 'Hackers had taken the booking system down for a week.',
    provider: rail,
    topics: [{ name: 'Transit', slug: 'transit' }],
  }),
  makeCard({ id: 'tricky', title: '<img src=x onerror="alert(1)"> Vindman <b>testifies</b>', excerpt: 'A title that looks like markup.' }),
];
const providers: ProviderSummary[] = [
  { name: 'The Harbor Ledger', domain: 'ledger.example', count: 2 },
  { ...rail, count: 1 },
];
const manifest = makeManifest({ topics: [makeTopic('Transit', 'transit', 1), makeTopic('Climate', 'climate', 1)] });

let engine: SearchEngineDouble;

beforeEach(() => {
  installBrowserDoubles();
  installFetchDouble({ ...makeFeedPages(makeCards(3, 'feed')), [manifest.providers.list]: providers });
  engine = createSearchEngineDouble(stories);
});

const searchbox = () => within(screen.getByRole('search')).getByRole('searchbox', { name: 'Search stories' });
/** Once the results are in: the skeleton while searching is a busy feed of the same name. */
const settled = () => screen.findByRole('heading', { level: 1, name: /^[\d,]+ results? for/ });
const results = async () => {
  await settled();
  return screen.getByRole('feed', { name: 'Search results' });
};
const resultTitles = async () =>
  within(await results())
    .getAllByRole('article')
    .map((article) => within(article).getByRole('heading').textContent);

async function searchFor(words: string) {
  await userEvent.clear(searchbox());
  await userEvent.type(searchbox(), `${words}{Enter}`);
}

describe('the search box', () => {
  it('is a searchbox named "Search stories" in a search landmark on every page', async () => {
    renderApp('/', manifest, { searchEngine: engine });
    expect(searchbox()).toBeInTheDocument();
    expect(await screen.findByRole('article', { name: 'feed number 1' })).toBeInTheDocument();
  });

  it('opens /search?q= on Enter, with a heading naming the query and the count, and the results as cards', async () => {
    renderApp('/', manifest, { searchEngine: engine });
    await searchFor('harbour');
    expect(window.location.pathname).toBe('/search');
    expect(window.location.search).toBe('?q=harbour');
    expect(await screen.findByRole('heading', { level: 1, name: '2 results for “harbour”' })).toBeInTheDocument();
    expect(await resultTitles()).toEqual(['The harbour reopens after the storm', 'Harbour ferries return to the timetable']);
  });

  it('is focused by "/" when the reader is not typing elsewhere, and "/" stays a character in a field', async () => {
    renderApp('/search?q=harbour', manifest, { searchEngine: engine });
    await results();
    await userEvent.keyboard('/');
    expect(searchbox()).toHaveFocus();
    const topic = screen.getByRole('combobox', { name: 'Topic' });
    topic.focus();
    await userEvent.keyboard('/');
    expect(topic).toHaveFocus();
    await userEvent.click(searchbox());
    await userEvent.keyboard('{End}/');
    expect(searchbox()).toHaveValue('harbour/');
  });

  it('searches ahead when the reader pauses typing on another page, so Enter shows the results without searching again', async () => {
    renderApp('/', manifest, { searchEngine: engine });
    await userEvent.type(searchbox(), 'harbour');
    await waitFor(() => expect(engine.searches.map(({ query }) => query)).toEqual(['harbour']));
    expect(window.location.pathname).toBe('/');
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: '2 results for “harbour”' })).toBeInTheDocument();
    expect(engine.searches).toHaveLength(1);
  });

  it('leaves "/" alone when Ctrl, Alt or Meta is held', async () => {
    renderApp('/', manifest, { searchEngine: engine });
    await userEvent.keyboard('{Control>}/{/Control}{Alt>}/{/Alt}{Meta>}/{/Meta}');
    expect(searchbox()).not.toHaveFocus();
  });
});

describe('the results page', () => {
  it('marks the matched words, prefixes included, as text in <mark>', async () => {
    renderApp('/search?q=hack%20harbour', manifest, { searchEngine: engine });
    const card = await screen.findByRole('article', { name: 'Harbour ferries return to the timetable' });
    const marks = Array.from(card.querySelectorAll('mark'), (mark) => mark.textContent);
    expect(marks).toEqual(['Harbour', 'Hackers']);
  });

  it('shows a title that looks like HTML as text, never as markup', async () => {
    renderApp('/search?q=vindman', manifest, { searchEngine: engine });
    const card = await screen.findByRole('article', { name: /Vindman/ });
    expect(within(card).getByRole('heading')).toHaveTextContent('<img src=x onerror="alert(1)"> Vindman <b>testifies</b>');
    expect(card.querySelector('img[src="x"], b')).toBeNull();
  });

  it('keeps the query in the box, and back and forward move between the page before and the results', async () => {
    renderApp('/', manifest, { searchEngine: engine });
    await searchFor('harbour');
    await screen.findByRole('heading', { level: 1, name: '2 results for “harbour”' });
    expect(searchbox()).toHaveValue('harbour');

    await goBack();
    expect(window.location.pathname).toBe('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Latest stories' })).toBeInTheDocument();
    expect(searchbox()).toHaveValue('');

    await untilHistoryTraversed(() => window.history.forward());
    expect(await screen.findByRole('heading', { level: 1, name: '2 results for “harbour”' })).toBeInTheDocument();
    expect(searchbox()).toHaveValue('harbour');
  });

  it('follows the box as one types, replacing the history entry instead of adding one a key', async () => {
    renderApp('/search?q=harbour', manifest, { searchEngine: engine });
    await screen.findByRole('heading', { level: 1, name: '2 results for “harbour”' });
    const entries = window.history.length;
    await userEvent.clear(searchbox());
    await userEvent.type(searchbox(), 'timetable');
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('1 result for “timetable”'), { timeout: 2000 });
    expect(window.location.search).toBe('?q=timetable');
    expect(window.history.length).toBe(entries);
    // One search a pause, not one a key: "t", "ti", … never reached the engine.
    expect(engine.searches.map(({ query }) => query)).not.toContain('ti');
  });

  it('filters by topic and by provider in the URL, naming each with its count of results', async () => {
    renderApp('/search?q=harbour', manifest, { searchEngine: engine });
    await results();
    const topic = screen.getByRole('combobox', { name: 'Topic' });
    expect(
      within(topic)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['All topics', 'Climate (1)', 'Transit (1)']);
    await userEvent.selectOptions(topic, 'Transit (1)');
    expect(window.location.search).toBe('?q=harbour&topic=transit');
    expect(await screen.findByRole('heading', { level: 1, name: '1 result for “harbour”' })).toBeInTheDocument();

    const provider = screen.getByRole('combobox', { name: 'Provider' });
    expect(within(provider).getByRole('option', { name: 'Rail Weekly (1)' })).toBeInTheDocument();
    await userEvent.selectOptions(provider, 'Rail Weekly (1)');
    expect(window.location.search).toBe('?q=harbour&topic=transit&provider=rail.example');
    expect(await resultTitles()).toEqual(['Harbour ferries return to the timetable']);
  });

  it('offers to drop the filters when they leave nothing', async () => {
    renderApp('/search?q=storm&provider=rail.example', manifest, { searchEngine: engine });
    expect(await screen.findByRole('heading', { level: 1, name: '0 results for “storm”' })).toBeInTheDocument();
    expect(screen.getByText('No stories match with these filters')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: 'Search all topics and providers' }));
    expect(window.location.search).toBe('?q=storm');
    expect(await screen.findByRole('heading', { level: 1, name: '1 result for “storm”' })).toBeInTheDocument();
  });

  it('says so plainly when nothing matches', async () => {
    renderApp('/search?q=zeppelin', manifest, { searchEngine: engine });
    expect(await screen.findByRole('heading', { level: 1, name: '0 results for “zeppelin”' })).toBeInTheDocument();
    expect(screen.getByText('No stories match')).toBeInTheDocument();
    expect(screen.queryByRole('feed')).toBeNull();
  });

  it('does not search a query of only common words or punctuation, and says why', async () => {
    renderApp(`/search?q=${encodeURIComponent('the of ?!')}`, manifest, { searchEngine: engine });
    expect(await screen.findByRole('heading', { level: 1, name: 'No results for “the of ?!”' })).toBeInTheDocument();
    expect(screen.getByText('Nothing here to search for')).toBeInTheDocument();
    expect(engine.searches).toEqual([]);
  });

  it('searches at most 200 characters of a pasted 1,000, regex and HTML characters as text', async () => {
    const pasted = `harbour ${'(.*)<script>'.repeat(83)}`.slice(0, 1000);
    renderApp(`/search?q=${encodeURIComponent(pasted)}`, manifest, { searchEngine: engine });
    await screen.findByRole('heading', { level: 1, name: /results? for/ });
    expect(engine.searches[0]?.query.length).toBeLessThanOrEqual(200);
    expect(document.querySelector('main script')).toBeNull();
  });

  it('says when the index cannot be loaded, and Retry searches again', async () => {
    engine.failing = true;
    renderApp('/search?q=harbour', manifest, { searchEngine: engine });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Search is not available right now.');
    engine.failing = false;
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { level: 1, name: '2 results for “harbour”' })).toBeInTheDocument();
  });

  it('names the tab after the query', async () => {
    renderApp('/search?q=harbour', manifest, { searchEngine: engine });
    await results();
    await waitFor(() => expect(document.title).toBe('harbour · Search · Marrow Coast News'));
    await act(async () => undefined);
  });
});
