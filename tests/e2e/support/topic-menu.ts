// Why: a topic's tools (Tafelmodus, Hele poster, Uitleg, Foto's, Meeschrijven, and on the poster
// Alle stappen) sit behind one menu button, in the list's head or, on the table poster, as the
// topic's name in the workshop bar. Journeys reach a tool the way a person does, by opening that
// menu first; this is the one place that knows how.
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** The button that opens the topic's menu (in both layouts). */
export function topicMenuButton(page: Page): Locator {
  return page.locator('#topic-menu-button');
}

/** Opens the topic's menu (if it is not open) and returns it. */
export async function openTopicMenu(page: Page): Promise<Locator> {
  const button = topicMenuButton(page);
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  const menu = page.getByRole('menu');
  await expect(menu).toBeVisible();
  return menu;
}

/** A tool of the topic's menu, the menu opened: an action, a toggle (aria-checked) or a link. */
export async function topicTool(page: Page, name: string): Promise<Locator> {
  const menu = await openTopicMenu(page);
  return menu.locator('[role="menuitem"], [role="menuitemcheckbox"]').filter({ hasText: new RegExp(`^\\W*${name}$`) });
}

/** Opens the menu and taps a tool in it. */
export async function tapTopicTool(page: Page, name: string): Promise<void> {
  await (await topicTool(page, name)).click();
}

/** Whether a toggle of the menu (Tafelmodus, Uitleg, Foto's) is on; the menu is closed again after. */
export async function topicToolOn(page: Page, name: string): Promise<boolean> {
  const item = await topicTool(page, name);
  const on = (await item.getAttribute('aria-checked')) === 'true';
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toBeHidden();
  return on;
}
