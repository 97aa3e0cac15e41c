/**
 * Shared steps of the end-to-end tests: opening a demo Gmail conversation, opening the popup.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from './fixtures';

/**
 * Opens a demo Gmail conversation in a fresh tab (a hash change in the same tab would leave the
 * previous conversation's sidebar visible for a moment) and waits until the sidebar has read it
 * and the background has stored it (closing the tab sooner may lose the report on its way).
 */
export async function visit(context: BrowserContext, id: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`https://mail.google.com/mail/u/0/#inbox/${id}`);
  const status = page.locator('unghost-sidebar [data-testid=thread-status]');
  await expect(status).toHaveAttribute('data-status', /.+/, { timeout: 15_000 });
  await expect(status).toHaveAttribute('data-stored', 'true');
  return page;
}

/**
 * Opens the popup once `count` threads are stored. The sidebar reports a conversation to the
 * background after showing it, so the last one may still be on its way: reopen until it is in.
 */
export async function popupWith(
  context: BrowserContext,
  extensionId: string,
  count: number,
): Promise<Page> {
  const popup = await context.newPage();
  await expect
    .poll(async () => {
      await popup.goto(`chrome-extension://${extensionId}/popup.html`);
      await expect(
        popup.locator('[data-testid=thread-list][aria-busy=false], [data-testid=empty-state]'),
      ).toBeVisible();
      return popup.locator('[data-testid=thread-row]').count();
    })
    .toBe(count);
  return popup;
}
