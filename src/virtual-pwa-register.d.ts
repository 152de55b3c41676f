/// <reference types="vite-plugin-pwa/react" />
// Types for the offline service worker's registration module, made by vite-plugin-pwa (plugin/vite/offline.ts).
