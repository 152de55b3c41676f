import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { installBrowserDoubles } from '../../testing/browser-doubles.ts';
import { installFetchDouble } from '../../testing/fetch-double.ts';
import { makeCard, makeCards, makeFeedPages } from '../../testing/fixtures.ts';
import { MemoryStorage } from '../../testing/memory-storage.ts';
import { renderApp } from '../../testing/render-app.tsx';
import { openReadingStorage, storageKey } from './reading-storage.ts';
import { createReadingStore } from './reading-store.ts';

const harbour = makeCards(3, 'harbour');
const wire = makeCard({
  id: 'wire-1',
  title: 'Wire report on the tide tables',
  publishedAt: new Date(Date.now() - 30 * 60_000).toISOString(),
  provider: { name: 'The Wire', domain: 'wire.example' },
});

beforeEach(() => {
  installBrowserDoubles();
  installFetchDouble(makeFeedPages([wire, ...harbour]));
});

const card = (title: string) => within(screen.getByRole('article', { name: title }));
const readingNav = () => within(screen.getByRole('navigation', { name: 'Your reading' }));

describe('Save', () => {
  it('is a toggle on every card, and the header’s "Saved" link counts what is saved in its name', async () => {
    renderApp('/');
    await screen.findByRole('article', { name: 'harbour number 1' });
    expect(readingNav().getByRole('link', { name: 'Saved' })).toBeInTheDocument();
    const save = card('harbour number 1').getByRole('button', { name: 'Save' });
    expect(save).toHaveAttribute('aria-pressed', 'false');

    await userEvent.click(save);
    expect(save).toHaveAttribute('aria-pressed', 'true');
    expect(readingNav().getByRole('link', { name: 'Saved 1' })).toHaveAttribute('href', '/saved');

    await userEvent.click(save);
    expect(save).toHaveAttribute('aria-pressed', 'false');
    expect(readingNav().getByRole('link', { name: 'Saved' })).toBeInTheDocument();
  });

  it('lists saved stories on /saved, most recently saved first, even those the site no longer has', async () => {
    const backend = new MemoryStorage();
    const gone = makeCard({ id: 'gone', title: 'A story the last build dropped' });
    backend.setItem(
      storageKey('saved', '/'),
      JSON.stringify([
        { card: harbour[1], savedAt: 3 },
        { card: gone, savedAt: 2 },
      ]),
    );
    renderApp('/saved', undefined, { readingStore: createReadingStore(openReadingStorage(backend, '/')) });

    const feed = within(await screen.findByRole('feed', { name: 'Saved stories' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Saved stories' })).toBeInTheDocument();
    expect(feed.getAllByRole('article').map((article) => article.getAttribute('data-card-id'))).toEqual(['harbour-2', 'gone']);
    expect(screen.getByText('2 stories')).toBeInTheDocument();
    expect(readingNav().getByRole('link', { name: 'Saved 2' })).toHaveAttribute('aria-current', 'page');
  });

  it('says how to save when nothing is saved yet', async () => {
    renderApp('/saved');
    expect(await screen.findByText('Nothing saved yet')).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Settings' })).toHaveAttribute('href', '/settings');
  });
});

describe('Read', () => {
  it('marks a story opened through "Original" as read: dimmed, and "Read" in its description', async () => {
    renderApp('/');
    await screen.findByRole('article', { name: 'harbour number 1' });
    const article = screen.getByRole('article', { name: 'harbour number 1' });
    expect(article).not.toHaveAccessibleDescription();

    await userEvent.click(card('harbour number 1').getByRole('link', { name: 'Original' }));

    expect(article).toHaveAccessibleDescription('Read');
    expect(article).toHaveClass('article-card--read');
    expect(card('harbour number 1').getByRole('button', { name: 'Mark as unread' })).toBeInTheDocument();
    await userEvent.click(card('harbour number 1').getByRole('button', { name: 'Mark as unread' }));
    expect(article).not.toHaveAccessibleDescription();
  });

  it('hides read stories under "Unread only", a toggle kept in the URL', async () => {
    renderApp('/');
    await screen.findByRole('article', { name: 'harbour number 2' });
    await userEvent.click(card('harbour number 2').getByRole('button', { name: 'Mark as read' }));

    const unreadOnly = screen.getByRole('button', { name: 'Unread only' });
    expect(unreadOnly).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(unreadOnly);

    expect(window.location.search).toBe('?unread=1');
    expect(screen.getByRole('button', { name: 'Unread only' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.queryByRole('article', { name: 'harbour number 2' })).not.toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'harbour number 1' })).toBeInTheDocument();
  });

  it('keeps "Unread only" on when the reader picks a topic', async () => {
    renderApp('/?unread=1');
    await screen.findByRole('article', { name: 'harbour number 1' });
    const topics = within(screen.getByRole('navigation', { name: 'Topics' }));
    expect(topics.getByRole('link', { name: /^Transit/ })).toHaveAttribute('href', '/?topic=transit&unread=1');
    expect(topics.getByRole('link', { name: /^All/ })).toHaveAttribute('href', '/?unread=1');
  });

  it('opens with "Unread only" on from a shared link', async () => {
    renderApp('/?unread=1');
    expect(await screen.findByRole('button', { name: 'Unread only' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('marks the whole feed read with "Mark all as read", and Undo takes it back', async () => {
    renderApp('/?unread=1');
    await screen.findByRole('article', { name: 'harbour number 1' });

    await userEvent.click(screen.getByRole('button', { name: 'Mark all as read' }));

    expect(await screen.findByText('You have read everything here')).toBeInTheDocument();
    // The count is the feed's, from the manifest: its older pages need not be loaded to be marked.
    expect(screen.getByText(/^Marked \d+ stories in Latest stories as read\.$/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));

    expect(await screen.findByRole('article', { name: 'harbour number 1' })).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(4);
    expect(screen.queryByText(/^Marked \d+ stories/)).not.toBeInTheDocument();
  });
});

describe('Hidden sources', () => {
  it('takes a provider’s stories out of the feed, with an Undo', async () => {
    renderApp('/');
    await screen.findByRole('article', { name: wire.title });

    await userEvent.click(card(wire.title).getByRole('button', { name: 'Hide stories from The Wire' }));

    expect(screen.queryByRole('article', { name: wire.title })).not.toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(3);
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('article', { name: wire.title })).toBeInTheDocument();
  });

  it('are listed on /settings, each with a way to show it again', async () => {
    renderApp('/');
    await screen.findByRole('article', { name: wire.title });
    await userEvent.click(card(wire.title).getByRole('button', { name: 'Hide stories from The Wire' }));
    await userEvent.click(readingNav().getByRole('link', { name: 'Settings' }));

    const section = within(await screen.findByRole('region', { name: 'Hidden sources' }));
    await userEvent.click(section.getByRole('button', { name: 'Show stories from The Wire' }));
    expect(section.getByText(/No source is hidden/)).toBeInTheDocument();
  });
});

describe('storage notices', () => {
  it('says once that nothing can be stored, and the reader still works', async () => {
    renderApp('/', undefined, { readingStore: createReadingStore(openReadingStorage(null, '/')) });
    await screen.findByRole('article', { name: 'harbour number 1' });
    expect(screen.getByText(/This browser does not let the site store anything/)).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    await userEvent.click(card('harbour number 1').getByRole('button', { name: 'Save' }));
    expect(card('harbour number 1').getByRole('button', { name: 'Save' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.queryByText(/This browser does not let the site store anything/)).not.toBeInTheDocument();
  });

  it('sets corrupt data aside with a notice instead of a blank page', async () => {
    window.localStorage.setItem(storageKey('read', '/'), '[[[');
    renderApp('/');
    expect(await screen.findByRole('article', { name: 'harbour number 1' })).toBeInTheDocument();
    expect(screen.getByText('Your read marks could not be read, so they were set aside and this page starts afresh.')).toBeInTheDocument();
    expect(window.localStorage.getItem(`${storageKey('read', '/')}:set-aside`)).toBe('[[[');
  });
});
