// Stories several outlets told: the card's coverage line and the coverage page.
export { CoverageLink } from './CoverageLink.tsx';
export { LazyStoryPage, loadStoryPage } from './LazyStoryPage.tsx';
