import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { installBrowserDoubles } from '../testing/browser-doubles.ts';
import { installFetchDouble } from '../testing/fetch-double.ts';
import { makeManifest } from '../testing/fixtures.ts';
import { renderWithProviders } from '../testing/render-app.tsx';
import { SiteHeader } from './SiteHeader.tsx';

beforeEach(() => {
  installBrowserDoubles();
  installFetchDouble({});
});

const header = () => within(screen.getByRole('banner'));

describe('SiteHeader', () => {
  it('shows the site title as a link home', () => {
    renderWithProviders(<SiteHeader />, makeManifest({ siteTitle: 'Election Watch' }));
    expect(header().getByRole('link', { name: 'Election Watch' })).toHaveAttribute('href', '/');
  });

  it('counts every story in the site, with a thousands separator', () => {
    renderWithProviders(<SiteHeader />, makeManifest({ articleCount: 14_203, storyCount: 14_203 }));
    expect(header().getByText('14,203 stories')).toBeInTheDocument();
  });

  it('says both counts where outlets told one story several times', () => {
    renderWithProviders(<SiteHeader />, makeManifest({ articleCount: 61, storyCount: 46 }));
    expect(header().getByText('46 stories from 61 articles')).toBeInTheDocument();
  });

  it('says "1 story" for a site with one story', () => {
    renderWithProviders(<SiteHeader />, makeManifest({ articleCount: 1, storyCount: 1 }));
    expect(header().getByText('1 story')).toBeInTheDocument();
  });

  it('says when the newest story arrived, with the exact instant as datetime', () => {
    const lastUpdated = new Date(Date.now() - 2 * 3_600_000).toISOString();
    renderWithProviders(<SiteHeader />, makeManifest({ lastUpdated }));
    const time = header().getByText('2 hours ago');
    expect(time.tagName).toBe('TIME');
    expect(time).toHaveAttribute('datetime', lastUpdated);
    expect(time.closest('span')).toHaveTextContent('Updated 2 hours ago');
  });

  it('leaves out the update time when the site has no stories yet', () => {
    renderWithProviders(<SiteHeader />, makeManifest({ articleCount: 0, storyCount: 0, lastUpdated: null }));
    expect(header().getByText('0 stories')).toBeInTheDocument();
    expect(header().queryByText(/Updated/)).toBeNull();
  });
});
