// A stand-in for fetch that serves site files from memory and records what was asked for.
import { vi } from 'vitest';

/** A file's JSON, or a status to answer with, or a promise that never settles ("still loading"). */
export type SiteFileAnswer = unknown | { status: number } | 'pending';

export interface FetchDouble {
  /** Paths relative to the base, in the order they were fetched. */
  requests: string[];
  /** Replace or add files while the test runs (e.g. make a failing file succeed). */
  files: Record<string, SiteFileAnswer>;
}

function isStatus(answer: SiteFileAnswer): answer is { status: number } {
  return typeof answer === 'object' && answer !== null && 'status' in answer && Object.keys(answer).length === 1;
}

export function installFetchDouble(files: Record<string, SiteFileAnswer>): FetchDouble {
  const double: FetchDouble = { requests: [], files: { ...files } };
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      const path = url.startsWith(import.meta.env.BASE_URL) ? url.slice(import.meta.env.BASE_URL.length) : url;
      double.requests.push(path);
      const answer = double.files[path];
      if (answer === 'pending') return new Promise<Response>(() => {});
      if (answer === undefined) return new Response('{"error":"not found"}', { status: 404 });
      if (isStatus(answer)) return new Response('{}', { status: answer.status });
      return new Response(JSON.stringify(answer), { status: 200, headers: { 'Content-Type': 'application/json' } });
    }),
  );
  return double;
}
