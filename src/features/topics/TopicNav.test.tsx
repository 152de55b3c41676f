import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeTopic } from '../../testing/fixtures.ts';
import { renderWithProviders } from '../../testing/render-app.tsx';
import { TopicNav } from './TopicNav.tsx';

const topics = [makeTopic('Transit', 'transit', 12), makeTopic('Joe Biden', 'joe-biden', 1234), makeTopic('Climate', 'climate', 3)];

function renderTopicNav(activeSlug: string | null) {
  renderWithProviders(<TopicNav topics={topics} totalCount={1249} activeSlug={activeSlug} />);
  return within(screen.getByRole('navigation', { name: 'Topics' }));
}

describe('TopicNav', () => {
  it('puts "All" first, then every topic in the given order, each with its count', () => {
    const nav = renderTopicNav(null);
    expect(nav.getAllByRole('link').map((link) => link.textContent)).toEqual(['All 1,249', 'Transit 12', 'Joe Biden 1,234', 'Climate 3']);
  });

  it('links each topic to the home page filtered by its slug, and "All" to the unfiltered page', () => {
    const nav = renderTopicNav(null);
    expect(nav.getByRole('link', { name: /^All/ })).toHaveAttribute('href', '/');
    expect(nav.getByRole('link', { name: /^Joe Biden/ })).toHaveAttribute('href', '/?topic=joe-biden');
  });

  it('marks "All" as the current page when no topic is chosen', () => {
    const nav = renderTopicNav(null);
    expect(nav.getByRole('link', { name: /^All/ })).toHaveAttribute('aria-current', 'page');
    expect(nav.getByRole('link', { name: /^Transit/ })).not.toHaveAttribute('aria-current');
  });

  it('marks only the chosen topic as the current page', () => {
    const nav = renderTopicNav('climate');
    const current = nav.getAllByRole('link').filter((link) => link.getAttribute('aria-current') === 'page');
    expect(current.map((link) => link.textContent)).toEqual(['Climate 3']);
  });
});
