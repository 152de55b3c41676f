// Your reading (issue 16): the keyboard map, saved and read stories, and the state kept in the browser, in Chromium.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { Card } from '../../src/model';
import { accessibilityViolations } from './axe';
import { useReaderSession } from './reader-session';
import { feedOf, waitForFeed } from './reader-steps';

/** The position in the feed of the card that has the focus, or null when no card has it. */
function focusedCardPosition(page: Page): Promise<number | null> {
  return page.evaluate(() => {
    const card = document.activeElement?.closest('article[data-card-id]');
    return card instanceof HTMLElement ? Number(card.dataset.cardPosition) : null;
  });
}

function focusedCardIsOnScreen(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const card = document.activeElement?.closest('article[data-card-id]');
    if (!card) return false;
    const box = card.getBoundingClientRect();
    return box.top < window.innerHeight && box.bottom > 0;
  });
}

function savedIds(page: Page): Promise<string[]> {
  return feedOf(page).evaluate((feed) =>
    Array.from(feed.querySelectorAll('article[data-card-id]')).map((card) => card.getAttribute('data-card-id') ?? ''),
  );
}

function saveButton(page: Page, title: string): Locator {
  return page.getByRole('article', { name: title }).getByRole('button', { name: 'Save' });
}

/** Follows the header's Saved link and waits for the saved list. */
async function openSaved(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Saved' }).click();
  await page.getByRole('feed', { name: 'Saved stories' }).waitFor();
}

describe('your reading, in the browser', () => {
  const session = useReaderSession(() => inject('demoSite'));

  function firstCard(): Card {
    const first = session.data.cards[0];
    if (!first) throw new Error('The demo site has no stories');
    return first;
  }

  it('moves the focus card to card with j, j and k, keeping the card on the screen, on into the next pages', async () => {
    const { page, problems } = await session.open();
    await waitForFeed(page);
    await page.keyboard.press('j');
    await expect.poll(() => focusedCardPosition(page)).toBe(1);
    await page.keyboard.press('j');
    await expect.poll(() => focusedCardPosition(page)).toBe(2);
    await page.keyboard.press('k');
    await expect.poll(() => focusedCardPosition(page)).toBe(1);

    // Past the first page of the windowed feed: each j waits for the card it needs.
    for (let position = 2; position <= 24; position += 1) {
      await page.keyboard.press('j');
      await expect.poll(() => focusedCardPosition(page)).toBe(position);
    }
    expect(await focusedCardIsOnScreen(page)).toBe(true);
    expect(problems).toEqual([]);
  });

  it('saves the focused card with s; it is still saved after a reload and listed on /saved', async () => {
    const first = firstCard();
    const { page, problems } = await session.open();
    await waitForFeed(page);
    await page.keyboard.press('j');
    await page.keyboard.press('s');
    await expect.poll(() => saveButton(page, first.title).getAttribute('aria-pressed')).toBe('true');

    await page.reload();
    await waitForFeed(page);
    expect(await saveButton(page, first.title).getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('g');
    await page.keyboard.press('s');
    await page.getByRole('feed', { name: 'Saved stories' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`${session.site.base}saved`);
    expect(await savedIds(page)).toEqual([first.id]);
    expect(problems).toEqual([]);
  });

  it('hides a story opened through "Original" under "Unread only", and keeps the choice in the URL', async () => {
    const first = firstCard();
    const { page, context } = await session.open();
    await waitForFeed(page);
    const card = page.getByRole('article', { name: first.title });
    const [popup] = await Promise.all([context.waitForEvent('page'), card.getByRole('link', { name: 'Original' }).click()]);
    await popup.close();
    await expect.poll(() => card.getAttribute('aria-describedby')).not.toBeNull();
    // Dimmed: its image fades and its title takes the muted colour.
    expect(await card.locator('.lead-image').evaluate((element) => getComputedStyle(element).opacity)).not.toBe('1');

    await page.getByRole('button', { name: 'Unread only' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('unread')).toBe('1');
    await expect.poll(() => card.count()).toBe(0);
    await page.reload();
    await waitForFeed(page);
    expect(await page.getByRole('button', { name: 'Unread only' }).getAttribute('aria-pressed')).toBe('true');
    expect(await card.count()).toBe(0);
  });

  it('opens "Keyboard shortcuts" with ?; turned off there, j does nothing, after a reload too', async () => {
    const { page } = await session.open();
    await waitForFeed(page);
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    await dialog.getByRole('checkbox', { name: 'Use keyboard shortcuts' }).uncheck();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    await page.keyboard.press('j');
    expect(await focusedCardPosition(page)).toBeNull();
    await page.reload();
    await waitForFeed(page);
    await page.keyboard.press('j');
    await page.keyboard.press('?');
    expect(await focusedCardPosition(page)).toBeNull();
    expect(await dialog.count()).toBe(0);
    await page.goto(`${session.site.home}settings`);
    expect(await page.getByRole('checkbox', { name: 'Use keyboard shortcuts' }).isChecked()).toBe(false);
  });

  it('exports to a file that, imported into a fresh profile, gives the same saved list', async () => {
    const [first, second] = session.data.cards;
    if (!first || !second) throw new Error('The demo site has too few stories');
    const original = await session.open();
    await waitForFeed(original.page);
    await saveButton(original.page, second.title).click();
    await saveButton(original.page, first.title).click();
    await original.page.goto(`${session.site.home}saved`);
    await original.page.getByRole('feed', { name: 'Saved stories' }).waitFor();
    const before = await savedIds(original.page);
    expect(before).toEqual([first.id, second.id]);

    await original.page.goto(`${session.site.home}settings`);
    const [download] = await Promise.all([
      original.page.waitForEvent('download'),
      original.page.getByRole('button', { name: 'Export to a file' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^newsstand-reading-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await download.path();

    const fresh = await session.open({ path: 'settings' });
    await fresh.page.getByLabel('Import a file').setInputFiles(file);
    await expect
      .poll(() => fresh.page.getByRole('region', { name: 'Your data' }).getByRole('status').textContent())
      .toBe('Added 2 saved stories.');
    await openSaved(fresh.page);
    expect(await savedIds(fresh.page)).toEqual(before);
    expect(fresh.problems).toEqual([]);
  });

  it('keeps two open tabs in step', async () => {
    const first = firstCard();
    const { page, context } = await session.open();
    const other = await context.newPage();
    await other.goto(session.site.home);
    await Promise.all([waitForFeed(page), waitForFeed(other)]);

    await saveButton(page, first.title).click();
    await expect.poll(() => saveButton(other, first.title).getAttribute('aria-pressed')).toBe('true');
    await other.getByRole('link', { name: 'Saved 1' }).waitFor();

    await other.getByRole('article', { name: first.title }).getByRole('button', { name: 'Mark as read' }).click();
    await expect
      .poll(() => page.getByRole('article', { name: first.title }).getByRole('button', { name: 'Mark as unread' }).count())
      .toBe(1);
  });

  it('still gives a working reader when the browser refuses storage, and says so once', async () => {
    const first = firstCard();
    const { page, problems } = await session.open({ blockStorage: true });
    await waitForFeed(page);
    const notice = page.getByText('This browser does not let the site store anything', { exact: false });
    await notice.waitFor();
    const save = saveButton(page, first.title);
    await save.click();
    expect(await save.getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await openSaved(page);
    expect(await savedIds(page)).toEqual([first.id]);
    expect(await notice.count()).toBe(0);
    expect(problems).toEqual([]);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations on /saved, /settings and the open shortcuts dialog, in ${colorScheme}`, async () => {
      const first = firstCard();
      const { page } = await session.open({ colorScheme, bypassContentSecurityPolicy: true });
      await waitForFeed(page);
      await saveButton(page, first.title).click();
      await page.getByRole('article', { name: first.title }).getByRole('button', { name: 'Mark as read' }).click();
      expect(await accessibilityViolations(page)).toEqual([]);

      await openSaved(page);
      expect(await accessibilityViolations(page)).toEqual([]);

      await page.getByRole('link', { name: 'Settings' }).first().click();
      await page.getByRole('region', { name: 'Your data' }).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);

      await page.keyboard.press('?');
      await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
    });
  }
});
