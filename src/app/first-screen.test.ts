import { afterEach, describe, expect, it, vi } from 'vitest';
import { feedQueryOptions } from '../api/index.ts';
import { installFetchDouble } from '../testing/fetch-double.ts';
import { firstPageUrl, makeCards, makeFeedPages, makeManifest } from '../testing/fixtures.ts';
import { createTestQueryClient } from '../testing/render-app.tsx';
import { prefetchFirstScreen, waitForFirstScreen } from './first-screen.ts';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('prefetchFirstScreen', () => {
  it('puts the home page feed in the cache before the first render', async () => {
    const manifest = makeManifest();
    const fetched = installFetchDouble(makeFeedPages(makeCards(3)));
    const queryClient = createTestQueryClient(manifest);
    await prefetchFirstScreen(queryClient, manifest, { pathname: '/', search: '' });
    expect(fetched.requests).toEqual([firstPageUrl()]);
    expect(queryClient.getQueryData(feedQueryOptions(null, manifest.all).queryKey)?.pages[0]?.cards).toHaveLength(3);
  });

  it('fetches the first page of the topic a shared link names', async () => {
    const manifest = makeManifest();
    const fetched = installFetchDouble(makeFeedPages(makeCards(2), 'topic/transit'));
    await prefetchFirstScreen(createTestQueryClient(manifest), manifest, { pathname: '/', search: '?topic=transit' });
    expect(fetched.requests).toEqual([firstPageUrl('topic/transit')]);
  });

  it('fetches nothing for an article page or an unknown topic, which have no feed to show', async () => {
    const manifest = makeManifest();
    const fetched = installFetchDouble({});
    await prefetchFirstScreen(createTestQueryClient(manifest), manifest, { pathname: '/article/some-story', search: '' });
    await prefetchFirstScreen(createTestQueryClient(manifest), manifest, { pathname: '/', search: '?topic=no-such-topic' });
    expect(fetched.requests).toEqual([]);
  });

  it('settles without throwing when the page fails, leaving the error to the feed', async () => {
    const manifest = makeManifest();
    installFetchDouble({ [firstPageUrl()]: { status: 500 } });
    await expect(prefetchFirstScreen(createTestQueryClient(manifest), manifest, { pathname: '/', search: '' })).resolves.toBeUndefined();
  });
});

describe('waitForFirstScreen', () => {
  it('stops waiting for a slow network after its patience runs out, so the skeleton can show', async () => {
    vi.useFakeTimers();
    let settled = false;
    void waitForFirstScreen(new Promise<void>(() => {}), 1_000).then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toBe(true);
  });
});
