// The one locale for dates and numbers, so dates read in the same language as the interface.
export const locale = 'en-US';

export function formatCount(count: number): string {
  return count.toLocaleString(locale);
}
