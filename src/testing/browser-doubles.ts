// jsdom lacks IntersectionObserver, ResizeObserver, scrolling and layout: small doubles that tests can drive.
import { vi } from 'vitest';

const observed = new Set<{ callback: IntersectionObserverCallback; observer: IntersectionObserver; targets: Set<Element> }>();

class IntersectionObserverDouble implements IntersectionObserver {
  readonly root = null;
  readonly rootMargin: string;
  readonly thresholds = [0];
  private readonly entry;

  constructor(callback: IntersectionObserverCallback, options?: IntersectionObserverInit) {
    this.rootMargin = options?.rootMargin ?? '0px';
    this.entry = { callback, observer: this as IntersectionObserver, targets: new Set<Element>() };
    observed.add(this.entry);
  }
  observe(target: Element) {
    this.entry.targets.add(target);
  }
  unobserve(target: Element) {
    this.entry.targets.delete(target);
  }
  disconnect() {
    this.entry.targets.clear();
    observed.delete(this.entry);
  }
  takeRecords(): IntersectionObserverEntry[] {
    return [];
  }
}

class ResizeObserverDouble implements ResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}

/**
 * jsdom lays nothing out, so every element measures 0 px and the windowed feed cannot tell which
 * rows fit on the screen. Giving each element a height makes it render the first few rows, as a
 * browser would on a 768 px tall window.
 */
export const elementHeightInTests = 300;

export function installBrowserDoubles(): void {
  observed.clear();
  vi.stubGlobal('IntersectionObserver', IntersectionObserverDouble);
  vi.stubGlobal('ResizeObserver', ResizeObserverDouble);
  vi.stubGlobal('scrollTo', () => {});
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(elementHeightInTests);
}

/** Tells every observer that all its targets came into view (the reader scrolled near them). */
export function bringObservedIntoView(): void {
  for (const { callback, observer, targets } of [...observed]) {
    const entries = [...targets].map(
      (target) => ({ target, isIntersecting: true, intersectionRatio: 1 }) as unknown as IntersectionObserverEntry,
    );
    if (entries.length > 0) callback(entries, observer);
  }
}
