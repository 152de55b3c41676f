// The cards a feed shows once the reader's choices apply: no hidden source, and only unread ones under "Unread only".
import { useMemo } from 'react';
import type { Card } from '../../model/index.ts';
import { isRead } from './read-marks.ts';
import { useHiddenDomains, useReading } from './reading-context.ts';

export function useVisibleCards(cards: readonly Card[], { unreadOnly = false }: { unreadOnly?: boolean } = {}): Card[] {
  const hidden = useHiddenDomains();
  const marks = useReading((snapshot) => snapshot.state.read);
  return useMemo(
    () => cards.filter((card) => !hidden.has(card.provider.domain) && !(unreadOnly && isRead(card, marks))),
    [cards, hidden, unreadOnly, marks],
  );
}
