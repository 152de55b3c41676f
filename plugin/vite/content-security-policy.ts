// Adds the site's Content-Security-Policy to the built HTML (index.html and its 404.html copy).
import type { Plugin } from 'vite';

/**
 * Only what the reader needs: its own scripts, styles and JSON; images from the site (demo logos)
 * and from providers' https servers; its own service worker and manifest; the search's WebAssembly. Everything else, inline script included, is refused. No
 * `frame-ancestors` or reporting: a <meta> policy cannot carry them and Chromium logs an error.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  // Search runs Pagefind's WebAssembly, which needs compiling: 'wasm-unsafe-eval' allows that and
  // nothing else (no eval of JavaScript, no inline script).
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' https:",
  "connect-src 'self'",
  // The offline service worker (plugin/vite/offline.ts) and the web app manifest, from the site only.
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/**
 * Build only: the dev server injects inline scripts (React refresh) and <style> tags (CSS modules
 * on the fly) and talks to its websocket, all of which this policy rightly refuses.
 */
export function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'newsstand:content-security-policy',
    apply: 'build',
    transformIndexHtml() {
      return [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
          injectTo: 'head-prepend',
        },
      ];
    },
  };
}
