// The one locale for dates and numbers, so dates read in the same language as the interface.
export const locale = 'en-US';

let countFormat: Intl.NumberFormat | undefined;

/** One formatter for every count: `toLocaleString` builds a new one each call (the topic bar makes dozens). */
export function formatCount(count: number): string {
  countFormat ??= new Intl.NumberFormat(locale);
  return countFormat.format(count);
}
