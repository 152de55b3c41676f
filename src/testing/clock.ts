// The one "now" of every component test: no test may read the machine's clock or depend on its time zone.

/**
 * Mid-afternoon UTC: the fixtures' stories, one to four hours older, fall on the same local day in
 * every zone from UTC-10 to UTC+14, and those a day or two older on the days before, whatever hour
 * or zone the suite runs in (CI runs it again under a faked clock after midnight).
 */
export const testNow = new Date('2026-11-25T16:00:00Z');
