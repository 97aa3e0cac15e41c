/**
 * Gmail shows conversations collapsed: the sidebar's best reading is marked incomplete, "Read
 * all messages" reads them through Gmail's own controls and puts the view back, what was read
 * is remembered for the next visit, and a reply sent from Gmail counts at once (it carries
 * data-message-id only, not yet data-legacy-message-id).
 */
import type { Page } from 'playwright-core';
import { expect as baseExpect, test } from './fixtures';
import { GMAIL_URL } from './gmail-demo';

const expect = baseExpect.configure({ timeout: 15_000 });
const status = (page: Page) => page.locator('unghost-sidebar [data-testid=thread-status]');
const sidebar = (page: Page, id: string) => page.locator(`unghost-sidebar [data-testid=${id}]`);

test.afterEach(({ demo, errors }) => {
  expect(demo.blockedRequests, 'network requests').toEqual([]);
  expect(errors, 'console and page errors').toEqual([]);
});

test('an invoice folded into "older messages": the best reading, Read all messages, the view as it was, and the next visit reads whole', async ({
  context,
  demo: _demo,
}) => {
  const page = await context.newPage();
  await page.goto(`${GMAIL_URL}#inbox/18f1a2b3c4d5e611`);
  await expect(status(page)).toHaveAttribute('data-complete', 'false');
  await expect(status(page)).toHaveAttribute('data-status', 'silent');
  await expect(status(page)).toContainText('(incomplete)');
  await expect(page.locator('div.adx[role=button]')).toBeVisible();
  const expandedBefore = await page.locator('div.a3s').count();

  await sidebar(page, 'read-all').click();
  await expect(status(page)).toHaveAttribute('data-complete', 'true');
  await expect(sidebar(page, 'stage')).toHaveAttribute('data-stage', '3');
  await expect(sidebar(page, 'read-all')).toHaveCount(0);
  // Put back: what was expanded for reading is collapsed again (Gmail cannot re-bundle).
  await expect(page.locator('div.a3s')).toHaveCount(expandedBefore);
  await expect(status(page)).toHaveAttribute('data-stored', 'true');
  await page.close();

  // The next visit reads it whole from memory, its messages still folded into older messages.
  const later = await context.newPage();
  await later.goto(`${GMAIL_URL}#inbox/18f1a2b3c4d5e611`);
  await expect(later.locator('div.adx[role=button]')).toBeVisible();
  await expect(status(later)).toHaveAttribute('data-complete', 'true');
  await expect(sidebar(later, 'stage')).toHaveAttribute('data-stage', '3');
});

test('a reply sent from Gmail counts at once: the question answered, the thread waits for the customer again', async ({
  context,
  demo: _demo,
}) => {
  const page = await context.newPage();
  await page.goto(`${GMAIL_URL}#inbox/18f1a2b3c4d5e606`);
  await expect(status(page)).toHaveAttribute('data-status', 'answered');
  await page.locator('.amn span.ams.bkH').click();
  const editor = page.locator('[role=main] [g_editable=true][role=textbox][contenteditable=true]');
  await editor.click();
  await page.keyboard.type('Hi, the invoice is attached again. Best, Anna');
  await page.locator('[role=main] div.aoO[role=button]').click();
  // The sent reply: data-message-id, no legacy id yet.
  await expect(page.locator('div.adn[data-message-id]:not([data-legacy-message-id])')).toHaveCount(
    1,
  );
  await expect(status(page)).not.toHaveAttribute('data-status', 'answered');
  await expect(status(page)).toHaveAttribute('data-status', /^(waiting|silent)$/);
});
