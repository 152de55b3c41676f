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

/** jsdom has no modal dialogs: showModal and close set `open` and fire `close`, as a browser does (Esc is left to the browser tests). */
function installDialogDouble(): void {
  if (typeof HTMLDialogElement.prototype.showModal === 'function') return;
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (!this.open) return;
    this.open = false;
    this.dispatchEvent(new Event('close'));
  };
}

export function installBrowserDoubles(): void {
  observed.clear();
  installDialogDouble();
  // jsdom's files cannot be read as text (Blob.text), only through a FileReader.
  Blob.prototype.text ??= function text(this: Blob) {
    return new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
      reader.readAsText(this);
    });
  };
  // jsdom scrolls nothing; j and k bring each card into view.
  Element.prototype.scrollIntoView ??= () => {};
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
