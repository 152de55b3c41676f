import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsedHttpUrl, safeHttpUrl } from './url.ts';

/** Pieces of links, plain and treacherous: every one the parser rewrites, resolves, encodes or refuses. */
const scheme = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('http://', 'https://') },
  fc.constantFrom('HTTPS://', 'Http://', 'https:/', 'https:///', 'ftp://', 'https:\\\\', ' https://'),
);
const hostLabel = fc.oneof(
  { weight: 6, arbitrary: fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/) },
  fc.stringMatching(/^[0-9]{1,3}$/),
  fc.constantFrom(
    '0x7f',
    'xn--nxasmq6b',
    'xn--zz',
    'WWW',
    'Example',
    'ex_ample',
    'a%41',
    'é',
    '',
    '-',
    'a-',
    'localhost',
    'user@evil',
    'host:8080',
    'host:443',
  ),
);
const host = fc.array(hostLabel, { minLength: 1, maxLength: 4 }).map((labels) => labels.join('.'));
const pathPiece = fc.oneof(
  { weight: 30, arbitrary: fc.stringMatching(/^[A-Za-z0-9._~-]{1,10}$/) },
  fc.constantFrom(
    '/',
    '/',
    '.',
    '..',
    '%2e',
    '%2E%2E',
    '%41',
    '%zz',
    '%',
    ' ',
    '\t',
    '\n',
    '"',
    "'",
    '<',
    '>',
    '`',
    '{',
    '}',
    '|',
    '^',
    '\\',
    '[',
    ']',
  ),
  fc.constantFrom(
    'é',
    '\u00a0',
    '\u2028',
    '\ud83d\ude00',
    '\ud800',
    '@',
    ':',
    ';',
    '=',
    '&',
    '$',
    '!',
    '*',
    '(',
    ')',
    ',',
    '+',
    '#',
    '?',
    '//',
  ),
);
const path = fc.array(pathPiece, { maxLength: 8 }).map((pieces) => pieces.join(''));
const separator = fc.constantFrom('/', '/', '/', '', '?', '#', '\\', '/./', '/../', ' /');
const query = fc.oneof(
  { weight: 2, arbitrary: fc.constant('') },
  path.map((text) => `?${text}`),
);
const fragment = fc.oneof(
  { weight: 2, arbitrary: fc.constant('') },
  path.map((text) => `#${text}`),
);
const link = fc.tuple(scheme, host, separator, path, query, fragment, fc.constantFrom('', '', ' ', '\n')).map((parts) => parts.join(''));

describe('safeHttpUrl, for any link', () => {
  it('answers what the URL parser answers, whether or not the link skips the parser', () => {
    let unchanged = 0;
    fc.assert(
      fc.property(link, (written) => {
        const answer = safeHttpUrl(written);
        // The parser's answer for the same link, as the gate gave it before links skipped the parser.
        expect(answer).toBe(parsedHttpUrl(written.trim()));
        if (answer === written) unchanged += 1;
      }),
      { numRuns: 20_000 },
    );
    // Enough links are given back as written (the ones that may skip the parser) for the property to hold the fast path.
    expect(unchanged).toBeGreaterThan(800);
  });

  it('lets the plain links of a Smartable file skip the parser, and gives them back as written', () => {
    const plain = [
      'https://www.nbcnews.com/meet-the-press/video/full-peter-strzok-91635781792#copy9',
      'https://amp-cnn-com.cdn.ampproject.org/c/s/amp.cnn.com/cnn/2021/03/16/politics/index.html',
      'http://rss.cnn.com/~r/rss/cnn_allpolitics/~3/zPUFknuK2Sk/index.html',
      'https://www.foxnews.com/politics/story.amp?utm_source=feed&id=12',
    ];
    for (const written of plain) expect(safeHttpUrl(written)).toBe(written);
    // Each of these the parser changes, so each goes to it.
    expect(safeHttpUrl('https://News.example/a')).toBe('https://news.example/a');
    expect(safeHttpUrl('https://news.example')).toBe('https://news.example/');
    expect(safeHttpUrl('https://news.example/a/../b')).toBe('https://news.example/b');
    expect(safeHttpUrl('https://news.example/a%2e%2e/b')).toBe('https://news.example/a%2e%2e/b');
    expect(safeHttpUrl('https://news.example/a/%2e%2e/b')).toBe('https://news.example/b');
    expect(safeHttpUrl('https://news.example/a/%2E/b')).toBe('https://news.example/a/b');
    expect(safeHttpUrl('https://news.example:443/a')).toBe('https://news.example/a');
    expect(safeHttpUrl('https://news.example/a b')).toBe('https://news.example/a%20b');
    expect(safeHttpUrl('https://0x7f.1/a')).toBe('https://127.0.0.1/a');
    expect(safeHttpUrl('https://user@evil.example/a')).toBeUndefined();
  });
});
