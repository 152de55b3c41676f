// The frame around every page: skip link, header, main content, footer, and scroll restoration.
import { Outlet, ScrollRestoration } from 'react-router';
import { SiteHeader } from './SiteHeader.tsx';
import './layout.css';

export function Layout() {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to stories
      </a>
      <SiteHeader />
      <main id="main" className="page" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p className="page">Every story links to its publisher; Newsstand only lists them.</p>
      </footer>
      <ScrollRestoration />
    </>
  );
}
