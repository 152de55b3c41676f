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

  it('reads a date without a time as midnight UTC', () => {
    expect(parseDate('2020-09-13')).toBe('2020-09-13T00:00:00.000Z');
  });

  it.each(['2020-02-30T00:00:00Z', '2020-13-01', '2020-09-13T24:00:00Z', 'yesterday', '13/09/2020', '2020-09-13T10:00:00+25:00', ''])(
    'refuses %j',
    (value) => {
      expect(parseDate(value)).toBeUndefined();
    },
  );

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
