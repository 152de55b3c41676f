import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { installBrowserDoubles } from '../../testing/browser-doubles.ts';
import { installFetchDouble, type FetchDouble } from '../../testing/fetch-double.ts';
import { makeArticleFiles, makeCard, makeDetail, makeRelatedInCorpus, makeRelatedOutside } from '../../testing/fixtures.ts';
import { renderWithProviders } from '../../testing/render-app.tsx';
import { RelatedStories } from './RelatedStories.tsx';

const detailUrl = 'newsstand/article/harbour-reopens.00000000.json';
const related = [
  makeRelatedInCorpus('pier-inspection', 'Engineers begin the outer pier inspection'),
  makeRelatedOutside('Ferry operators count the cost of the storm', 'https://quay.example/ferries'),
  makeRelatedOutside('A story whose link is not a web address', 'javascript:alert(1)'),
];

let double: FetchDouble;

beforeEach(() => {
  installBrowserDoubles();
  double = installFetchDouble(makeArticleFiles([makeDetail(makeCard({ id: 'harbour-reopens' }), related)]));
});

function renderRelated(initiallyOpen = false) {
  return renderWithProviders(<RelatedStories articleId="harbour-reopens" count={related.length} initiallyOpen={initiallyOpen} />);
}

async function openPanel() {
  await userEvent.click(screen.getByRole('button', { name: 'Related stories (3)' }));
  const panel = screen.getByRole('region', { name: 'Related stories' });
  await within(panel).findByRole('list');
  return within(panel);
}

describe('RelatedStories', () => {
  it('starts closed, and loads nothing until it is opened', () => {
    renderRelated();
    expect(screen.getByRole('button', { name: 'Related stories (3)' })).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('region', { name: 'Related stories' })).toBeNull();
    expect(double.requests).toEqual([]);
  });

  it('opens a "Related stories" region that the button controls, listing every story', async () => {
    renderRelated();
    const panel = await openPanel();
    const button = screen.getByRole('button', { name: 'Related stories (3)' });
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(button).toHaveAttribute('aria-controls', screen.getByRole('region', { name: 'Related stories' }).id);
    expect(panel.getAllByRole('listitem')).toHaveLength(3);
    expect(double.requests).toContain(detailUrl);
  });

  it('closes the region when the button is pressed again', async () => {
    renderRelated();
    await openPanel();
    const button = screen.getByRole('button', { name: 'Related stories (3)' });
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('region', { name: 'Related stories' })).toBeNull();
  });

  it("shows each story's provider, by logo or monogram, and its time", async () => {
    renderRelated();
    const panel = await openPanel();
    const [inCorpus, outside] = panel.getAllByRole('listitem');
    if (!inCorpus || !outside) throw new Error('expected two related stories');
    expect(within(inCorpus).getByRole('img', { name: 'Kestrel Bay Gazette' })).toHaveTextContent('KB');
    expect(within(inCorpus).getByText('yesterday')).toHaveAttribute('datetime', related[0]?.publishedAt);
    expect(within(outside).getByRole('img', { name: 'Quay Commerce' })).toHaveAttribute('src', 'https://quay.example/logo.png');
  });

  it('opens a story that is in the corpus inside the app, not in a new tab', async () => {
    renderRelated();
    const panel = await openPanel();
    const link = panel.getByRole('link', { name: 'Engineers begin the outer pier inspection' });
    expect(link).toHaveAttribute('href', '/article/pier-inspection');
    expect(link).not.toHaveAttribute('target');

    await userEvent.click(link);
    expect(window.location.pathname).toBe('/article/pier-inspection');
  });

  it('still offers the original of an in-corpus story, in a new tab', async () => {
    renderRelated();
    const panel = await openPanel();
    const original = panel.getByRole('link', { name: 'Original: Engineers begin the outer pier inspection' });
    expect(original).toHaveAttribute('href', 'https://gazette.example/pier-inspection');
    expect(original).toHaveAttribute('target', '_blank');
    expect(original).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('links a story from outside the corpus out, in a new tab that cannot reach back', async () => {
    renderRelated();
    const panel = await openPanel();
    const title = panel.getByRole('link', { name: 'Ferry operators count the cost of the storm' });
    const amp = panel.getByRole('link', { name: 'AMP: Ferry operators count the cost of the storm' });
    expect(title).toHaveAttribute('href', 'https://quay.example/ferries');
    expect(amp).toHaveAttribute('href', 'https://quay.example/ferries?amp');
    for (const link of [title, amp]) {
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
  });

  it('puts only http(s) addresses in its links', async () => {
    renderRelated();
    const panel = await openPanel();
    expect(panel.getByText('A story whose link is not a web address')).toBeInTheDocument();
    expect(panel.queryByRole('link', { name: 'A story whose link is not a web address' })).toBeNull();
    for (const link of panel.getAllByRole('link')) {
      expect(link.getAttribute('href')).toMatch(/^(https?:\/\/|\/article\/)/);
    }
  });

  it('says when the related stories cannot be loaded, and Retry loads them', async () => {
    const files = { ...double.files };
    double.files[detailUrl] = { status: 503 };
    renderRelated();
    await userEvent.click(screen.getByRole('button', { name: 'Related stories (3)' }));
    const panel = within(screen.getByRole('region', { name: 'Related stories' }));
    const alert = await panel.findByRole('alert');
    expect(alert).toHaveTextContent('Related stories could not be loaded.');

    double.files[detailUrl] = files[detailUrl];
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await panel.findByRole('link', { name: 'Ferry operators count the cost of the storm' })).toBeInTheDocument();
    expect(double.requests.filter((path) => path === detailUrl)).toHaveLength(2);
  });

  it('is busy while it loads', async () => {
    double.files[detailUrl] = 'pending';
    renderRelated(true);
    const region = screen.getByRole('region', { name: 'Related stories' });
    expect(region).toHaveAttribute('aria-busy', 'true');
    expect(await within(region).findByText('Loading related stories…')).toBeInTheDocument();
  });
});
