// Lighthouse on the built demo site: accessibility, best practices and SEO 100, performance 95 or more.
import { describe, expect, inject, it } from 'vitest';
import { auditWithLighthouse, formatAudit } from './lighthouse-audit';

describe('Lighthouse on the demo site', () => {
  it('scores 100 for accessibility, best practices and SEO and 95 or more for performance, on mobile', async () => {
    const audit = await auditWithLighthouse(inject('demoSite').home);
    console.info(formatAudit(audit));
    const below = audit.categories.filter((category) => category.score < category.required);
    expect(below, formatAudit(audit)).toEqual([]);
  }, 240_000);
});
