// The typed failures the data layer throws, so screens can say what went wrong and whether to retry.

/** The server answered, but not with the file: a missing (404) or failing (5xx) JSON file. */
export class ResponseError extends Error {
  override readonly name = 'ResponseError';
  constructor(
    readonly url: string,
    readonly status: number,
  ) {
    super(`${url} answered ${status}`);
  }
}

/** The request never got an answer: offline, blocked, or the connection dropped. */
export class NetworkError extends Error {
  override readonly name = 'NetworkError';
  constructor(
    readonly url: string,
    options?: ErrorOptions,
  ) {
    super(`Could not reach ${url}`, options);
  }
}

/** The article index has no such id: a stale or mistyped link. */
export class ArticleNotFoundError extends Error {
  override readonly name = 'ArticleNotFoundError';
  constructor(readonly id: string) {
    super(`No article with id "${id}"`);
  }
}

/** Missing things stay missing; a flaky network or a busy server may answer next time. */
export function isWorthRetrying(error: unknown): boolean {
  if (error instanceof ArticleNotFoundError) return false;
  if (error instanceof ResponseError) return error.status >= 500;
  return true;
}
