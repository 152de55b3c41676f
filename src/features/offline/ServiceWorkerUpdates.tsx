// Registers the offline service worker and offers a newer build when one is waiting (loaded on demand, after the first screen).
import { useRegisterSW } from 'virtual:pwa-register/react';
import { keepLoadedStoryFiles } from './keep-loaded-story-files.ts';
import { UpdateNotice } from './UpdateNotice.tsx';

/** How often an open page asks whether the site has been rebuilt (also when it comes back online or into view). */
const updateCheckMilliseconds = 30 * 60 * 1000;

function checkForUpdates(registration: ServiceWorkerRegistration): void {
  const check = () => {
    if (navigator.onLine && !registration.installing) registration.update().catch(() => undefined);
  };
  window.setInterval(check, updateCheckMilliseconds);
  window.addEventListener('online', check);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') check();
  });
}

export default function ServiceWorkerUpdates() {
  const {
    needRefresh: [needRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW: (_url, registration) => {
      if (!registration) return;
      checkForUpdates(registration);
      void navigator.serviceWorker.ready.then(keepLoadedStoryFiles).catch(() => undefined);
    },
  });
  // The waiting worker takes over and the page reloads once it controls it (vite-plugin-pwa's prompt flow).
  return needRefresh ? <UpdateNotice onReload={() => void updateServiceWorker(true)} /> : null;
}
