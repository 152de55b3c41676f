// `/settings` as its own chunk: nothing of it is in the first visit's JavaScript.
import { lazyPage } from '../../ui/lazy-page.tsx';

export const LazySettingsPage = lazyPage(() => import('./SettingsPage.tsx'), <h1 className="home-heading__title">Settings</h1>);
