// Where a text matches search words: the ranges of every word that starts with one of them, case and accents aside.

export interface TextRange {
  start: number;
  end: number;
}

function foldCharacter(character: string): string {
  return character
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase()
    .replace(/[‘’‛′]/g, "'");
}

/**
 * Lower case without accents, with, for each code unit of the result, where its character was in
 * the original: folding can drop a character (a variation selector) or lengthen one.
 */
function folded(text: string): { text: string; starts: number[]; ends: number[] } {
  let result = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (const character of text) {
    const fold = foldCharacter(character);
    for (let unit = 0; unit < fold.length; unit += 1) {
      starts.push(offset);
      ends.push(offset + character.length);
    }
    result += fold;
    offset += character.length;
  }
  return { text: result, starts, ends };
}

const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}'’]*/gu;

/**
 * The words of `text` that begin with a search term: the search matches prefixes and stems, so
 * "hack" lights up "Hackers" and "zurich" lights up "Zürich". Terms are compared as text, never
 * compiled into a pattern, so a query full of regex characters is only characters.
 */
export function highlightRanges(text: string, terms: readonly string[]): TextRange[] {
  const foldedTerms = terms.map((term) => folded(term).text).filter((term) => term.length > 0);
  if (foldedTerms.length === 0 || text === '') return [];
  const subject = folded(text);
  const ranges: TextRange[] = [];
  for (const match of subject.text.matchAll(wordPattern)) {
    const word = match[0];
    if (!foldedTerms.some((term) => word.startsWith(term))) continue;
    const start = subject.starts[match.index] ?? 0;
    const end = subject.ends[match.index + word.length - 1] ?? text.length;
    ranges.push({ start, end });
  }
  return ranges;
}
