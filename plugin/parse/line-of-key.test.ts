import { describe, expect, it } from 'vitest';
import { createKeyLocator } from './line-of-key.ts';

const file = `---
title: "A story"
provider:
  name: CNN
  images:
    - url: "javascript:alert(1)"
      width: 50
topics:
- Election
- Joe Biden
related:
  - title: "First"
    webUrl: "https://a.example/1"
  - title: "Second"
    images:
      - url: "https://a.example/i.jpg"
    webUrl: "data:text/html,x"
quality: 3
---
`;

describe('createKeyLocator', () => {
  const locate = createKeyLocator(file);

  it('finds top-level keys', () => {
    expect(locate(['title'])).toBe(2);
    expect(locate(['quality'])).toBe(18);
  });

  it('finds nested keys and list items', () => {
    expect(locate(['provider', 'images', 0, 'url'])).toBe(6);
    expect(locate(['related', 1, 'webUrl'])).toBe(17);
    expect(locate(['related', 1])).toBe(14);
  });

  it("finds items of a list written at its key's indentation", () => {
    expect(locate(['topics', 1])).toBe(10);
  });

  it('falls back to the deepest part of the path it finds', () => {
    expect(locate(['related', 0, 'images'])).toBe(12);
    expect(locate(['missing'])).toBe(2);
  });
});
