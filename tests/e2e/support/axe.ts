// Why: every journey checks its screens against WCAG 2.1 AA with axe in the same way; one helper
// so that the tags and the message (rule, then the elements it found) are the same everywhere.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** The axe rule tags for WCAG 2.1 level A and AA, the law for Dutch public bodies. */
export const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Fails with each rule and the elements it found when axe finds anything in the page (or in `include`). */
export async function expectNoAxeViolations(page: Page, state: string, include?: string): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(WCAG_AA);
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  const found = results.violations.map((v) => `${v.id} (${v.impact ?? '?'}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  expect(found, `axe violations in "${state}"`).toEqual([]);
}
