// Search: the header's box (on every page) and the results page at `/search?q=`, which loads only when opened.
export { LazySearchPage } from './LazySearchPage.tsx';
export { SearchBox } from './SearchBox.tsx';
export { SearchEngineContext, pagefindEngine, type SearchEngine, type SearchHit, type SearchOutcome } from './search-engine.ts';
export { searchLocation, searchPath } from './search-url.ts';
