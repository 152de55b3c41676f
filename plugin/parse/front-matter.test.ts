import { describe, expect, it } from 'vitest';
import { decodeSource, parseFrontMatter } from './front-matter.ts';

const path = '/content/story.md';

function parse(text: string) {
  return parseFrontMatter(path, decodeSource(path, text).text);
}

describe('decodeSource', () => {
  it('drops a UTF-8 byte order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('---\ntitle: x\n---\n')]);
    const { text, problems } = decodeSource(path, bytes);
    expect(text.startsWith('---')).toBe(true);
    expect(problems).toEqual([]);
  });

  it('turns CRLF and lone CR line endings into LF', () => {
    expect(decodeSource(path, '---\r\ntitle: x\r\nexcerpt: y\r---\r\n').text).toBe('---\ntitle: x\nexcerpt: y\n---\n');
  });

  it('replaces invalid UTF-8 bytes and reports the line they are on', () => {
    const bytes = Buffer.concat([Buffer.from('---\ntitle: "caf'), Buffer.from([0xc3, 0x28]), Buffer.from('"\n---\n')]);
    const { text, problems } = decodeSource(path, bytes);
    expect(text).toContain('caf\uFFFD(');
    expect(problems).toEqual([{ path, line: 2, message: expect.stringContaining('invalid UTF-8'), severity: 'warning' }]);
  });

  it('keeps a U+FFFD that was really in the file without reporting it', () => {
    expect(decodeSource(path, Buffer.from('---\ntitle: "\uFFFD"\n---\n')).problems).toEqual([]);
  });
});

describe('parseFrontMatter', () => {
  it('reads YAML front matter as plain data, dates staying text', () => {
    const parsed = parse('---\ntitle: "Hello"\npublishedDateTime: 2021-03-14T01:27:54Z\nquality: 164\n---\n');
    expect(parsed).toMatchObject({ ok: true, data: { title: 'Hello', publishedDateTime: '2021-03-14T01:27:54Z', quality: 164 } });
  });

  it.each(['js', 'javascript', 'coffee', 'json', 'toml', ' js'])('refuses `---%s` front matter and runs none of it', (language) => {
    const marker = '__newsstandFrontMatterRan';
    const parsed = parse(`---${language}\n{ title: (globalThis.${marker} = true, "x") }\n---\n`);
    expect(parsed.ok).toBe(false);
    expect(parsed.problems).toEqual([{ path, line: 1, message: expect.stringContaining('only YAML'), severity: 'error' }]);
    expect(marker in globalThis).toBe(false);
  });

  it('reports a YAML error on the line of the file where it is', () => {
    const parsed = parse('---\ntitle: "fine"\nexcerpt: "fine"\nquality: : 3\nheat: 1\n---\n');
    expect(parsed.ok).toBe(false);
    expect(parsed.problems[0]).toMatchObject({ line: 4, severity: 'error', message: expect.stringMatching(/^YAML: /) });
  });

  it('reports the line of a YAML error in a CRLF file the same way', () => {
    const crlf = parse('---\r\ntitle: "fine"\r\nexcerpt: "fine"\r\nquality: : 3\r\n---\r\n');
    expect(crlf.problems[0]?.line).toBe(4);
  });

  it('keeps `__proto__` and `constructor` keys as plain data without touching prototypes', () => {
    const parsed = parse('---\n__proto__:\n  polluted: true\nconstructor:\n  prototype:\n    polluted: true\ntitle: x\n---\n');
    expect(parsed.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(parsed.ok && parsed.data)).toBe(Object.prototype);
  });

  it('treats a file without front matter as empty data', () => {
    expect(parse('# Just a note\n')).toMatchObject({ ok: true, data: {} });
  });

  it('refuses data nested deeper than any article needs', () => {
    const deep = `---\ntitle: ${'['.repeat(200)}${']'.repeat(200)}\n---\n`;
    expect(parse(deep)).toMatchObject({ ok: false, problems: [{ severity: 'error', line: 2 }] });
  });
});
