// The frame around every page: skip link, header, main content, footer, and scroll restoration.
import type { ReactNode } from 'react';
import { AppUpdates, OfflineNotice } from '../features/offline/index.ts';
import { SiteHeader } from './SiteHeader.tsx';
import { useScrollRestoration } from './scroll-restoration.ts';
import './layout.css';

export function Layout({ children }: { children: ReactNode }) {
  useScrollRestoration();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to stories
      </a>
      <SiteHeader />
      <OfflineNotice />
      <main id="main" className="page" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p className="page">Every story links to its publisher; Newsstand only lists them.</p>
      </footer>
      <AppUpdates />
    </>
  );
}
