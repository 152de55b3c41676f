// Reads the dates Smartable files carry (ISO-8601 with `Z`, an offset, or none) into ISO-8601 UTC.

const isoDate = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/** Returns ISO-8601 UTC, or undefined when the value is not a real calendar date and time. Without an offset, UTC is assumed. */
export function parseDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = isoDate.exec(value.trim());
  if (!match) return undefined;
  const [, year, month, day, hour = '0', minute = '0', second = '0', fraction = '', zone = 'Z'] = match;
  const parts = [year, month, day, hour, minute, second].map(Number) as [number, number, number, number, number, number];
  const [y, mo, d, h, mi, s] = parts;
  if (mo < 1 || mo > 12 || h > 23 || mi > 59 || s > 59) return undefined;
  const milliseconds = Number(fraction.padEnd(3, '0').slice(0, 3));
  const local = Date.UTC(y, mo - 1, d, h, mi, s, milliseconds);
  // Date.UTC rolls 31 February into March: a real date survives the round trip.
  if (new Date(local).getUTCDate() !== d) return undefined;
  const offsetMinutes = zoneOffsetMinutes(zone);
  if (offsetMinutes === undefined) return undefined;
  return new Date(local - offsetMinutes * 60_000).toISOString();
}

function zoneOffsetMinutes(zone: string): number | undefined {
  if (zone === 'Z' || zone === 'z') return 0;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2) || '0');
  if (hours > 14 || minutes > 59) return undefined;
  const sign = zone.startsWith('-') ? -1 : 1;
  return sign * (hours * 60 + minutes);
}

/** Jekyll names posts `YYYY-MM-DD-title.md`: that date is the fallback when the field is missing or broken. */
export function dateFromFileName(fileName: string): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})-/.exec(fileName);
  return match ? parseDate(match[1]) : undefined;
}

/**
 * For sorting newest first. The dates parseDate gives all have one form (four-digit year, UTC),
 * so text order is time order, and a plain comparison is much faster than localeCompare.
 */
export function newerFirst(a: string, b: string): number {
  return a < b ? 1 : a > b ? -1 : 0;
}
