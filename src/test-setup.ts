// Component tests: DOM matchers, a fixed clock, and a clean DOM (a page that has seen no failed images, and nothing stored) between tests.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { testNow } from './testing/clock.ts';
import { forgetPageReadingStore } from './features/reading/reading-context.ts';
import { forgetImageFailures } from './ui/use-image-failure.ts';

/**
 * Only `Date` is faked: timers run for real, so React Query, user-event and `findBy` behave as in a
 * browser. Set here too, before any test module is imported, for clocks read at import time.
 */
function fixTheClock(): void {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(testNow);
}

fixTheClock();
beforeEach(fixTheClock);

afterEach(() => {
  cleanup();
  forgetImageFailures();
  // The reader's state lives in localStorage: each test starts with nothing saved, read or hidden.
  window.localStorage.clear();
  forgetPageReadingStore();
  delete document.documentElement.dataset.theme;
  vi.useRealTimers();
});
