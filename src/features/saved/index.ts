// `/saved`: the reader's saved stories.
export { LazySavedPage } from './LazySavedPage.tsx';
export { SavedLink } from './SavedLink.tsx';
