// `npm run lighthouse`: builds the demo site, serves it with `vite preview`, and prints Lighthouse's four scores.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { assertChromeInstalled, chromePath, headlessChromeFlags } from '../test/e2e/browser';
import { buildAndServeSite, repositoryRoot } from '../test/e2e/site';

/** What issue 4 asks of the demo site under Lighthouse's default mobile throttling. */
const requiredScores: Record<string, number> = {
  performance: 95,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
};

const reportPath = join(repositoryRoot, 'test-results', 'lighthouse.html');

try {
  assertChromeInstalled();
} catch (error) {
  // The reader needs the install command, not a stack trace.
  console.error(`lighthouse: ${(error as Error).message}`);
  process.exit(1);
}
const site = await buildAndServeSite();
const chrome = await chromeLauncher.launch({
  chromePath: chromePath(),
  chromeFlags: ['--headless=new', ...headlessChromeFlags],
});
let failed = false;
try {
  const result = await lighthouse(site.home, { port: chrome.port, output: 'html', logLevel: 'error' });
  if (!result) throw new Error('Lighthouse returned no result');
  const { categories, audits } = result.lhr;

  console.log(`Lighthouse ${result.lhr.lighthouseVersion} on ${site.home} (${result.lhr.configSettings.formFactor}, default throttling)`);
  for (const [id, required] of Object.entries(requiredScores)) {
    const category = categories[id];
    const score = Math.round((category?.score ?? 0) * 100);
    const verdict = score >= required ? 'ok' : `below ${required}`;
    if (score < required) failed = true;
    console.log(`  ${(category?.title ?? id).padEnd(15)} ${String(score).padStart(3)}  ${verdict}`);
    // Name what cost points, so a failure says what to fix.
    for (const reference of category?.auditRefs ?? []) {
      const audit = audits[reference.id];
      if (!audit || reference.weight === 0 || audit.score === null || audit.score >= 1) continue;
      console.log(`      - ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
    }
  }
  const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];
  console.log(`  ${metrics.map((id) => `${id}: ${audits[id]?.displayValue ?? '?'}`).join(', ')}`);

  await mkdir(join(repositoryRoot, 'test-results'), { recursive: true });
  await writeFile(reportPath, String(result.report));
  console.log(`  full report: ${reportPath}`);
} finally {
  chrome.kill();
  await site.close();
}
if (failed) process.exitCode = 1;
