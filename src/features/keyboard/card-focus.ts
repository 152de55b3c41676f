// Which card j and k move to, found in the page as it is: works on every page with cards, and in
// the windowed feed, where the next card may not be in the DOM until the page scrolls to it.

const cardSelector = 'main article[data-card-id]';

/** The card the reader is on: the focused card, or the card holding the focused control. */
export function currentCard(): HTMLElement | null {
  const active = document.activeElement;
  return active instanceof HTMLElement ? active.closest<HTMLElement>('article[data-card-id]') : null;
}

function cardsInPage(): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>(cardSelector));
}

const positionOf = (card: HTMLElement, cards: HTMLElement[]) => Number(card.dataset.cardPosition ?? cards.indexOf(card) + 1);

function cardAt(position: number, cards: HTMLElement[]): HTMLElement | undefined {
  return cards.find((card) => positionOf(card, cards) === position);
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

function focusCard(card: HTMLElement): void {
  card.focus({ preventScroll: true });
  card.scrollIntoView({ block: 'nearest' });
}

/** The first card whose bottom is on the screen: where j starts when no card has the focus yet. */
function firstCardOnScreen(cards: HTMLElement[]): HTMLElement | undefined {
  return cards.find((card) => card.getBoundingClientRect().bottom > 0);
}

/**
 * Moves the focus `step` cards on. The card it leaves is brought into view first, so the windowed
 * feed renders its neighbours; past the last card loaded it waits for the feed's next page (and
 * presses "Load more stories" if the feed is waiting for one), and stops at the end of the feed.
 */
export async function moveCardFocus(step: 1 | -1): Promise<void> {
  const cards = cardsInPage();
  const current = currentCard();
  if (!current || !cards.includes(current)) {
    const start = firstCardOnScreen(cards) ?? cards.at(-1);
    if (start) focusCard(start);
    return;
  }
  const wanted = positionOf(current, cards) + step;
  if (wanted < 1) return;
  current.scrollIntoView({ block: 'nearest' });
  const giveUpAt = performance.now() + 5_000;
  let askedForMore = false;
  for (let frame = 0; performance.now() < giveUpAt; frame += 1) {
    const target = cardAt(wanted, cardsInPage());
    if (target) {
      focusCard(target);
      return;
    }
    if ((step < 0 && frame > 2) || (frame > 1 && document.querySelector('main .feed-end__done'))) return;
    const loadMore = document.querySelector<HTMLButtonElement>('main .feed-end__more:not([aria-disabled="true"])');
    if (loadMore && !askedForMore && frame > 1) {
      askedForMore = true;
      loadMore.click();
    }
    if (!loadMore && !document.querySelector('main .feed-end') && frame > 1) return;
    await nextFrame();
  }
}
