import { describe, expect, it } from 'vitest';
import { plainText } from './plain-text.ts';

describe('plainText', () => {
  it('strips HTML tags and keeps their text', () => {
    expect(plainText('<p>Biden <b>wins</b> <a href="x">Ohio</a></p>', 200)).toBe('Biden wins Ohio');
  });

  it('drops script, style and iframe content entirely', () => {
    expect(plainText('Before<script>alert(1)</script><style>p{}</style><iframe src="x">fallback</iframe> after', 200)).toBe('Before after');
  });

  it('decodes named and numeric entities once, so escaped markup stays visible text', () => {
    expect(plainText('Fish &amp; chips &#8212; &#x1F600; &lt;b&gt;', 200)).toBe('Fish & chips — 😀 <b>');
  });

  it('keeps unknown entities as written and turns invalid code points into U+FFFD', () => {
    expect(plainText('&notanentity; &#0; &#xD800;', 200)).toBe('&notanentity; \uFFFD \uFFFD');
  });

  it('collapses whitespace, including the trailing newlines real excerpts carry', () => {
    expect(plainText('  The Biden administration\n    \n  launched\t a push.\n    \n', 200)).toBe(
      'The Biden administration launched a push.',
    );
  });

  it('removes control characters and zero-width marks', () => {
    expect(plainText('a\u0000b\u200Bc\u0007d', 200)).toBe('abcd');
  });

  it('keeps curly quotes, emoji and non-Latin text', () => {
    expect(plainText('‘Losers’ and “suckers” 🇺🇸 选举', 200)).toBe('‘Losers’ and “suckers” 🇺🇸 选举');
  });

  it('cuts long text at a word boundary with an ellipsis', () => {
    const text = plainText('one two three four five six seven eight nine ten', 20);
    expect(text).toBe('one two three four…');
    expect(text.length).toBeLessThanOrEqual(20);
  });

  it('strips a tag left open at the end', () => {
    expect(plainText('Title <img src=x onerror=alert(1)', 200)).toBe('Title');
  });
});
