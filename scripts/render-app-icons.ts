// Draws the web app manifest's icons (public/icons/*.png) from public/favicon.svg in Chromium; run again after changing the mark.
// Usage: node scripts/run-typescript.mjs scripts/render-app-icons.ts
import { readFile } from 'node:fs/promises';
import { launchBrowser } from '../test/e2e/browser';

const mark = await readFile('public/favicon.svg', 'utf8');
/** A maskable icon keeps its mark inside the middle 80% (the safe zone), on a background that fills the square. */
const icons = [
  { file: 'public/icons/icon-192.png', size: 192, maskable: false },
  { file: 'public/icons/icon-512.png', size: 512, maskable: false },
  { file: 'public/icons/maskable-512.png', size: 512, maskable: true },
];

const browser = await launchBrowser();
try {
  for (const icon of icons) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
    const inset = icon.maskable ? icon.size * 0.2 : 0;
    const markSize = icon.size - inset * 2;
    const background = icon.maskable ? '#a8231b' : 'transparent';
    await page.setContent(
      `<body style="margin:0;background:${background}"><div style="position:absolute;left:${inset}px;top:${inset}px;width:${markSize}px;height:${markSize}px">${mark.replace('<svg ', `<svg width="${markSize}" height="${markSize}" `)}</div></body>`,
    );
    await page.screenshot({ path: icon.file, omitBackground: !icon.maskable });
    await page.close();
    console.log(`wrote ${icon.file}`);
  }
} finally {
  await browser.close();
}
