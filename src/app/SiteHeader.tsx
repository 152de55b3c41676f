// The header: the site's title (home link), how many stories it has, when the newest arrived, the search box, Saved and Settings.
import { Link } from 'wouter';
import { useManifest } from '../api/index.ts';
import { SavedLink } from '../features/saved/index.ts';
import { SearchBox } from '../features/search/index.ts';
import { formatCount } from '../ui/locale.ts';
import { Time } from '../ui/Time.tsx';

export function SiteHeader() {
  const { siteTitle, articleCount, storyCount, lastUpdated } = useManifest();
  return (
    <header className="site-header">
      <div className="page site-header__inner">
        <Link className="site-header__brand" to="/">
          <svg className="site-header__mark" viewBox="0 0 32 32" width="28" height="28" aria-hidden="true" focusable="false">
            <rect width="32" height="32" rx="7" fill="currentColor" />
            <path d="M9 23V9h2.4l7.2 9.8V9H21v14h-2.4l-7.2-9.8V23z" className="site-header__mark-letter" />
          </svg>
          <span>{siteTitle}</span>
        </Link>{' '}
        <p className="site-header__stats">
          <span>
            {formatCount(storyCount)} {storyCount === 1 ? 'story' : 'stories'}
            {/* Where outlets told one story several times, both counts: "46 stories from 61 articles". */}
            {storyCount !== articleCount && ` from ${formatCount(articleCount)} articles`}
          </span>
          {lastUpdated && (
            <span>
              {' · '}Updated <Time dateTime={lastUpdated} />
            </span>
          )}
        </p>
        <SearchBox />
        <nav className="site-header__nav" aria-label="Your reading">
          <SavedLink />
          <Link className="site-header__link site-header__link--icon" to="/settings" aria-label="Settings">
            <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
              <path
                d="M10 6.5a3.5 3.5 0 1 0 0 7 3.5 3.5 0 0 0 0-7zm7 4.6v-2.2l-2.1-.5a5 5 0 0 0-.5-1.2l1.1-1.9-1.6-1.6-1.9 1.1a5 5 0 0 0-1.2-.5L10.3 2H8.1l-.5 2.3a5 5 0 0 0-1.2.5L4.5 3.7 2.9 5.3 4 7.2a5 5 0 0 0-.5 1.2L1.4 8.9v2.2l2.1.5c.1.4.3.8.5 1.2l-1.1 1.9 1.6 1.6 1.9-1.1c.4.2.8.4 1.2.5l.5 2.3h2.2l.5-2.3c.4-.1.8-.3 1.2-.5l1.9 1.1 1.6-1.6-1.1-1.9c.2-.4.4-.8.5-1.2z"
                fill="none"
                stroke="currentColor"
                strokeWidth="1.4"
                strokeLinejoin="round"
              />
            </svg>
          </Link>
        </nav>
      </div>
    </header>
  );
}
