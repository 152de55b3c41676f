// `npm run lighthouse`: builds the demo site, serves it with `vite preview`, and prints Lighthouse's four scores.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { assertChromeInstalled } from '../test/e2e/browser';
import { auditWithLighthouse, formatAudit } from '../test/e2e/lighthouse-audit';
import { buildAndServeSite, repositoryRoot } from '../test/e2e/site';

const reportPath = join(repositoryRoot, 'test-results', 'lighthouse.html');

try {
  assertChromeInstalled();
} catch (error) {
  // The reader needs the install command, not a stack trace.
  console.error(`lighthouse: ${(error as Error).message}`);
  process.exit(1);
}
const site = await buildAndServeSite();
try {
  const audit = await auditWithLighthouse(site.home);
  console.log(formatAudit(audit));
  await mkdir(join(repositoryRoot, 'test-results'), { recursive: true });
  await writeFile(reportPath, audit.reportHtml);
  console.log(`  full report: ${reportPath}`);
  if (audit.categories.some((category) => category.score < category.required)) process.exitCode = 1;
} finally {
  await site.close();
}
