// `/story/<id>` as its own chunk: a visit that starts on the feed does not download it. A visit
// that starts on a story asks for it before the first render (first-screen.ts).
import { lazyPage } from '../../ui/lazy-page.tsx';

export const loadStoryPage = () => import('./StoryPage.tsx');

export const LazyStoryPage = lazyPage(loadStoryPage, <h1 className="visually-hidden">Full coverage</h1>);
