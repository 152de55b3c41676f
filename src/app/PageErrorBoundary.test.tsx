import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageErrorBoundary } from './PageErrorBoundary.tsx';

function BrokenPage(): never {
  throw new Error('a bug in a page');
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('PageErrorBoundary', () => {
  it('shows its page as usual when nothing fails', () => {
    render(
      <PageErrorBoundary>
        <p>The feed</p>
      </PageErrorBoundary>,
    );
    expect(screen.getByText('The feed')).toBeInTheDocument();
  });

  it('replaces a page that fails to render with a message and a Retry that reloads', () => {
    // React and the boundary both report the error: expected here, so kept out of the test output.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <PageErrorBoundary>
        <BrokenPage />
      </PageErrorBoundary>,
    );
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Something went wrong' })).toBeInTheDocument();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong on this page.');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(logged).toHaveBeenCalled();
  });
});
