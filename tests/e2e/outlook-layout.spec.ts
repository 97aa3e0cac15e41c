/**
 * The Outlook sidebar when the page changes under it: a collapsed message expanded, a layout
 * the selectors no longer match, no conversation open.
 */
import type { Page } from 'playwright-core';
import { expect, test } from './fixtures';

const OFFICE = 'https://outlook.office.com/mail/';
const sidebar = (page: Page) => page.locator('unghost-sidebar');
const FIRST_SIDEBAR = { timeout: 20_000 }; // first answer of a cold service worker

async function open(page: Page, subject: string): Promise<void> {
  await page.goto(OFFICE);
  await sidebar(page).waitFor({ state: 'attached', ...FIRST_SIDEBAR });
  await page.locator('[role=option][data-convid]', { hasText: subject }).click();
  await expect(sidebar(page).getByTestId('thread-status')).toBeVisible(FIRST_SIDEBAR);
}

test('expanding the collapsed messages by hand completes the reading, and the sidebar stops calling it incomplete', async ({
  context,
  demo,
  errors,
}) => {
  const page = await context.newPage();
  await open(page, 'Invoice INV-2026-042');
  const note = sidebar(page).getByTestId('partial-reading');
  await expect(note).toContainText('2 messages are collapsed or hidden');
  await expect(sidebar(page).getByTestId('thread-status')).toHaveAttribute(
    'data-complete',
    'false',
  );
  // Outlook opens it with the invoice and the customer's reply collapsed: expand both.
  const collapsed = page.locator('[data-app-section=ConversationContainer] [aria-expanded=false]');
  await expect(collapsed).toHaveCount(2);
  while (await collapsed.count()) await collapsed.first().click();
  await expect(note).toHaveCount(0);
  await expect(sidebar(page).getByTestId('thread-status')).toHaveAttribute('data-complete', 'true');
  await expect(sidebar(page).getByTestId('thread-status')).toHaveAttribute('data-status', 'silent');
  expect(demo.blockedRequests).toEqual([]);
  expect(errors).toEqual([]);
});

test('an Outlook layout the selectors no longer match shows "Can\'t read this conversation" and throws nothing into the page', async ({
  context,
  demo,
  errors,
}) => {
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await open(page, 'Rechnung RE-2026-031');
  // A future Outlook renames the message time's test id; it arrives as DOM mutations.
  await page.evaluate(() => {
    for (const time of document.querySelectorAll('[data-testid=SentReceivedSavedTime]')) {
      const renamed = time.cloneNode(true) as Element;
      renamed.setAttribute('data-testid', 'MessageTimestamp');
      time.replaceWith(renamed);
    }
  });
  await expect(sidebar(page).locator('[role=alert]')).toContainText("Can't read this conversation");
  await expect(sidebar(page).getByTestId('thread-status')).toHaveCount(0);
  expect(pageErrors).toEqual([]);
  expect(errors).toEqual([]);
  expect(demo.blockedRequests).toEqual([]);
});

test('the inbox with no conversation open shows no thread status', async ({
  context,
  demo,
  errors,
}) => {
  const page = await context.newPage();
  await open(page, 'Invoice INV-2026-039');
  await page.locator('[role=treeitem]', { hasText: 'Inbox' }).click();
  await expect(page).toHaveURL(/\/mail\/inbox$/);
  await expect(page.locator('[data-app-section=ConversationContainer]')).toHaveCount(0);
  await expect(sidebar(page).getByTestId('thread-status')).toHaveCount(0);
  expect(demo.blockedRequests).toEqual([]);
  expect(errors).toEqual([]);
});

test("the sidebar's styles stay in its shadow root: Outlook's own page gets no rule and no --tw-* property", async ({
  context,
  demo,
  errors,
}) => {
  const page = await context.newPage();
  await open(page, 'Invoice INV-2026-042');
  const leaks = await page.evaluate(() => ({
    sheets: [...document.styleSheets].filter(
      (s) => !/\/__demo\/(style|layouts)\.css$/.test(s.href ?? ''),
    ).length,
    property: getComputedStyle(document.body).getPropertyValue('--tw-shadow'),
  }));
  expect(leaks).toEqual({ sheets: 0, property: '' });
  expect(demo.blockedRequests).toEqual([]);
  expect(errors).toEqual([]);
});
