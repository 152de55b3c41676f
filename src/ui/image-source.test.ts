import { describe, expect, it } from 'vitest';
import { imageSource } from './image-source.ts';

describe('imageSource', () => {
  it('keeps http and https URLs as they are', () => {
    expect(imageSource('https://images.example/a.jpg')).toBe('https://images.example/a.jpg');
    expect(imageSource('http://images.example/a.jpg')).toBe('http://images.example/a.jpg');
  });

  it('resolves site-relative paths against the base path', () => {
    expect(imageSource('/logos/harbor.svg')).toBe(`${import.meta.env.BASE_URL}logos/harbor.svg`);
  });

  it('refuses scripts, data URLs, protocol-relative URLs and nothing at all', () => {
    for (const value of ['javascript:alert(1)', 'data:image/png;base64,AAAA', '//evil.example/x.png', '', undefined]) {
      expect(imageSource(value)).toBeUndefined();
    }
  });
});
