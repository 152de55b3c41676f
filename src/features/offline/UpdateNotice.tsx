// "New stories available": a newer build is ready, and the page changes to it only when the reader says so.
import './offline.css';

export function UpdateNotice({ onReload }: { onReload: () => void }) {
  return (
    <div className="update-notice" role="status">
      <p className="update-notice__text">New stories available</p>
      <button type="button" className="button" onClick={onReload}>
        Reload
      </button>
    </div>
  );
}
