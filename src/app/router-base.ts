// The router's base path: the site's base URL (`/election/`) without its trailing slash, the form wouter wants.
export const routerBase = import.meta.env.BASE_URL.replace(/\/+$/, '');
