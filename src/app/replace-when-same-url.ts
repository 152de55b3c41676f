// A link to the very page the reader is on replaces its history entry rather than adding a copy, so Back still leaves the page.
import type { AroundNavHandler } from 'wouter';

export const replaceWhenSameUrl: AroundNavHandler = (navigate, to, options) => {
  const here = window.location.pathname + window.location.search;
  navigate(to, { ...options, replace: options?.replace ?? to === here });
};
