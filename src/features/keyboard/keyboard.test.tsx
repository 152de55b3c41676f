import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installBrowserDoubles } from '../../testing/browser-doubles.ts';
import { installFetchDouble } from '../../testing/fetch-double.ts';
import { makeCards, makeFeedPages } from '../../testing/fixtures.ts';
import { renderApp } from '../../testing/render-app.tsx';
import { closeShortcutsDialog } from './shortcuts-dialog-state.ts';

const cards = makeCards(4, 'harbour');

beforeEach(() => {
  installBrowserDoubles();
  installFetchDouble(makeFeedPages(cards));
});
afterEach(() => act(closeShortcutsDialog));

const article = (title: string) => screen.getByRole('article', { name: title });

/** The reader is on the first card (j from nowhere starts at the first card on the screen, which jsdom cannot lay out). */
async function onTheFirstCard() {
  renderApp('/');
  const first = await screen.findByRole('article', { name: 'harbour number 1' });
  act(() => first.focus());
  return first;
}

describe('the keyboard map', () => {
  it('moves the focus card to card with j and k', async () => {
    await onTheFirstCard();
    await userEvent.keyboard('j');
    await expect.poll(() => document.activeElement).toBe(article('harbour number 2'));
    await userEvent.keyboard('j');
    await expect.poll(() => document.activeElement).toBe(article('harbour number 3'));
    await userEvent.keyboard('k');
    await expect.poll(() => document.activeElement).toBe(article('harbour number 2'));
  });

  it('saves the focused card with s and marks it read with m', async () => {
    const first = await onTheFirstCard();
    await userEvent.keyboard('s');
    expect(within(first).getByRole('button', { name: 'Save' })).toHaveAttribute('aria-pressed', 'true');
    await userEvent.keyboard('m');
    expect(first).toHaveAccessibleDescription('Read');
    await userEvent.keyboard('m');
    expect(first).not.toHaveAccessibleDescription();
  });

  it('opens the focused story’s page with o', async () => {
    await onTheFirstCard();
    await userEvent.keyboard('o');
    expect(window.location.pathname).toBe('/article/harbour-1');
  });

  it('goes to Saved with g then s, without saving the focused card, and home with g then h', async () => {
    const first = await onTheFirstCard();
    await userEvent.keyboard('gs');
    expect(within(first).getByRole('button', { name: 'Save' })).toHaveAttribute('aria-pressed', 'false');
    expect(window.location.pathname).toBe('/saved');
    await screen.findByText('Nothing saved yet');
    await userEvent.keyboard('gh');
    expect(window.location.pathname).toBe('/');
  });

  it('does nothing while the reader types in a field, or with Ctrl, Alt or Meta held', async () => {
    const first = await onTheFirstCard();
    await userEvent.keyboard('{Control>}j{/Control}{Alt>}j{/Alt}{Meta>}s{/Meta}');
    expect(document.activeElement).toBe(first);
    expect(within(first).getByRole('button', { name: 'Save' })).toHaveAttribute('aria-pressed', 'false');

    await userEvent.click(screen.getByRole('searchbox', { name: 'Search stories' }));
    await userEvent.keyboard('js');
    expect(screen.getByRole('searchbox', { name: 'Search stories' })).toHaveValue('js');
    expect(within(first).getByRole('button', { name: 'Save' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('opens a dialog named "Keyboard shortcuts" with ?, listing them all', async () => {
    renderApp('/');
    await screen.findByRole('article', { name: 'harbour number 1' });
    await userEvent.keyboard('?');
    const dialog = within(await screen.findByRole('dialog', { name: 'Keyboard shortcuts' }));
    expect(dialog.getByRole('row', { name: 'j Next story' })).toBeInTheDocument();
    // Cells' text runs together in textContent (a browser separates table cells when it reads them).
    expect(dialog.getByRole('row', { name: /Go to Saved$/ })).toHaveTextContent('g then sGo to Saved');
    expect(dialog.getByRole('row', { name: /Open the story’s page$/ })).toHaveTextContent('o or EnterOpen the story’s page');
    expect(dialog.getAllByRole('row')).toHaveLength(12);
    expect(dialog.getByRole('checkbox', { name: 'Use keyboard shortcuts' })).toBeChecked();

    await userEvent.click(dialog.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })).not.toBeInTheDocument();
  });

  it('is opened from the footer too, and turned off there: j then does nothing, and ? no longer opens it', async () => {
    const first = await onTheFirstCard();
    await userEvent.click(within(screen.getByRole('contentinfo')).getByRole('button', { name: 'Keyboard shortcuts' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Keyboard shortcuts' }));
    await userEvent.click(dialog.getByRole('checkbox', { name: 'Use keyboard shortcuts' }));
    await userEvent.click(dialog.getByRole('button', { name: 'Close' }));

    act(() => first.focus());
    await userEvent.keyboard('j?');
    expect(document.activeElement).toBe(first);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('has the same switch on /settings', async () => {
    renderApp('/settings');
    const section = within(await screen.findByRole('region', { name: 'Keyboard shortcuts' }));
    const checkbox = section.getByRole('checkbox', { name: 'Use keyboard shortcuts' });
    await userEvent.click(checkbox);
    expect(checkbox).not.toBeChecked();
    await userEvent.keyboard('?');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
