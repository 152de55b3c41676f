// `/settings`: keyboard shortcuts, the theme, hidden sources, and the reader's data out to a file and back.
import { useId, useState, type ChangeEvent } from 'react';
import { useManifest } from '../../api/index.ts';
import { Time } from '../../ui/Time.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { openShortcutsDialog, ShortcutsSetting } from '../keyboard/index.ts';
import { useReading, useReadingStore, useSettings, type ThemeChoice } from '../reading/index.ts';
import { describeImport, exportFileName, exportReading, ImportError, largestImportBytes, mergeImport } from './reading-transfer.ts';
import './settings.css';

const themes: { value: ThemeChoice; label: string }[] = [
  { value: 'system', label: 'Match the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

export default function SettingsPage() {
  const { siteTitle } = useManifest();
  useDocumentTitle(`Settings · ${siteTitle}`);
  return (
    <div className="settings">
      <h1 className="home-heading__title">Settings</h1>
      <p className="settings__intro">Everything here is kept in this browser only: there is no account, and nothing is sent anywhere.</p>
      <ShortcutsSection />
      <ThemeSection />
      <HiddenSourcesSection />
      <DataSection />
    </div>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  const headingId = useId();
  return (
    <section className="settings__section" aria-labelledby={headingId}>
      <h2 id={headingId} className="settings__heading">
        {title}
      </h2>
      {children}
    </section>
  );
}

function ShortcutsSection() {
  return (
    <Section title="Keyboard shortcuts">
      <p>
        Single keys move between stories and act on them: <kbd>j</kbd> and <kbd>k</kbd>, <kbd>s</kbd> to save, <kbd>?</kbd> for the full
        list.
      </p>
      <ShortcutsSetting />
      <p>
        <button type="button" className="button" onClick={openShortcutsDialog}>
          Show keyboard shortcuts
        </button>
      </p>
    </Section>
  );
}

function ThemeSection() {
  const store = useReadingStore();
  const { theme } = useSettings();
  return (
    <Section title="Theme">
      <fieldset className="settings__choices">
        <legend className="visually-hidden">Theme</legend>
        {themes.map(({ value, label }) => (
          <label key={value} className="settings__choice">
            <input
              type="radio"
              name="theme"
              value={value}
              checked={theme === value}
              onChange={() => store.updateSettings({ theme: value })}
            />
            {label}
          </label>
        ))}
      </fieldset>
    </Section>
  );
}

function HiddenSourcesSection() {
  const store = useReadingStore();
  const hidden = useReading((snapshot) => snapshot.state.hidden);
  return (
    <Section title="Hidden sources">
      {hidden.length === 0 ? (
        <p>No source is hidden. To hide one, use the crossed-out eye on any of its stories.</p>
      ) : (
        <ul className="settings__list">
          {hidden.map((source) => (
            <li key={source.domain} className="settings__list-item">
              <span>
                <strong>{source.name}</strong>{' '}
                <span className="settings__muted">
                  ({source.domain}), hidden <Time dateTime={new Date(source.hiddenAt).toISOString()} />
                </span>
              </span>
              <button type="button" className="button" onClick={() => store.showSource(source.domain)}>
                Show stories from {source.name}
              </button>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function DataSection() {
  const store = useReadingStore();
  const inputId = useId();
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);

  const exportData = () => {
    const now = new Date();
    const blob = new Blob([exportReading(store.getSnapshot().state, now)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = exportFileName(now);
    link.click();
    // The download has its copy; the address can go once the click is handled.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  const importData = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    try {
      if (file.size > largestImportBytes) throw new ImportError('This file is too large to be a Newsstand export.');
      const { merged, summary } = mergeImport(store.getSnapshot().state, await file.text());
      store.replace('saved', merged.saved);
      store.replace('read', merged.read);
      store.replace('hidden', merged.hidden);
      store.replace('settings', merged.settings);
      setOutcome({ ok: true, message: describeImport(summary) });
    } catch (error) {
      setOutcome({ ok: false, message: error instanceof ImportError ? error.message : 'This file could not be read.' });
    } finally {
      // The same file can be chosen again.
      input.value = '';
    }
  };

  return (
    <Section title="Your data">
      <p>Saved stories, what you have read, hidden sources and these settings, as one file: keep it, or open it in another browser.</p>
      <div className="settings__actions">
        <button type="button" className="button" onClick={exportData}>
          Export to a file
        </button>
        <label className="button settings__file" htmlFor={inputId}>
          Import a file
        </label>
        <input
          id={inputId}
          className="visually-hidden"
          type="file"
          accept="application/json,.json"
          onChange={(event) => void importData(event)}
        />
      </div>
      <p className={outcome && !outcome.ok ? 'settings__outcome settings__outcome--error' : 'settings__outcome'} role="status">
        {outcome?.message}
      </p>
    </Section>
  );
}
