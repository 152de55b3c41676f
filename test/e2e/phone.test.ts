// On a 375 px phone the page never scrolls sideways; only the topic bar does, on its own.
import { describe, expect, inject, it } from 'vitest';
import { useReaderSession } from './reader-session';
import { topicNavigationOf, waitForFeed, waitForImagesToSettle } from './reader-steps';

const phone = { width: 375, height: 812 };

describe('on a phone', () => {
  const session = useReaderSession(() => inject('demoSite'));

  it('does not scroll the page sideways', async () => {
    const { page, problems } = await session.open({ viewport: phone });
    await waitForFeed(page);
    await waitForImagesToSettle(page);
    const widths = await page.evaluate(() => ({
      document: document.documentElement.scrollWidth,
      body: document.body.scrollWidth,
      viewport: document.documentElement.clientWidth,
    }));
    expect(widths.document).toBeLessThanOrEqual(widths.viewport);
    expect(widths.body).toBeLessThanOrEqual(widths.viewport);
    await page.evaluate(() => window.scrollTo(200, 0));
    expect(await page.evaluate(() => window.scrollX)).toBe(0);
    expect(problems).toEqual([]);
  });

  it('keeps the topic bar on one row that scrolls sideways by itself', async () => {
    const { page } = await session.open({ viewport: phone });
    await waitForFeed(page);
    const bar = await topicNavigationOf(page).evaluate((navigation) => {
      // The scroller is the navigation itself or the first descendant wider than its box.
      const candidates = [navigation, ...Array.from(navigation.querySelectorAll('*'))];
      const scroller = candidates.find((element) => element.scrollWidth > element.clientWidth + 1);
      const controls = Array.from(navigation.querySelectorAll('a, button'));
      const rows = new Set(controls.map((control) => Math.round(control.getBoundingClientRect().top)));
      if (!scroller) return { scrolls: false, rows: rows.size, moved: false, pageMoved: window.scrollX };
      const overflow = getComputedStyle(scroller).overflowX;
      scroller.scrollLeft = 120;
      return {
        scrolls: overflow === 'auto' || overflow === 'scroll',
        rows: rows.size,
        moved: scroller.scrollLeft > 0,
        pageMoved: window.scrollX,
      };
    });
    expect(bar).toEqual({ scrolls: true, rows: 1, moved: true, pageMoved: 0 });
  });
});
