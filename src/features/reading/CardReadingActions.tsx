// A card's own controls for the reader's state: Save, Mark as read or unread, and Hide stories from its provider.
import type { Card } from '../../model/index.ts';
import { useIsRead, useIsSaved, useReadingStore } from './reading-context.ts';
import './reading.css';

const icon = { viewBox: '0 0 20 20', width: 18, height: 18, 'aria-hidden': true, focusable: false } as const;

export function CardReadingActions({ card }: { card: Card }) {
  const store = useReadingStore();
  const saved = useIsSaved(card.id);
  const read = useIsRead(card);
  const readLabel = read ? 'Mark as unread' : 'Mark as read';
  const hideLabel = `Hide stories from ${card.provider.name}`;
  return (
    <span className="reading-actions">
      <button
        type="button"
        className="reading-action"
        aria-pressed={saved}
        title={saved ? 'Saved: press to remove it from Saved' : 'Save'}
        data-card-action="save"
        onClick={() => store.toggleSaved(card)}
      >
        <svg {...icon}>
          <path
            d="M5 3h10v14l-5-3.5L5 17z"
            fill={saved ? 'currentColor' : 'none'}
            stroke="currentColor"
            strokeWidth="1.8"
            strokeLinejoin="round"
          />
        </svg>
        <span className="visually-hidden">Save</span>
      </button>
      <button type="button" className="reading-action" title={readLabel} data-card-action="read" onClick={() => store.toggleRead(card)}>
        <svg {...icon}>
          {read ? (
            <path
              d="M4 10.5l3.5 3.5L16 5.5"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          ) : (
            <circle cx="10" cy="10" r="4" fill="currentColor" />
          )}
        </svg>
        <span className="visually-hidden">{readLabel}</span>
      </button>
      <button type="button" className="reading-action" title={hideLabel} onClick={() => store.hideSource(card.provider)}>
        <svg {...icon}>
          <path d="M2.5 10s2.8-5 7.5-5 7.5 5 7.5 5-2.8 5-7.5 5-7.5-5-7.5-5z" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <path d="M3.5 16.5l13-13" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
        <span className="visually-hidden">{hideLabel}</span>
      </button>
    </span>
  );
}
