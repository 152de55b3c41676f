import { describe, expect, it } from 'vitest';
import { plainText, stripMarkup, type StepCounter } from './plain-text.ts';

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

  it('keeps text that only looks like the start of a tag', () => {
    expect(plainText('Polls show x<y in swing states', 200)).toBe('Polls show x<y in swing states');
    expect(plainText('revenue<expectations; shares fell', 200)).toBe('revenue<expectations; shares fell');
    expect(plainText('a < b and 3<4', 200)).toBe('a < b and 3<4');
  });

  it('lets an unclosed tag cost only itself and its attributes', () => {
    expect(plainText('Council <img src=x onerror=alert(1) approves the budget', 200)).toBe('Council approves the budget');
    expect(plainText('<b bold words follow', 200)).toBe('bold words follow');
    expect(plainText('Before <script unclosed and after', 200)).toBe('Before unclosed and after');
    expect(plainText('Before <!-- never closed, and after', 200)).toBe('Before never closed, and after');
  });

  it('removes bidirectional override characters, keeping the text they surround', () => {
    expect(plainText('Ferry \u202Eserif\u202C news \u2066here\u2069', 200)).toBe('Ferry serif news here');
  });
});

describe('stripMarkup takes time linear in its input', () => {
  const hostile: Record<string, string> = {
    'unclosed script tags': '<script ',
    'unclosed style tags with attributes': '<style a=b ',
    'unclosed comments': '<!-- x ',
    'tags that never close': '<a <b <i ',
    'text that looks like tags': 'x<y revenue<expectations ',
    'a closing tag far away': '<iframe>text ',
  };

  const stepsFor = (unit: string, count: number): number => {
    const counter: StepCounter = { steps: 0 };
    stripMarkup(unit.repeat(count) + '</iframe>', counter);
    return counter.steps;
  };

  for (const [name, unit] of Object.entries(hostile)) {
    it(`looks at each character a bounded number of times: ${name}`, () => {
      const small = stepsFor(unit, 20_000);
      const doubled = stepsFor(unit, 40_000);
      expect(small).toBeLessThan(unit.length * 20_000 * 8);
      expect(doubled / small).toBeLessThan(2.2);
    });
  }
});
