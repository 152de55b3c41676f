// The reader offline: a Workbox service worker and a web app manifest, made by vite-plugin-pwa at build time only.
import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/** The worker's own source: the app's code, bundled by Vite, with the precache list injected. */
const workerSource = fileURLToPath(new URL('../../src/features/offline/service-worker.ts', import.meta.url));

export interface OfflineSettings {
  siteTitle: string;
  description: string;
  /**
   * Whether the build failed. A failed build leaves outDir as it was, but Rolldown still calls
   * closeBundle (without the content build's error), where the worker would be written into it.
   */
  buildFailed: () => boolean;
}

/**
 * What each kind of request gets is the worker's to say (src/features/offline/service-worker.ts):
 * the app shell precached, the opened story files kept, a few of other sites' pictures. The worker
 * waits for the reader's "Reload" (registerType 'prompt'): a page keeps the version it started
 * with, never half of one build and half of the next. Vite's dev server never gets one (devOptions off).
 *
 * The worker is written, not generated (injectManifest, not generateSW): Workbox's generateSW
 * bundled it with Rollup, Babel and Terser on every build, about 4 s of each (docs/performance.md);
 * Vite bundles this one in a fraction of that.
 */
export function offlinePlugins(settings: OfflineSettings): Plugin[] {
  return VitePWA(pwaOptions(settings)).map((plugin) => skipCloseBundleAfterFailure(plugin, settings.buildFailed));
}

function skipCloseBundleAfterFailure(plugin: Plugin, buildFailed: () => boolean): Plugin {
  const hook = plugin.closeBundle;
  if (!hook) return plugin;
  const handler = typeof hook === 'function' ? hook : hook.handler;
  const guarded: typeof handler = function (this: ThisParameterType<typeof handler>, ...args: Parameters<typeof handler>) {
    if (buildFailed()) return undefined;
    return handler.apply(this, args);
  };
  return { ...plugin, closeBundle: typeof hook === 'function' ? guarded : { ...hook, handler: guarded } };
}

function pwaOptions(settings: OfflineSettings): Parameters<typeof VitePWA>[0] {
  return {
    registerType: 'prompt',
    injectRegister: false,
    // The icons are in globPatterns already.
    includeManifestIcons: false,
    manifest: {
      name: settings.siteTitle,
      short_name: settings.siteTitle.length <= 12 ? settings.siteTitle : settings.siteTitle.slice(0, 12).trim(),
      description: settings.description,
      start_url: '.',
      scope: '.',
      display: 'standalone',
      background_color: '#f6f5f1',
      theme_color: '#f6f5f1',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    strategies: 'injectManifest',
    srcDir: dirname(workerSource),
    filename: basename(workerSource),
    injectManifest: {
      globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,txt}'],
      // 404.html is index.html again; the story files, the search index and the feeds are far too many to precache.
      globIgnores: ['404.html', 'newsstand/**', 'feeds/**'],
    },
    devOptions: { enabled: false },
  };
}
