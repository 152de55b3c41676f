// The "Keyboard shortcuts" dialog: every shortcut, and the switch that turns them off. A modal <dialog>: Esc closes it, focus stays inside.
import { useEffect, useId, useRef } from 'react';
import { shortcuts } from './shortcut-list.ts';
import { ShortcutsSetting } from './ShortcutsSetting.tsx';
import './keyboard.css';

export default function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!element.open) element.showModal();
    return () => {
      if (element.open) element.close();
      // The dialog gives the focus back to whatever opened it.
      opener?.focus({ preventScroll: true });
    };
  }, []);

  return (
    <dialog ref={dialog} className="shortcuts-dialog" aria-labelledby={headingId} onClose={onClose}>
      <div className="shortcuts-dialog__header">
        <h2 id={headingId} className="shortcuts-dialog__title">
          Keyboard shortcuts
        </h2>
        <button type="button" className="icon-button shortcuts-dialog__close" onClick={onClose}>
          <span aria-hidden="true">×</span>
          <span className="visually-hidden">Close</span>
        </button>
      </div>
      <table className="shortcuts-dialog__table">
        <thead className="visually-hidden">
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {shortcuts.map((shortcut) => (
            <tr key={shortcut.action}>
              <td className="shortcuts-dialog__keys">
                {shortcut.keys.map((sequence, index) => (
                  <span key={sequence.join(' ')}>
                    {index > 0 && <span className="shortcuts-dialog__or"> or </span>}
                    {sequence.map((key, keyIndex) => (
                      <span key={key}>
                        {keyIndex > 0 && <span className="shortcuts-dialog__then"> then </span>}
                        <kbd>{key}</kbd>
                      </span>
                    ))}
                  </span>
                ))}
              </td>
              <td>{shortcut.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="shortcuts-dialog__note">Shortcuts never act while you type in a field, or with Ctrl, Alt or ⌘ held.</p>
      <ShortcutsSetting />
    </dialog>
  );
}
