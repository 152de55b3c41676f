// Calls back when an element (the end of the feed) comes within reach of the viewport.
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

/** How far ahead to start loading: about two screens, so a reader scrolling steadily never waits. */
const reachMargin = '0px 0px 1600px 0px';

/**
 * `generation` should change whenever the content before the element changes (a page arrived):
 * a fresh observer reports at once if the element is still within reach, where a kept one would
 * stay silent because nothing "changed" for it.
 */
export function useNearEnd(target: RefObject<Element | null>, enabled: boolean, generation: number, onNearEnd: () => void): void {
  const callback = useRef(onNearEnd);
  useLayoutEffect(() => {
    callback.current = onNearEnd;
  });

  useEffect(() => {
    const element = target.current;
    if (!enabled || !element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) callback.current();
      },
      { rootMargin: reachMargin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [target, enabled, generation]);
}
