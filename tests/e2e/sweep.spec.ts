/**
 * "Find my open invoices" in real Chromium on the Gmail demo: the popup starts the sweep, which
 * runs in a Gmail tab of its own through Gmail's search and navigation; it pauses and resumes,
 * a closed sweep tab pauses it until Resume, and at the end every silent invoice of the demo is
 * in the popup and nothing else, unread conversations are unread again, and the person's own
 * Gmail tab was never touched.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { expect as baseExpect, test } from './fixtures';
import { GMAIL_URL, gmailConversations } from './gmail-demo';

const expect = baseExpect.configure({ timeout: 20_000 });

test.afterEach(({ demo, errors }) => {
  expect(demo.blockedRequests, 'network requests').toEqual([]);
  expect(errors, 'console and page errors').toEqual([]);
});

/**
 * The sweep's tabs are opened by the extension, whose first request Playwright's routes do not
 * see (it lands on Chromium's error page): load what the extension asked for again, now served.
 */
function serveSweepTabs(context: BrowserContext): void {
  context.on('page', (page) => {
    void page.waitForLoadState('domcontentloaded').then(async () => {
      if (page.url().startsWith('chrome-error:')) await page.goto(`${GMAIL_URL}#inbox`);
    });
  });
}

async function openPopup(context: BrowserContext, extensionId: string): Promise<Page> {
  serveSweepTabs(context);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  return popup;
}

/** The sweep's own tab: a Gmail tab other than the person's. */
function sweepTab(context: BrowserContext, own: Page): Page | undefined {
  return context
    .pages()
    .find(
      (p) => p !== own && (p.url().startsWith(GMAIL_URL) || p.url().startsWith('chrome-error:')),
    );
}

test('the sweep finds every silent invoice of the demo and nothing else; pause, a closed tab and resume', async ({
  context,
  extensionId,
  demo: _demo,
}) => {
  test.setTimeout(150_000);
  // The person's own Gmail tab, on their inbox: it stays as it was.
  const own = await context.newPage();
  await own.goto(`${GMAIL_URL}#inbox`);
  const popup = await openPopup(context, extensionId);
  await popup.getByTestId('sweep-start').click();
  const progress = popup.getByTestId('sweep-progress');
  await expect(progress).toBeVisible();
  await expect(progress).toHaveAttribute('data-total', /^[1-9]\d*$/);
  const total = Number(await progress.getAttribute('data-total'));

  // Pause after a few conversations: nothing more is read while paused.
  await expect
    .poll(async () => Number(await progress.getAttribute('data-done')), { timeout: 30_000 })
    .toBeGreaterThanOrEqual(2);
  await popup.getByTestId('sweep-pause').click();
  await expect(progress).toHaveAttribute('data-status', 'paused');
  const pausedAt = Number(await progress.getAttribute('data-done'));
  await popup.waitForTimeout(2_500);
  expect(Number(await progress.getAttribute('data-done'))).toBeLessThanOrEqual(pausedAt + 1);

  // Resume; then the person closes the sweep's tab: it pauses, and Resume goes on in a new one.
  await popup.getByTestId('sweep-resume').click();
  await expect
    .poll(async () => Number(await progress.getAttribute('data-done')))
    .toBeGreaterThan(pausedAt + 1);
  await sweepTab(context, own)!.close();
  await expect(progress).toHaveAttribute('data-status', 'paused');
  await expect(progress).toContainText('its tab was closed');
  await popup.getByTestId('sweep-resume').click();

  const summary = popup.getByTestId('sweep-summary');
  await expect(summary).toBeVisible({ timeout: 90_000 });
  await expect(summary).toHaveAttribute('data-status', 'done');
  // Gmail's search listed the sent invoices, not every conversation (a received bill, a thread
  // with no attachment and one the owner never wrote in are left out).
  expect(total).toBeGreaterThanOrEqual(20);
  expect(total).toBeLessThan(gmailConversations.length);
  // The four unread conversations it opened were marked unread again.
  await expect(summary).toContainText('4 unread conversations were marked unread again');
  // The sweep's tab is gone; the person's tab still shows their inbox.
  expect(sweepTab(context, own)).toBeUndefined();
  expect(own.url()).toBe(`${GMAIL_URL}#inbox`);

  // Every silent invoice of the demo is in the popup, and nothing else is silent there.
  const silent = gmailConversations
    .filter((c) => c.status === 'silent')
    .map((c) => `gmail:${c.id}`);
  await popup.reload();
  const rows = popup.locator('[data-testid=thread-row][data-status=silent]');
  await expect(rows).toHaveCount(silent.length);
  const ids = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-thread-id')));
  expect(ids.sort()).toEqual(silent.sort());
  // A quote and a received bill were never stored.
  for (const id of ['18f1a2b3c4d5e626', '18f1a2b3c4d5e630', '18f1a2b3c4d5e610'])
    await expect(popup.locator(`[data-thread-id="gmail:${id}"]`)).toHaveCount(0);
});

test('a sweep can be cancelled: its tab closes and what it found stays', async ({
  context,
  extensionId,
  demo: _demo,
}) => {
  const popup = await openPopup(context, extensionId);
  await popup.getByTestId('sweep-start').click();
  const progress = popup.getByTestId('sweep-progress');
  await expect
    .poll(async () => Number(await progress.getAttribute('data-done')), { timeout: 30_000 })
    .toBeGreaterThanOrEqual(1);
  await popup.getByTestId('sweep-cancel').click();
  const summary = popup.getByTestId('sweep-summary');
  await expect(summary).toHaveAttribute('data-status', 'cancelled');
  await expect(summary).toContainText('Cancelled.');
  await expect
    .poll(() => context.pages().filter((p) => p.url().startsWith(GMAIL_URL)).length)
    .toBe(0);
});
