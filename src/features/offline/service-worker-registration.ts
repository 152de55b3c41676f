// Registers the site's service worker and reports a newer build's worker once it waits. Plain
// ServiceWorkerContainer calls instead of workbox-window: the prompt flow needs only these few, and
// workbox-window (2.2 kB gzip) plus vite-plugin-pwa's wrapper (1.1 kB) were a thirtieth of the
// first visit's budget.

/** The worker the build makes from service-worker.ts (plugin/vite/offline.ts), at the site's base, controlling the whole site. */
const workerUrl = `${import.meta.env.BASE_URL}service-worker.js`;

export async function registerServiceWorker(onWaiting: (worker: ServiceWorker) => void): Promise<ServiceWorkerRegistration> {
  const registration = await navigator.serviceWorker.register(workerUrl, { scope: import.meta.env.BASE_URL, type: 'classic' });
  // Installed while another worker controls the page: a newer build waits for the reader's Reload.
  // (The very first worker has no page to take over from: it just starts, and nothing is offered.)
  const watch = (worker: ServiceWorker | null) => {
    if (!worker) return;
    const whenInstalled = () => {
      if (worker.state === 'installed' && navigator.serviceWorker.controller) onWaiting(worker);
    };
    worker.addEventListener('statechange', whenInstalled);
    whenInstalled();
  };
  if (registration.waiting && navigator.serviceWorker.controller) onWaiting(registration.waiting);
  watch(registration.installing);
  registration.addEventListener('updatefound', () => watch(registration.installing));
  return registration;
}

/** The waiting worker takes over (service-worker.ts skips waiting on this message), and the page reloads once it controls it. */
export function switchToWaitingWorker(worker: ServiceWorker): void {
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
  worker.postMessage({ type: 'SKIP_WAITING' });
}
