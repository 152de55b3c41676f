// The service worker's part of the page, fetched once the page has loaded: the first screen never waits for it.
import { lazy, Suspense, useEffect, useState } from 'react';

const ServiceWorkerUpdates = lazy(() => import('./ServiceWorkerUpdates.tsx'));

/** Built sites only: the dev server has no service worker, and tests render the app without one. */
const hasServiceWorker = import.meta.env.PROD && typeof navigator !== 'undefined' && 'serviceWorker' in navigator;

export function AppUpdates() {
  const [loaded, setLoaded] = useState(() => document.readyState === 'complete');
  useEffect(() => {
    if (loaded) return undefined;
    const onLoad = () => setLoaded(true);
    window.addEventListener('load', onLoad, { once: true });
    return () => window.removeEventListener('load', onLoad);
  }, [loaded]);
  if (!hasServiceWorker || !loaded) return null;
  return (
    <Suspense fallback={null}>
      <ServiceWorkerUpdates />
    </Suspense>
  );
}
