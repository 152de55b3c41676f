// Offline: the notice that the network is gone, and the offer of a newer build from the service worker.
export { AppUpdates } from './AppUpdates.tsx';
export { OfflineNotice } from './OfflineNotice.tsx';
export { UpdateNotice } from './UpdateNotice.tsx';
export { useOnlineStatus } from './use-online-status.ts';
