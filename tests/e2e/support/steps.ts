// Why: journeys go to a step of a workshop the way a person does: through the rail, opened from
// "Alle stappen" where the screen has it as a button (portrait), or as an item of the topic's
// menu on the table poster. Four journeys each had their own copy of this (and those that came
// from before the poster's menu looked only for the button); this one waits for the page to show
// its steps before it looks.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { tapTopicTool } from './topic-menu';

/** Opens the step whose link in the rail matches `name`. */
export async function openStep(page: Page, name: RegExp): Promise<void> {
  const toggle = page.getByRole('button', { name: 'Alle stappen' });
  const link = page.getByRole('navigation', { name: 'Stappen van de workshop' }).getByRole('link', { name });
  const menu = page.locator('.wbar--poster #topic-menu-button');
  // The rail, the button that opens it, or the poster's menu is there once the page shows its steps.
  await expect(toggle.or(link).or(menu).first()).toBeVisible();
  if (await link.isVisible()) return link.click();
  if (await toggle.isVisible()) await toggle.click();
  else await tapTopicTool(page, 'Alle stappen');
  await link.click();
}
