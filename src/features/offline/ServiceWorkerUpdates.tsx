// Registers the offline service worker and offers a newer build when one is waiting (loaded on demand, after the first screen).
import { useEffect, useState } from 'react';
import { keepLoadedStoryFiles } from './keep-loaded-story-files.ts';
import { registerServiceWorker, switchToWaitingWorker } from './service-worker-registration.ts';
import { UpdateNotice } from './UpdateNotice.tsx';

/** How often an open page asks whether the site has been rebuilt (also when it comes back online or into view). */
const updateCheckMilliseconds = 30 * 60 * 1000;

function checkForUpdates(registration: ServiceWorkerRegistration): () => void {
  const check = () => {
    if (navigator.onLine && !registration.installing) registration.update().catch(() => undefined);
  };
  const onVisibility = () => {
    if (document.visibilityState === 'visible') check();
  };
  const timer = window.setInterval(check, updateCheckMilliseconds);
  window.addEventListener('online', check);
  document.addEventListener('visibilitychange', onVisibility);
  return () => {
    window.clearInterval(timer);
    window.removeEventListener('online', check);
    document.removeEventListener('visibilitychange', onVisibility);
  };
}

export default function ServiceWorkerUpdates() {
  const [waiting, setWaiting] = useState<ServiceWorker | null>(null);
  useEffect(() => {
    let stop = () => {};
    let stopped = false;
    registerServiceWorker(setWaiting)
      .then((registration) => {
        if (stopped) return;
        stop = checkForUpdates(registration);
        void navigator.serviceWorker.ready.then(keepLoadedStoryFiles).catch(() => undefined);
      })
      // No worker (a browser that refuses one, a private window): the site works online as before.
      .catch(() => undefined);
    return () => {
      stopped = true;
      stop();
    };
  }, []);
  return waiting ? <UpdateNotice onReload={() => switchToWaitingWorker(waiting)} /> : null;
}
