// Runs axe-core inside the page and returns its violations in a form a failed assertion can show.
import { createRequire } from 'node:module';
import type * as Axe from 'axe-core';
import type { Page } from 'playwright-core';

const axeScriptPath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export interface AccessibilityViolation {
  rule: string;
  impact: string | null | undefined;
  help: string;
  /** One line a failing element: its selector and what axe says is wrong. */
  elements: string[];
}

/** Needs a page opened with `bypassContentSecurityPolicy`: the script tag is inline. */
export async function accessibilityViolations(page: Page): Promise<AccessibilityViolation[]> {
  await page.addScriptTag({ path: axeScriptPath });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof Axe }).axe;
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      elements: violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary ?? ''}`),
    }));
  });
}
