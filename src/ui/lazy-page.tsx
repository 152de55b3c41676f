// A page as its own chunk: its code downloads the first time the page is shown, never with the first visit.
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';

/** `fallback` is what the page shows while its chunk loads: its heading, or a skeleton of it. */
export function lazyPage(load: () => Promise<{ default: ComponentType }>, fallback: ReactNode): ComponentType {
  const Page = lazy(load);
  function LazyPage() {
    return (
      <Suspense fallback={fallback}>
        <Page />
      </Suspense>
    );
  }
  return LazyPage;
}
