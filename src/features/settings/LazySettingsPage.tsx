// `/settings` as its own chunk: nothing of it is in the first visit's JavaScript.
import { lazy, Suspense } from 'react';

const SettingsPage = lazy(() => import('./SettingsPage.tsx'));

export function LazySettingsPage() {
  return (
    <Suspense fallback={<h1 className="home-heading__title">Settings</h1>}>
      <SettingsPage />
    </Suspense>
  );
}
