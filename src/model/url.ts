// The one gate every URL passes before it reaches an href or a src.

/** Returns the URL when it is absolute http(s), else undefined. */
export function safeHttpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!/^https?:\/\//i.test(trimmed)) return undefined;
  try {
    const parsed = new URL(trimmed);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
    if (!parsed.hostname) return undefined;
    // `https://www.nbcnews.com@evil.example/x` goes to evil.example: a link with credentials is never followed.
    if (parsed.username !== '' || parsed.password !== '') return undefined;
    return parsed.href;
  } catch {
    return undefined;
  }
}

/**
 * Image sources may also be site-relative paths (`/logos/x.svg`), so demo content can ship
 * its own logos and look right offline; the app resolves them against the base path.
 * Protocol-relative (`//host`) and backslash tricks are refused.
 */
export function safeImageUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (/^\/(?![/\\])[^\s\\]*$/.test(trimmed)) return trimmed;
  return safeHttpUrl(trimmed);
}
