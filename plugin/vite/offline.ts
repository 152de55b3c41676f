// The reader offline: a Workbox service worker and a web app manifest, made at build time only.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin, ResolvedConfig } from 'vite';
import { precacheList, withPrecacheList } from './precache-list.ts';
import { serviceWorkerBundle } from './service-worker-bundle.ts';

/** The worker's own source: the app's code, with Workbox's modules, and a place for the precache list. */
const workerSource = fileURLToPath(new URL('../../src/features/offline/service-worker.ts', import.meta.url));

/** Where the worker and the manifest are, at the site's base (src/features/offline/service-worker-registration.ts registers the one). */
const serviceWorkerFileName = 'service-worker.js';
const webAppManifestFileName = 'manifest.webmanifest';

export interface OfflineSettings {
  siteTitle: string;
  description: string;
  /** Newsstand's cache folder, once the config is resolved: the worker's bundle is kept there. */
  cacheFolder: () => string;
  /**
   * Whether the build failed. A failed build leaves outDir as it was, but Rolldown still calls
   * closeBundle (without the content build's error), where the worker would be written into it.
   */
  buildFailed: () => boolean;
}

/**
 * What each kind of request gets is the worker's to say (src/features/offline/service-worker.ts):
 * the app shell precached, the opened story files kept, a few of other sites' pictures. The worker
 * waits for the reader's "Reload": a page keeps the version it started with, never half of one
 * build and half of the next. Vite's dev server never gets one.
 *
 * Made here rather than by vite-plugin-pwa (docs/performance.md): its injectManifest loaded all of
 * workbox-build (Rollup, Babel: 0.35 s) and bundled the worker with a second Vite build after the
 * site was written (0.45 s), on every build, although the worker's code changes only with its
 * modules. Here it is bundled once for each change to its modules, and a build writes only the
 * precache list into the kept code.
 */
export function offlinePlugin(settings: OfflineSettings): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'newsstand:offline',
    apply: 'build',
    configResolved(resolvedConfig) {
      config = resolvedConfig;
    },
    transformIndexHtml() {
      return [{ tag: 'link', attrs: { rel: 'manifest', href: `${config.base}${webAppManifestFileName}` }, injectTo: 'head' }];
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: webAppManifestFileName, source: `${JSON.stringify(webAppManifest(settings))}\n` });
    },
    async closeBundle() {
      if (settings.buildFailed()) return;
      // Made once the site is written, so a failed build leaves nothing running; kept, it costs a hash of its modules.
      const code = serviceWorkerBundle({ entry: workerSource, cacheFolder: settings.cacheFolder(), mode: config.mode });
      const outDir = resolve(config.root, config.build.outDir);
      const list = precacheList(outDir, serviceWorkerFileName);
      for (const url of list.tooLarge)
        config.logger.warn(`newsstand: ${url} is over 2 MB and is not precached: the reader gets it online only`);
      writeFileSync(join(outDir, serviceWorkerFileName), withPrecacheList(await code, list.entries));
    },
  };
}

/** Installing the reader as an app: its name, colours and icons. */
function webAppManifest(settings: OfflineSettings) {
  return {
    name: settings.siteTitle,
    short_name: settings.siteTitle.length <= 12 ? settings.siteTitle : settings.siteTitle.slice(0, 12).trim(),
    description: settings.description,
    start_url: '.',
    display: 'standalone',
    background_color: '#f6f5f1',
    theme_color: '#f6f5f1',
    lang: 'en',
    scope: '.',
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
