import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { build } from 'vite';
import { contentSecurityPolicy, contentSecurityPolicyMeta } from './content-security-policy.ts';

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

/** Vite escapes the quotes around 'self'; a browser reads them back as quotes. */
function decodeAttribute(value: string): string {
  return value.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .map(([name = '', ...values]) => [name, values]),
  );
}

describe('the Content-Security-Policy', () => {
  it('allows scripts, styles, data, the service worker and the manifest from the site only, and images from the site and https', () => {
    expect(directives(contentSecurityPolicy)).toEqual(
      new Map([
        ['default-src', ["'none'"]],
        ['script-src', ["'self'", "'wasm-unsafe-eval'"]],
        ['style-src', ["'self'"]],
        ['img-src', ["'self'", 'https:']],
        ['connect-src', ["'self'"]],
        ['worker-src', ["'self'"]],
        ['manifest-src', ["'self'"]],
        ['base-uri', ["'self'"]],
        ['form-action', ["'none'"]],
      ]),
    );
  });

  it('never allows inline or evaluated code', () => {
    expect(contentSecurityPolicy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
  });

  it('is written into the built HTML as the first tag of the head, and only in builds', async () => {
    const root = await mkdtemp(join(tmpdir(), 'newsstand-csp-'));
    folders.push(root);
    await writeFile(
      join(root, 'index.html'),
      '<!doctype html><html><head><title>t</title></head><body><script type="module" src="/main.js"></script></body></html>\n',
    );
    await writeFile(join(root, 'main.js'), 'document.title = "built";\n');
    const plugin = contentSecurityPolicyMeta();
    expect(plugin.apply).toBe('build');

    await build({ root, configFile: false, logLevel: 'silent', plugins: [plugin] });
    const html = await readFile(join(root, 'dist', 'index.html'), 'utf8');
    const firstTagOfHead = /<head>\s*(<[^>]*>)/.exec(html)?.[1] ?? '';
    const content = /^<meta http-equiv="Content-Security-Policy" content="([^"]*)">$/.exec(firstTagOfHead)?.[1];
    expect(content && decodeAttribute(content)).toBe(contentSecurityPolicy);
  });
});
