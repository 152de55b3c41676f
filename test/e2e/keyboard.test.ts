// Everything a reader does here works from the keyboard alone, with focus always visible.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useReaderSession } from './reader-session';
import { isActiveTopic, topicControl, waitForFeed } from './reader-steps';
import { narrowingTopic } from './site-data';

/** True when the focused element shows a ring: :focus-visible matches and draws an outline or shadow. */
function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const focused = document.activeElement;
    if (!focused || focused === document.body) return false;
    const style = getComputedStyle(focused);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none';
    return focused.matches(':focus-visible') && (outline || shadow);
  });
}

/** Presses Tab until `isTarget` holds for the focused element; fails after `limit` presses. */
async function tabUntil(page: Page, isTarget: (page: Page) => Promise<boolean>, limit = 80): Promise<number> {
  for (let presses = 1; presses <= limit; presses += 1) {
    await page.keyboard.press('Tab');
    if (await isTarget(page)) return presses;
  }
  throw new Error(`Tab did not reach the target in ${limit} presses`);
}

function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => (document.activeElement?.textContent ?? '').trim());
}

describe('keyboard only', () => {
  const session = useReaderSession(() => inject('demoSite'));

  it('reaches the topic filters with Tab, selects one with Enter, and always shows focus', async () => {
    const topic = narrowingTopic(session.data.cards);
    const { page, problems } = await session.open();
    await waitForFeed(page);

    await tabUntil(page, (current) => current.evaluate(() => Boolean(document.activeElement?.closest('nav[aria-label="Topics"]'))));
    expect(await focusIsVisible(page)).toBe(true);
    await tabUntil(page, async (current) => {
      expect(await focusIsVisible(current)).toBe(true);
      return (await focusedName(current)).startsWith(topic.name);
    });
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('topic')).toBe(topic.slug);
    await expect.poll(() => isActiveTopic(topicControl(page, topic.name))).toBe(true);
    expect(problems).toEqual([]);
  });

  it('selects a topic with Space when the filters are buttons', async () => {
    const topic = narrowingTopic(session.data.cards);
    const { page } = await session.open();
    await waitForFeed(page);
    const control = topicControl(page, topic.name);
    const isButton = await control.evaluate((element) => element.tagName === 'BUTTON' || element.getAttribute('role') === 'button');
    await control.focus();
    // Space activates buttons, not links (on a link it scrolls the page), so links are selected with Enter.
    await page.keyboard.press(isButton ? 'Space' : 'Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('topic')).toBe(topic.slug);
  });

  it('opens and closes the related panel from the keyboard', async () => {
    const { page, problems } = await session.open();
    await waitForFeed(page);
    await tabUntil(page, async (current) => /^Related stories \(\d+\)$/.test(await focusedName(current)), 200);
    expect(await focusIsVisible(page)).toBe(true);
    const expanded = () => page.evaluate(() => document.activeElement?.getAttribute('aria-expanded'));
    expect(await expanded()).toBe('false');

    await page.keyboard.press('Enter');
    await expect.poll(expanded).toBe('true');
    await page.getByRole('region', { name: 'Related stories', exact: true }).first().waitFor();
    await page.keyboard.press('Space');
    await expect.poll(expanded).toBe('false');
    await page.keyboard.press('Space');
    await expect.poll(expanded).toBe('true');
    expect(problems).toEqual([]);
  });
});
