// `/saved`: the stories the reader saved, most recently saved first, as cards (kept whole, so they show even after a rebuild drops them).
import { useMemo } from 'react';
import { Link } from 'wouter';
import { useManifest } from '../../api/index.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { formatCount } from '../../ui/locale.ts';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { rankedRows, useColumnCount, WindowedFeed } from '../feed/index.ts';
import { useReading } from '../reading/index.ts';

export default function SavedPage() {
  const { siteTitle } = useManifest();
  const saved = useReading((snapshot) => snapshot.state.saved);
  const columns = useColumnCount();
  const cards = useMemo(() => saved.map((entry) => entry.card), [saved]);
  const rows = useMemo(() => rankedRows(cards, columns), [cards, columns]);
  useDocumentTitle(`Saved · ${siteTitle}`);

  return (
    <>
      <div className="home-heading">
        <h1 className="home-heading__title">Saved stories</h1>
        {cards.length > 0 && (
          <p className="home-heading__count">
            {formatCount(cards.length)} {cards.length === 1 ? 'story' : 'stories'}
          </p>
        )}
      </div>
      {cards.length === 0 ? (
        <EmptyState title="Nothing saved yet">
          <p>
            Press the bookmark on a story (or <kbd>s</kbd> on a focused one) to keep it here. Saved stories stay in this browser; you can
            move them to another one from <Link to="/settings">Settings</Link>.
          </p>
        </EmptyState>
      ) : (
        <WindowedFeed rows={rows} columns={columns} storyCount={cards.length} label="Saved stories" busy={false} cacheKey="saved" />
      )}
    </>
  );
}
