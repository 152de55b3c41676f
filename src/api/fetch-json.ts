// Fetches one of the site's JSON files by its base-relative path, with typed errors.
import { NetworkError, ResponseError } from './errors.ts';

/** `newsstand/feed/all/1.ab12cd34.json` -> `/election/newsstand/feed/all/1.ab12cd34.json` under a sub-path. */
export function siteFileUrl(path: string): string {
  return import.meta.env.BASE_URL + path.replace(/^\/+/, '');
}

/** The JSON files are our own build output: their shape is the model's, so the cast is the contract. */
export async function fetchJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const url = siteFileUrl(path);
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new NetworkError(url, { cause: error });
  }
  if (!response.ok) throw new ResponseError(url, response.status);
  return (await response.json()) as T;
}
