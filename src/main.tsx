// Entry: seed the manifest from the build, keep it fresh in dev, and start the app.
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import manifest from 'virtual:newsstand';
import { seedManifest } from './api/index.ts';
import type { Manifest } from './model/index.ts';
import { App } from './app/App.tsx';
import { prefetchFirstScreen, waitForFirstScreen } from './app/first-screen.ts';
import { createQueryClient } from './app/query-client.ts';
import { applyTheme, pageReadingStore } from './features/reading/index.ts';
import './ui/theme.css';

const queryClient = createQueryClient();
seedManifest(queryClient, manifest);

// The dev server pushes a fresh manifest when an article file changes; the feed's keys carry
// its content-hashed URLs, so the open page refetches what changed within a second.
import.meta.hot?.on('newsstand:update', (next: Manifest) => seedManifest(queryClient, next));

// The reader's chosen theme, before anything paints: a dark choice on a light system never flashes light.
applyTheme(pageReadingStore().getSnapshot().state.settings.theme);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// The first render waits (briefly) for the feed it will show, so it is the only one; a transition
// lets React build it in slices between which the browser stays responsive on a slow phone.
void waitForFirstScreen(prefetchFirstScreen(queryClient, manifest, window.location)).then(() => {
  startTransition(() => {
    createRoot(root).render(
      <StrictMode>
        <App queryClient={queryClient} />
      </StrictMode>,
    );
  });
});
