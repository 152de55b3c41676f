// A card's "Related stories (N)" button and the panel it opens and closes.
import { useId, useState } from 'react';
import { RelatedPanel } from './RelatedPanel.tsx';
import './related-stories.css';

interface RelatedStoriesProps {
  articleId: string;
  count: number;
  initiallyOpen?: boolean;
}

export function RelatedStories({ articleId, count, initiallyOpen = false }: RelatedStoriesProps) {
  const [open, setOpen] = useState(initiallyOpen);
  const panelId = useId();
  return (
    <>
      <button
        type="button"
        className="related-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((wasOpen) => !wasOpen)}
      >
        Related stories ({count})
      </button>
      {open && <RelatedPanel id={panelId} articleId={articleId} expectedCount={count} />}
    </>
  );
}
