import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OfflineNotice } from './OfflineNotice.tsx';
import { UpdateNotice } from './UpdateNotice.tsx';

function goOffline(offline: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(!offline);
  act(() => {
    window.dispatchEvent(new Event(offline ? 'offline' : 'online'));
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('OfflineNotice', () => {
  it('keeps an empty live region while online, and says the reader is offline when the network goes', () => {
    render(<OfflineNotice />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();

    goOffline(true);
    expect(screen.getByRole('status')).toHaveTextContent(
      'You are offline. Stories you opened before still open; the rest will load when you are back online.',
    );

    goOffline(false);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });
});

describe('UpdateNotice', () => {
  it('offers the new build with a Reload button that does not reload by itself', async () => {
    const onReload = vi.fn();
    render(<UpdateNotice onReload={onReload} />);
    expect(screen.getByRole('status')).toHaveTextContent('New stories available');
    expect(onReload).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(onReload).toHaveBeenCalledOnce();
  });
});
