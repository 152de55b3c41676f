import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { installBrowserDoubles } from '../testing/browser-doubles.ts';
import { installFetchDouble } from '../testing/fetch-double.ts';
import { makeCards, makeFeedPages } from '../testing/fixtures.ts';
import { goBack, renderApp } from '../testing/render-app.tsx';

beforeEach(() => {
  installBrowserDoubles();
  installFetchDouble({
    ...makeFeedPages(makeCards(2, 'harbour')),
    ...makeFeedPages(makeCards(2, 'rail'), 'topic/transit'),
  });
});

const topicsNav = () => within(screen.getByRole('navigation', { name: 'Topics' }));

describe('App navigation', () => {
  it('adds a history entry for a link to another page', async () => {
    renderApp('/');
    await screen.findByRole('article', { name: 'harbour number 1' });
    const entries = window.history.length;
    await userEvent.click(topicsNav().getByRole('link', { name: /^Transit/ }));
    expect(window.history.length).toBe(entries + 1);
  });

  it('adds no history entry for a link to the page the reader is on, so Back still leaves it', async () => {
    renderApp('/');
    await screen.findByRole('article', { name: 'harbour number 1' });
    await userEvent.click(topicsNav().getByRole('link', { name: /^Transit/ }));
    await screen.findByRole('article', { name: 'rail number 1' });
    const entries = window.history.length;

    await userEvent.click(topicsNav().getByRole('link', { name: /^Transit/ }));
    expect(window.history.length).toBe(entries);
    expect(window.location.search).toBe('?topic=transit');

    await goBack();
    expect(window.location.search).toBe('');
    expect(await screen.findByRole('article', { name: 'harbour number 1' })).toBeInTheDocument();
  });
});
