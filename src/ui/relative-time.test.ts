import { describe, expect, it } from 'vitest';
import { calendarDaysBetween, dayLabel, relativeTime } from './relative-time.ts';

const now = new Date(2026, 10, 25, 12, 0);

describe('relativeTime', () => {
  it('says "just now" within a minute, either way', () => {
    expect(relativeTime(new Date(2026, 10, 25, 11, 59, 30), now)).toBe('just now');
    expect(relativeTime(new Date(2026, 10, 25, 12, 0, 20), now)).toBe('just now');
  });

  it('counts minutes, then hours, then days', () => {
    expect(relativeTime(new Date(2026, 10, 25, 11, 55), now)).toBe('5 minutes ago');
    expect(relativeTime(new Date(2026, 10, 25, 9, 0), now)).toBe('3 hours ago');
    expect(relativeTime(new Date(2026, 10, 24, 8, 0), now)).toBe('yesterday');
    expect(relativeTime(new Date(2026, 10, 21, 8, 0), now)).toBe('4 days ago');
  });

  it('gives a short date after a week, with the year only when it differs', () => {
    expect(relativeTime(new Date(2026, 10, 12, 8, 0), now)).toBe('Nov 12');
    expect(relativeTime(new Date(2025, 10, 12, 8, 0), now)).toBe('Nov 12, 2025');
  });
});

describe('dayLabel', () => {
  it('names today and yesterday, then the weekday and date', () => {
    expect(dayLabel(new Date(2026, 10, 25, 0, 5), now)).toBe('Today');
    expect(dayLabel(new Date(2026, 10, 24, 23, 55), now)).toBe('Yesterday');
    expect(dayLabel(new Date(2026, 10, 16, 9, 0), now)).toBe('Monday, November 16');
    expect(dayLabel(new Date(2025, 11, 31, 9, 0), now)).toBe('Wednesday, December 31, 2025');
  });
});

describe('calendarDaysBetween', () => {
  it('counts calendar days, not 24-hour spans', () => {
    expect(calendarDaysBetween(new Date(2026, 10, 24, 23, 59), new Date(2026, 10, 25, 0, 1))).toBe(1);
    expect(calendarDaysBetween(new Date(2026, 10, 25, 0, 1), new Date(2026, 10, 25, 23, 59))).toBe(0);
  });
});
