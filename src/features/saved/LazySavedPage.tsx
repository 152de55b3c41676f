// `/saved` as its own chunk: nothing of it is in the first visit's JavaScript.
import { lazyPage } from '../../ui/lazy-page.tsx';

export const LazySavedPage = lazyPage(() => import('./SavedPage.tsx'), <h1 className="home-heading__title">Saved stories</h1>);
