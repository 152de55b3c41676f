// What the page says about the reader's state: storage trouble (once), and the last bulk change with its Undo.
import { Link } from 'wouter';
import { useReading, useReadingStore } from './reading-context.ts';
import type { StorageNotice } from './reading-store.ts';
import '../../ui/notice.css';
import './reading.css';

const partNames = { saved: 'saved stories', read: 'read marks', hidden: 'hidden sources', settings: 'settings' } as const;

function noticeText(notice: StorageNotice): string {
  switch (notice.kind) {
    case 'memory-only':
      return 'This browser does not let the site store anything: what you save or read is kept only until this tab closes.';
    case 'full':
      return 'The browser’s storage for this site is full: your latest changes are kept only until this tab closes. Export them from Settings to keep them.';
    case 'set-aside':
      return `Your ${notice.parts.map((part) => partNames[part]).join(' and ')} could not be read, so they were set aside and this page starts afresh.`;
  }
}

export function ReadingNotices() {
  const store = useReadingStore();
  const notice = useReading((snapshot) => snapshot.notice);
  const undoable = useReading((snapshot) => snapshot.undoable);
  return (
    <>
      {/* Live regions stay in the page, so what appears in them is announced. */}
      <div className="reading-notice-region" role="status">
        {notice && (
          <div className="page">
            <p className="page-notice">
              <span>{noticeText(notice)}</span>
              {notice.kind === 'full' && <Link to="/settings">Settings</Link>}
              <button type="button" className="button" onClick={() => store.dismissNotice()}>
                Dismiss
              </button>
            </p>
          </div>
        )}
      </div>
      <div className="undo-notice-region" role="status">
        {undoable && (
          <div className="corner-notice corner-notice--left" key={undoable.id}>
            <p className="corner-notice__text">{undoable.message}</p>
            <button type="button" className="button" onClick={() => undoable.undo()}>
              Undo
            </button>
            <button type="button" className="icon-button" onClick={() => store.dismissUndo()}>
              <span aria-hidden="true">×</span>
              <span className="visually-hidden">Dismiss</span>
            </button>
          </div>
        )}
      </div>
    </>
  );
}
