import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { storyIndexKey, type StoryDetail } from '../../model/index.ts';
import { installBrowserDoubles } from '../../testing/browser-doubles.ts';
import { installFetchDouble } from '../../testing/fetch-double.ts';
import { makeArticleFiles, makeCard, makeDetail, makeFeedPages, makeRelatedInCorpus } from '../../testing/fixtures.ts';
import { renderApp, untilHistoryTraversed } from '../../testing/render-app.tsx';

const shardUrl = 'newsstand/index/0.00000000.json';
const storyUrl = 'newsstand/story/trams-back.00000000.json';

const coverage = {
  storyId: 'trams-back',
  sourceCount: 3,
  providers: [
    { name: 'Aldine Courier', domain: 'aldine-courier.example' },
    { name: 'Fenwick Street Bulletin', domain: 'fenwick-bulletin.example' },
  ],
};
const trams = makeCard({ id: 'trams-back', title: 'Line 2 trams running again after a signal fault', relatedCount: 1, coverage });
const courier = makeCard({ id: 'courier-trams', title: 'Line 2 trams back after signal fault; crowding until 8', relatedCount: 0 });
const budget = makeCard({ id: 'budget', title: 'Council passes its budget', relatedCount: 0 });

const story: StoryDetail = {
  id: 'trams-back',
  title: trams.title,
  card: trams,
  versions: [
    {
      id: 'courier-trams',
      title: courier.title,
      excerpt: 'Crowding until 8 a.m.',
      publishedAt: '2026-11-24T06:30:00.000Z',
      provider: coverage.providers[0]!,
      links: { original: 'https://aldine-courier.example/trams' },
    },
    {
      id: 'trams-back',
      title: trams.title,
      excerpt: trams.excerpt,
      publishedAt: '2026-11-24T06:05:00.000Z',
      provider: trams.provider,
      links: { original: trams.links.original, amp: 'https://amp.mcpr.example/trams' },
    },
    {
      title: 'Signal fault halts Line 2 trams overnight',
      publishedAt: '2026-11-24T04:50:00.000Z',
      provider: coverage.providers[1]!,
      links: { original: 'https://fenwick-bulletin.example/trams' },
    },
  ],
  related: [makeRelatedInCorpus('budget', budget.title)],
};

beforeEach(() => {
  installBrowserDoubles();
  const articleFiles = makeArticleFiles([makeDetail(trams), makeDetail(courier), makeDetail(budget)], shardUrl);
  articleFiles[shardUrl] = {
    ...(articleFiles[shardUrl] as Record<string, string>),
    [storyIndexKey('trams-back')]: storyUrl,
    [storyIndexKey('courier-trams')]: storyUrl,
  };
  installFetchDouble({ ...makeFeedPages([trams, budget]), ...articleFiles, [storyUrl]: story });
});

describe('a story several outlets told', () => {
  it('shows one card with a "Full coverage" link that gives the number of sources', async () => {
    renderApp('/');
    const card = await screen.findByRole('article', { name: trams.title });
    expect(within(card).getByRole('link', { name: 'Full coverage: 3 sources' })).toHaveAttribute('href', '/story/trams-back');
    const single = screen.getByRole('article', { name: budget.title });
    expect(within(single).queryByRole('link', { name: /^Full coverage/ })).toBeNull();
  });

  it('opens the coverage page: the story as heading, every version newest first with Original and AMP, then related stories', async () => {
    renderApp('/');
    const card = await screen.findByRole('article', { name: trams.title });
    await userEvent.click(within(card).getByRole('link', { name: 'Full coverage: 3 sources' }));

    expect(await screen.findByRole('heading', { level: 1, name: trams.title })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/story/trams-back');
    // The title is set in an effect, which may run after the page's content is found.
    await waitFor(() => expect(document.title).toBe(`${trams.title} · Marrow Coast News`));
    const versions = within(screen.getByRole('region', { name: 'Every version' })).getAllByRole('article');
    expect(versions.map((version) => within(version).getByRole('heading', { level: 2 }).textContent)).toEqual(
      story.versions.map((version) => version.title),
    );
    const lead = screen.getByRole('article', { name: trams.title });
    expect(within(lead).getByText(trams.provider.name)).toBeInTheDocument();
    expect(within(lead).getByRole('link', { name: 'Original' })).toHaveAttribute('href', trams.links.original);
    expect(within(lead).getByRole('link', { name: 'AMP' })).toHaveAttribute('href', 'https://amp.mcpr.example/trams');
    expect(within(lead).getByRole('link', { name: 'Original' })).toHaveAttribute('rel', 'noopener noreferrer');
    const outside = screen.getByRole('article', { name: 'Signal fault halts Line 2 trams overnight' });
    expect(within(outside).queryByRole('link', { name: 'AMP' })).toBeNull();
    const related = screen.getByRole('region', { name: 'Related stories' });
    expect(within(related).getByRole('link', { name: budget.title })).toHaveAttribute('href', '/article/budget');
  });

  it('saves the story from its page, and marks it read for having opened it', async () => {
    renderApp('/story/trams-back');
    await screen.findByRole('heading', { level: 1, name: trams.title });
    const save = screen.getByRole('button', { name: 'Save' });
    expect(save).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(save);
    expect(save).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('link', { name: 'Saved 1' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Mark as unread' })).toBeInTheDocument();
  });

  it('goes back to the feed it was opened from', async () => {
    renderApp('/');
    const card = await screen.findByRole('article', { name: trams.title });
    await userEvent.click(within(card).getByRole('link', { name: 'Full coverage: 3 sources' }));
    await screen.findByRole('heading', { level: 1, name: trams.title });
    await untilHistoryTraversed(() => screen.getByRole('link', { name: /Back to stories/ }).click());
    expect(window.location.pathname).toBe('/');
    expect(await screen.findByRole('feed', { name: 'Latest stories' })).toBeInTheDocument();
  });

  it('takes a link to any version’s id to the story as it is now', async () => {
    renderApp('/story/courier-trams');
    expect(await screen.findByRole('heading', { level: 1, name: trams.title })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/story/trams-back');
  });

  it('takes a story link of a story one outlet told to its article page', async () => {
    renderApp('/story/budget');
    expect(await screen.findByRole('heading', { level: 1, name: budget.title })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/article/budget');
  });

  it('offers the way to every version on the page of one of them', async () => {
    renderApp('/article/trams-back');
    const article = await screen.findByRole('article', { name: trams.title });
    expect(within(article).getByRole('link', { name: 'Full coverage: 3 sources' })).toHaveAttribute('href', '/story/trams-back');
  });
});
