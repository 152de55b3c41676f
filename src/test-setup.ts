// Component tests: DOM matchers, and a clean DOM (and a page that has seen no failed images) between tests.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { forgetImageFailures } from './ui/use-image-failure.ts';

afterEach(() => {
  cleanup();
  forgetImageFailures();
});
