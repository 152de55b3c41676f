// A first visit costs at most 100 kB gzip of HTML, JS, CSS and JSON (issue 5), counted on what the browser really fetched.
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { useReaderSession } from './reader-session';
import { waitForFeed } from './reader-steps';

const budgetBytes = 100_000;
/** Images (and a missing logo's fallback page) are left out: the budget is the code and data a visit needs. */
const countedResourceTypes = new Set(['document', 'script', 'stylesheet', 'fetch', 'xhr']);

interface Transfer {
  path: string;
  gzipBytes: number;
}

function report(transfers: Transfer[]): string {
  const rows = transfers.map(({ path, gzipBytes }) => `  ${(gzipBytes / 1000).toFixed(1).padStart(6)} kB  ${path}`);
  const total = transfers.reduce((sum, { gzipBytes }) => sum + gzipBytes, 0);
  return [...rows, `  ${(total / 1000).toFixed(1).padStart(6)} kB  in all (gzip -9)`].join('\n');
}

describe('the first visit', () => {
  const session = useReaderSession(() => inject('demoSite'));

  it('loads at most 100 kB gzip of HTML, JS, CSS and JSON before the feed shows', async () => {
    // A context of its own, so that every response of the visit is seen from the very first.
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
    const pending: Promise<Transfer | undefined>[] = [];
    context.on('response', (response) => {
      const url = new URL(response.url());
      if (url.origin !== session.site.origin || !countedResourceTypes.has(response.request().resourceType())) return;
      pending.push(response.body().then((body) => ({ path: url.pathname, gzipBytes: gzipSync(body, { level: 9 }).length })));
    });
    try {
      const page = await context.newPage();
      await page.goto(session.site.home);
      await waitForFeed(page);
      await page.waitForLoadState('networkidle');
      const transfers = (await Promise.all(pending)).filter((transfer) => transfer !== undefined);
      console.info(`First visit:\n${report(transfers)}`);

      expect(transfers.map((transfer) => transfer.path)).toEqual(
        expect.arrayContaining([
          session.site.base,
          expect.stringMatching(/\.js$/),
          expect.stringMatching(/\/feed\/all\/1\.[0-9a-z]+\.json$/),
        ]),
      );
      expect(transfers.reduce((sum, { gzipBytes }) => sum + gzipBytes, 0)).toBeLessThanOrEqual(budgetBytes);
    } finally {
      await context.close();
    }
  });
});
