import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { installBrowserDoubles } from '../../testing/browser-doubles.ts';
import { installFetchDouble } from '../../testing/fetch-double.ts';
import { makeCard, makeCards, makeFeedPages } from '../../testing/fixtures.ts';
import { renderApp } from '../../testing/render-app.tsx';

beforeEach(() => {
  installBrowserDoubles();
  installFetchDouble(makeFeedPages(makeCards(2)));
});

const section = async (name: string) => within(await screen.findByRole('region', { name }));

function exportFile(saved: unknown[], extra: Record<string, unknown> = {}): File {
  const text = JSON.stringify({ format: 'newsstand-reading', version: 1, saved, ...extra });
  return new File([text], 'newsstand-reading-2026-11-25.json', { type: 'application/json' });
}

describe('the settings page', () => {
  it('is named "Settings", with a section for each kind of setting', async () => {
    renderApp('/settings');
    await screen.findByRole('region', { name: 'Keyboard shortcuts' });
    expect(screen.getByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    for (const name of ['Keyboard shortcuts', 'Theme', 'Hidden sources', 'Your data']) {
      expect(screen.getByRole('region', { name })).toBeInTheDocument();
    }
    // The title is set in an effect, which may run after the page's content is found.
    await waitFor(() => expect(document.title).toMatch(/^Settings · /));
  });

  it('sets the theme on the page from the radio buttons, and back to the system’s', async () => {
    renderApp('/settings');
    const theme = await section('Theme');
    expect(theme.getByRole('radio', { name: 'Match the system' })).toBeChecked();
    await userEvent.click(theme.getByRole('radio', { name: 'Dark' }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    await userEvent.click(theme.getByRole('radio', { name: 'Light' }));
    expect(document.documentElement.dataset.theme).toBe('light');
    await userEvent.click(theme.getByRole('radio', { name: 'Match the system' }));
    expect(document.documentElement.dataset.theme).toBeUndefined();
  });

  it('imports a file, merges it, and says what it added', async () => {
    renderApp('/settings');
    const data = await section('Your data');
    await userEvent.upload(
      data.getByLabelText('Import a file'),
      exportFile([
        { card: makeCard({ id: 'one' }), savedAt: 2 },
        { card: makeCard({ id: 'two' }), savedAt: 1 },
      ]),
    );
    expect(await data.findByRole('status')).toHaveTextContent('Added 2 saved stories.');
    expect(screen.getByRole('link', { name: 'Saved 2' })).toBeInTheDocument();
  });

  it('says why a file cannot be imported, and changes nothing', async () => {
    renderApp('/settings');
    const data = await section('Your data');
    await userEvent.upload(data.getByLabelText('Import a file'), new File(['{"saved": []}'], 'other.json', { type: 'application/json' }));
    expect(await data.findByRole('status')).toHaveTextContent('This JSON file is not a Newsstand export.');
    expect(screen.getByRole('link', { name: 'Saved' })).toBeInTheDocument();
  });

  it('exports everything as one JSON file named after the day', async () => {
    const files: Blob[] = [];
    vi.stubGlobal(
      'URL',
      Object.assign(URL, { createObjectURL: (blob: Blob) => (files.push(blob), 'blob:export'), revokeObjectURL: () => {} }),
    );
    const downloads: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
    renderApp('/settings');
    const data = await section('Your data');
    await userEvent.upload(data.getByLabelText('Import a file'), exportFile([{ card: makeCard({ id: 'kept' }), savedAt: 1 }]));
    await data.findByText('Added 1 saved story.');

    await userEvent.click(data.getByRole('button', { name: 'Export to a file' }));

    expect(downloads).toEqual(['newsstand-reading-2026-11-25.json']);
    const exported = JSON.parse(await files[0]!.text()) as { format: string; saved: { card: { id: string } }[] };
    expect(exported.format).toBe('newsstand-reading');
    expect(exported.saved.map((entry) => entry.card.id)).toEqual(['kept']);
  });
});
