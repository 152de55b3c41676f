import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateFromFileName, newerFirst, parseDate } from './dates.ts';

describe('parseDate', () => {
  it('keeps a UTC date with Z as it is', () => {
    expect(parseDate('2021-03-14T01:27:54Z')).toBe('2021-03-14T01:27:54.000Z');
  });

  it('honours a negative offset by moving the time to UTC', () => {
    expect(parseDate('2020-10-15T18:00:00-07:00')).toBe('2020-10-16T01:00:00.000Z');
  });

  it('honours a positive offset written without a colon', () => {
    expect(parseDate('2020-09-13T09:30:00+0530')).toBe('2020-09-13T04:00:00.000Z');
  });

  it('reads fractions of a second, a space instead of T, and a missing zone as UTC', () => {
    expect(parseDate('2020-09-13 14:26:21.5')).toBe('2020-09-13T14:26:21.500Z');
  });

  it('reads 29 February only in leap years, and years before 100 as Date.UTC does', () => {
    expect(parseDate('2000-02-29T10:00:00Z')).toBe('2000-02-29T10:00:00.000Z');
    expect(parseDate('2020-02-29T10:00:00Z')).toBe('2020-02-29T10:00:00.000Z');
    expect(parseDate('1900-02-29T10:00:00Z')).toBeUndefined();
    expect(parseDate('2021-02-29T10:00:00Z')).toBeUndefined();
    expect(parseDate('0099-01-01T00:00:00Z')).toBe('1999-01-01T00:00:00.000Z');
  });

  it('reads a date without a time as midnight UTC', () => {
    expect(parseDate('2020-09-13')).toBe('2020-09-13T00:00:00.000Z');
  });

  it.each(['2020-02-30T00:00:00Z', '2020-13-01', '2020-09-13T24:00:00Z', 'yesterday', '13/09/2020', '2020-09-13T10:00:00+25:00', ''])(
    'refuses %j',
    (value) => {
      expect(parseDate(value)).toBeUndefined();
    },
  );

  it('reads the plain UTC form as the general path reads the same moment written with +00:00 (property)', () => {
    const digits = (length: number) =>
      fc.array(fc.constantFrom(...'0123456789'), { minLength: length, maxLength: length }).map((list) => list.join(''));
    // Mostly real calendar values, with any digits mixed in: 29 February, day 31 of short months, hour 24, year 0000.
    const part = (length: number, values: number[]) =>
      fc.oneof(digits(length), fc.constantFrom(...values.map((value) => String(value).padStart(length, '0'))));
    const written = fc
      .tuple(
        part(4, [0, 99, 100, 1600, 1900, 2000, 2020, 2021, 9999]),
        part(2, [0, 1, 2, 4, 12, 13]),
        part(2, [0, 1, 28, 29, 30, 31, 32]),
        part(2, [0, 23, 24]),
        part(2, [0, 59, 60]),
        part(2, [0, 59, 60]),
      )
      .map(([year, month, day, hour, minute, second]) => `${year}-${month}-${day}T${hour}:${minute}:${second}`);
    fc.assert(
      fc.property(written, fc.constantFrom('', ' '), (text, padding) => {
        expect(parseDate(`${padding}${text}Z`)).toBe(parseDate(`${text}+00:00`));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([20200913, null, ['2020-09-13'], { date: '2020-09-13' }])('refuses a value that is not text: %j', (value) => {
    expect(parseDate(value)).toBeUndefined();
  });
});

describe('dateFromFileName', () => {
  it('reads the Jekyll date prefix of a post file name', () => {
    expect(dateFromFileName('2020-09-13-where-is-joe-biden.md')).toBe('2020-09-13T00:00:00.000Z');
  });

  it('finds nothing in a name without one', () => {
    expect(dateFromFileName('joe-biden.md')).toBeUndefined();
  });
});

describe('newerFirst', () => {
  it('sorts the dates parseDate gives newest first, across offsets, years and fractions', () => {
    const dates = [
      '2026-01-02T00:00:00+01:00',
      '2025-12-31T23:30:00.5',
      '2026-01-01T23:59:59Z',
      '999-01-01',
      '1999-12-31T23:59:59.999Z',
    ].map(parseDate);
    const sorted = dates.filter((date): date is string => date !== undefined).sort(newerFirst);
    expect(sorted.map((date) => Date.parse(date))).toEqual(sorted.map((date) => Date.parse(date)).sort((a, b) => b - a));
    expect(sorted).toHaveLength(4);
  });
});
