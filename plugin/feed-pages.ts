// One feed (all stories or one topic) -> pages of cards chained by `next`, hashed from the last page back.
import type { Card, FeedPage, FeedReference } from '../src/model/index.ts';
import type { OutputWriter } from './output-files.ts';

/**
 * `cards` are newest first. An empty feed has no pages and a null first page. With `inputsOfCard`
 * (what a card is made from), a page whose cards and next page are unchanged is not made again.
 */
export function writeFeed(
  cards: readonly Card[],
  directory: string,
  pageSize: number,
  output: OutputWriter,
  inputsOfCard?: (card: Card) => string,
): FeedReference {
  const pageCount = Math.ceil(cards.length / pageSize);
  let next: string | null = null;
  // A page's name hashes its content, which includes the next page's name: so write the last page first.
  for (let page = pageCount; page >= 1; page -= 1) {
    const pageCards = cards.slice((page - 1) * pageSize, page * pageSize);
    const feedPage: FeedPage = { page, pageCount, count: cards.length, cards: pageCards, next };
    const inputs = inputsOfCard && `${pageCount} ${cards.length} ${next}\n${pageCards.map(inputsOfCard).join('\n')}`;
    next = output.writeRemembered(directory, String(page), inputs, () => feedPage);
  }
  return { count: cards.length, firstPage: next };
}
