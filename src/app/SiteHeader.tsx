// The header: the site's title (home link), how many stories it has, when the newest arrived, and the search box.
import { Link } from 'wouter';
import { useManifest } from '../api/index.ts';
import { SearchBox } from '../features/search/index.ts';
import { formatCount } from '../ui/locale.ts';
import { Time } from '../ui/Time.tsx';

export function SiteHeader() {
  const { siteTitle, articleCount, lastUpdated } = useManifest();
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
            {formatCount(articleCount)} {articleCount === 1 ? 'story' : 'stories'}
          </span>
          {lastUpdated && (
            <span>
              {' · '}Updated <Time dateTime={lastUpdated} />
            </span>
          )}
        </p>
        <SearchBox />
      </div>
    </header>
  );
}
