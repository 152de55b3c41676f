// The reader offline: a Workbox service worker and a web app manifest, made by vite-plugin-pwa at build time only.
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { storyFilePattern, storyFilesCacheName } from '../../src/model/index.ts';

export interface OfflineSettings {
  siteTitle: string;
  description: string;
  /**
   * Whether the build failed. A failed build leaves outDir as it was, but Rolldown still calls
   * closeBundle (without the content build's error), where the worker would be written into it.
   */
  buildFailed: () => boolean;
}

/** Opened story and feed files kept for offline reading: a few hundred visits' worth, the oldest let go first. */
export const storyFileCacheEntries = 600;
/** Other sites' pictures are kept only a little: each opaque response counts megabytes against the origin's quota. */
export const imageCacheEntries = 60;

/**
 * What each kind of request gets:
 * - the app shell (the HTML, the hashed scripts and styles, the content's own pictures and the icons)
 *   is precached, so the reader opens with no network at all;
 * - the JSON the build writes is named by its content's hash, so a stored copy is always right
 *   (cache first); only what the reader opened is kept, never the whole corpus;
 * - other sites' pictures are kept in a small cache that expires;
 * - feeds and the JSON folder are never answered with the app's page.
 * The service worker waits for the reader's "Reload" (registerType 'prompt'): a page keeps the
 * version it started with, never half of one build and half of the next. Vite's dev server never
 * gets one (devOptions off).
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
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,txt}'],
      // 404.html is index.html again; the story files and feeds are far too many to precache.
      globIgnores: ['404.html', 'newsstand/**', 'feeds/**'],
      navigateFallback: 'index.html',
      navigateFallbackDenylist: [/\/feeds\//, /\/newsstand\//, /\.(xml|json|txt|png|svg|webmanifest)$/i],
      cleanupOutdatedCaches: true,
      // The first worker takes the page it was installed from at once, so what the reader opens
      // next is kept; a later worker still waits for "Reload" (no skipWaiting).
      clientsClaim: true,
      runtimeCaching: [
        {
          urlPattern: storyFilePattern,
          handler: 'CacheFirst',
          options: {
            cacheName: storyFilesCacheName,
            expiration: { maxEntries: storyFileCacheEntries, purgeOnQuotaError: true },
            cacheableResponse: { statuses: [200] },
          },
        },
        {
          urlPattern: ({ request, sameOrigin }) => !sameOrigin && request.destination === 'image',
          handler: 'CacheFirst',
          options: {
            cacheName: 'newsstand-other-sites-images',
            expiration: { maxEntries: imageCacheEntries, maxAgeSeconds: 7 * 24 * 60 * 60, purgeOnQuotaError: true },
            cacheableResponse: { statuses: [0, 200] },
          },
        },
      ],
    },
    devOptions: { enabled: false },
  };
}
