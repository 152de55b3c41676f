// Newsstand: the reader app plus the plugin that turns article folders into its JSON.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicyMeta } from './plugin/vite/content-security-policy.ts';
import { newsstand } from './plugin/index.ts';

export default defineConfig({
  // Smartable sites lived under a sub-path (`/election/`): one setting moves the whole site.
  base: process.env.NEWSSTAND_BASE ?? '/',
  // `npm start` opens a browser where there is a screen to show it on: on a server or in a
  // container (Linux without DISPLAY or WAYLAND_DISPLAY) it only prints the address.
  server: { open: process.platform !== 'linux' || Boolean(process.env.DISPLAY ?? process.env.WAYLAND_DISPLAY) },
  build: {
    rolldownOptions: {
      output: {
        // Everything the first screen imports in one chunk. Left to itself, rolldown splits what the
        // first screen shares with each lazy page into chunks of its own (a page more, a chunk
        // more), and each small file costs the first visit its own gzip and request overhead.
        codeSplitting: {
          groups: [
            { name: 'libraries', test: /node_modules[\\/]/, tags: ['$initial'], priority: 2 },
            { name: 'first-screen', tags: ['$initial'], priority: 1 },
          ],
        },
      },
    },
  },
  plugins: [react(), newsstand({ content: ['content/articles'], assets: ['content/assets'] }), contentSecurityPolicyMeta()],
});
