// What of a typed query is searched: trimmed, bounded, its quotes straightened, and whether any of it is worth searching.

/** Longer queries are cut here: no title is longer, and the index answers in time whatever is pasted. */
export const longestQuery = 200;

export function searchableQuery(typed: string): string {
  return Array.from(
    typed
      .replace(/[‘’‚‛′]/g, "'")
      .replace(/[“”„‟″]/g, '"')
      .replace(/\s+/g, ' ')
      .trim(),
  )
    .slice(0, longestQuery)
    .join('')
    .trim();
}

/** The query's words, for marking them in results: letters and digits, apostrophes kept inside words. */
export function queryWords(query: string): string[] {
  return Array.from(query.matchAll(/[\p{L}\p{N}][\p{L}\p{N}']*/gu), (match) => match[0].replace(/'+$/, ''));
}

/**
 * Words in nearly every English story: a query of only these (or of punctuation) would list the
 * whole site in no useful order, so the page says so instead.
 */
const commonWords = new Set(
  (
    'a an and are as at be but by for from has have he her his i in is it its of on or our she so that the their them ' +
    'they this to us was we were what when where which who will with you your'
  ).split(' '),
);

export function hasSearchableWord(query: string): boolean {
  return queryWords(query).some((word) => !commonWords.has(word.toLocaleLowerCase()));
}
