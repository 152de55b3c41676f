// The "Use keyboard shortcuts" checkbox, in the shortcuts dialog and on /settings: single-key shortcuts can be turned off (WCAG 2.1.4).
import { useReadingStore, useSettings } from '../reading/index.ts';
import './keyboard.css';

export function ShortcutsSetting() {
  const store = useReadingStore();
  const { shortcuts } = useSettings();
  return (
    <label className="shortcuts-setting">
      <input type="checkbox" checked={shortcuts} onChange={(event) => store.updateSettings({ shortcuts: event.target.checked })} />
      Use keyboard shortcuts
    </label>
  );
}
