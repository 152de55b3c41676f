// "New stories available": a newer build is ready, and the page changes to it only when the reader says so.
import '../../ui/notice.css';

export function UpdateNotice({ onReload }: { onReload: () => void }) {
  return (
    <div className="corner-notice corner-notice--right" role="status">
      <p className="corner-notice__text">New stories available</p>
      <button type="button" className="button" onClick={onReload}>
        Reload
      </button>
    </div>
  );
}
