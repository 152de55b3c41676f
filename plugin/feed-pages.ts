// One feed (all stories or one topic) -> pages of cards chained by `next` in runs, hashed from the last page back.
import { runLength, type Card, type FeedPage, type FeedReference } from '../src/model/index.ts';
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
  const pagesPerRun = runLength(pageCount);
  const writePage = (page: number, next: string | null, runs?: FeedPage['runs']): string => {
    const pageCards = cards.slice((page - 1) * pageSize, page * pageSize);
    const feedPage: FeedPage = { page, pageCount, count: cards.length, cards: pageCards, next, ...(runs && { runs }) };
    const inputs = inputsOfCard && `${pageCount} ${cards.length} ${next} ${JSON.stringify(runs ?? null)}\n${pageCards.map(inputsOfCard).join('\n')}`;
    return output.writeRemembered(directory, String(page), inputs, () => feedPage);
  };
  // A page's name hashes its content, which includes the next page's name: each run is written last page first.
  const runs: NonNullable<FeedPage['runs']> = [];
  let next: string | null = null;
  for (let runStart = Math.floor((pageCount - 1) / pagesPerRun) * pagesPerRun + 1; runStart >= 1; runStart -= pagesPerRun) {
    next = null;
    const runEnd = Math.min(pageCount, runStart + pagesPerRun - 1);
    for (let page = runEnd; page > runStart; page -= 1) next = writePage(page, next);
    if (runStart === 1) next = writePage(1, next, runs.length > 0 ? runs.reverse() : undefined);
    else runs.push({ page: runStart, url: writePage(runStart, next) });
  }
  return { count: cards.length, firstPage: pageCount === 0 ? null : next };
}
