// The suite never passes quietly without a browser: a missing one is a clear failure.
import { describe, expect, it } from 'vitest';
import { assertChromeInstalled, chromePath } from './browser';

describe('the browser launcher', () => {
  it('fails with a message naming the missing browser and how to install it', () => {
    expect(() => assertChromeInstalled('/nowhere/chromium')).toThrow(
      /\/nowhere\/chromium.*apt-get install -y chromium/,
    );
  });

  it('uses CHROME_PATH when it is set, else Debian\'s /usr/bin/chromium', () => {
    const saved = process.env.CHROME_PATH;
    try {
      process.env.CHROME_PATH = '/opt/chrome/chrome';
      expect(chromePath()).toBe('/opt/chrome/chrome');
      delete process.env.CHROME_PATH;
      expect(chromePath()).toBe('/usr/bin/chromium');
    } finally {
      if (saved === undefined) delete process.env.CHROME_PATH;
      else process.env.CHROME_PATH = saved;
    }
  });
});
