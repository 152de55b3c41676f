// The reader's own state: saved stories, read marks, hidden sources and settings, kept in the browser.
export { CardReadingActions } from './CardReadingActions.tsx';
export { FeedReadingTools } from './FeedReadingTools.tsx';
export { allStoriesFeed, feedKeyOf, feedReadUpTo, isRead } from './read-marks.ts';
export {
  pageReadingStore,
  ReadingStoreContext,
  useHiddenDomains,
  useIsRead,
  useIsSaved,
  useReading,
  useReadingStore,
  useSettings,
} from './reading-context.ts';
export type { HiddenSource, ReadingSettings, ReadingState, SavedStory, ThemeChoice } from './reading-schema.ts';
export { openReadingStorage } from './reading-storage.ts';
export { createReadingStore, type ReadingStore } from './reading-store.ts';
export { useVisibleCards } from './visible-cards.ts';
export { unreadOnlyOf, useUnreadOnly, withUnreadOnly } from './unread-url.ts';
export { applyTheme, useAppliedTheme } from './applied-theme.ts';
export { ReadingNotices } from './ReadingNotices.tsx';
export { emptyReadingState, parseReadingPart, readingSchemaVersion } from './reading-schema.ts';
