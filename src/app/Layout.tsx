// The frame around every page: skip link, header, notices, main content, footer, the keyboard map, the theme and scroll restoration.
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { LazyKeyboardShortcuts, openShortcutsDialog } from '../features/keyboard/index.ts';
import { AppUpdates, OfflineNotice } from '../features/offline/index.ts';
import { ReadingNotices, useAppliedTheme } from '../features/reading/index.ts';
import { SiteHeader } from './SiteHeader.tsx';
import { useScrollRestoration } from './scroll-restoration.ts';
import './layout.css';

export function Layout({ children }: { children: ReactNode }) {
  useScrollRestoration();
  useAppliedTheme();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to stories
      </a>
      <SiteHeader />
      <OfflineNotice />
      <ReadingNotices />
      <main id="main" className="page" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <div className="page site-footer__inner">
          <p>Every story links to its publisher; Newsstand only lists them.</p>
          <p className="site-footer__links">
            <button type="button" className="site-footer__button" onClick={openShortcutsDialog}>
              Keyboard shortcuts
            </button>
            <Link to="/settings">Settings</Link>
          </p>
        </div>
      </footer>
      <AppUpdates />
      <LazyKeyboardShortcuts />
    </>
  );
}
