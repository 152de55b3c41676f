// Turns an image URL from the data into a safe src: http(s) as is, site-relative paths under the base path.
import { safeImageUrl } from '../model/index.ts';

/** `/logos/x.svg` -> `/election/logos/x.svg` when the site lives under `/election/`; unsafe values -> undefined. */
export function imageSource(url: string | undefined): string | undefined {
  const safe = safeImageUrl(url);
  if (safe === undefined || !safe.startsWith('/')) return safe;
  return import.meta.env.BASE_URL + safe.slice(1);
}
