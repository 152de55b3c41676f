// The one gate every URL passes before it reaches an href or a src.

/**
 * A URL the parser gives back exactly as written: lower-case http(s), a lower-case host of letters,
 * digits, dots and hyphens whose last label starts with a letter (not an IP address), no user and no
 * port, then a path with none of the characters the parser encodes (spaces, quotes, `<>`, `{}`,
 * backslashes, anything outside ASCII). Dot segments, `%2e` and punycode labels are left to the parser.
 * The build checks every link of every related item of every file, and `new URL` was about a
 * twentieth of parsing a file; most links are already in this form. `url.property.test.ts` holds it to the parser.
 */
const writtenAsParsed = /^https?:\/\/(?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*\/[!#$%&()*+,\-./0-9:;=?@A-Z_a-z~]*$/;

function isWrittenAsParsed(url: string): boolean {
  return writtenAsParsed.test(url) && !url.includes('/.') && !url.includes('xn--') && !/%2e/i.test(url);
}

/** Returns the URL when it is absolute http(s), else undefined. */
export function safeHttpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return isWrittenAsParsed(trimmed) ? trimmed : parsedHttpUrl(trimmed);
}

/**
 * What the URL parser makes of a trimmed link: its `href` when it is absolute http(s) with a host
 * and no credentials, else undefined. The answer every link written as parsed must give back as it is.
 */
export function parsedHttpUrl(trimmed: string): string | undefined {
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
