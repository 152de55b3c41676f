// Words for "when": relative times for cards, exact times for tooltips, day names for date headings.
import { locale } from './locale.ts';

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

/**
 * Each formatter is made the first time it is used, not when the module loads: building an Intl
 * formatter costs a slow phone milliseconds, and at load it would add to the one long task that
 * evaluates the app, where the first render (a transition) is done in slices.
 */
function once<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

const relativeFormat = once(() => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
const exactFormat = once(() => new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short' }));
const shortDateFormat = once(() => new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric' }));
const shortDateWithYearFormat = once(() => new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', year: 'numeric' }));
const dayFormat = once(() => new Intl.DateTimeFormat(locale, { weekday: 'long', month: 'long', day: 'numeric' }));
const dayWithYearFormat = once(() => new Intl.DateTimeFormat(locale, { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' }));

/** "just now", "5 minutes ago", "3 hours ago", "yesterday", "4 days ago", then "Nov 12" (with the year when it differs). */
export function relativeTime(date: Date, now: Date): string {
  const elapsed = now.getTime() - date.getTime();
  if (Math.abs(elapsed) < minute) return 'just now';
  if (Math.abs(elapsed) < hour) return relativeFormat().format(-Math.round(elapsed / minute), 'minute');
  if (Math.abs(elapsed) < day) return relativeFormat().format(-Math.round(elapsed / hour), 'hour');
  const days = calendarDaysBetween(date, now);
  if (Math.abs(days) < 7) return relativeFormat().format(-days, 'day');
  return (date.getFullYear() === now.getFullYear() ? shortDateFormat() : shortDateWithYearFormat()).format(date);
}

/** The exact local time, for a `title` a reader can hover or long-press. */
export function exactTime(date: Date): string {
  return exactFormat().format(date);
}

/** "Today", "Yesterday", then "Monday, November 16" (with the year when it differs). */
export function dayLabel(date: Date, now: Date): string {
  const days = calendarDaysBetween(date, now);
  if (days === 0) return 'Today';
  if (days === 1) return 'Yesterday';
  return (date.getFullYear() === now.getFullYear() ? dayFormat() : dayWithYearFormat()).format(date);
}

/** Whole local calendar days from `date` to `now` (positive when `date` is earlier). */
export function calendarDaysBetween(date: Date, now: Date): number {
  const start = new Date(date.getFullYear(), date.getMonth(), date.getDate());
  const end = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  // Round: days around a daylight-saving change are 23 or 25 hours long.
  return Math.round((end.getTime() - start.getTime()) / day);
}
