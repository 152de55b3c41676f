// Says so when the reader is offline: what still opens, and that the rest comes back with the network.
import { useOnlineStatus } from './use-online-status.ts';
import '../../ui/notice.css';

export function OfflineNotice() {
  const online = useOnlineStatus();
  // The live region is always there, so its text is announced when the connection drops.
  return (
    <div className="offline-notice" role="status">
      {!online && (
        <div className="page">
          <p className="page-notice">
            <strong>You are offline.</strong> Stories you opened before still open; the rest will load when you are back online.
          </p>
        </div>
      )}
    </div>
  );
}
