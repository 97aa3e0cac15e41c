/**
 * Tracking at Send in real Chromium on the Gmail demo: an invoice the person sends, as new mail
 * or as a reply, is tracked from that moment; a confirmation shows in view with an Undo.
 */
import type { Page } from 'playwright-core';
import { expect as baseExpect, test } from './fixtures';
import { GMAIL_URL } from './gmail-demo';
import { popupWith } from './popup-helpers';

const expect = baseExpect.configure({ timeout: 15_000 });

test.afterEach(({ demo, errors }) => {
  expect(demo.blockedRequests, 'network requests').toEqual([]);
  expect(errors, 'console and page errors').toEqual([]);
});

/** A day two weeks from now, written as an English invoice writes it. */
function inTwoWeeks(): string {
  return new Date(Date.now() + 14 * 86_400_000).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
}

const toast = (page: Page) => page.locator('unghost-toast [data-testid=send-tracked]');

test('an invoice sent as new mail from the inbox is tracked, confirmed in view, and Undo takes it back', async ({
  context,
  extensionId,
  demo: _demo,
}) => {
  const page = await context.newPage();
  await page.goto(`${GMAIL_URL}#inbox`);
  await page.getByRole('button', { name: 'Compose' }).click();
  const compose = page.getByRole('region', { name: 'New Message' });
  await compose.getByLabel('To recipients').fill('lucy@harbour-lights.example');
  await compose.getByLabel('To recipients').press('Enter');
  await compose.getByLabel('Subject').fill('Invoice INV-2026-077 – Workshop');
  await compose
    .getByRole('textbox', { name: 'Message Body' })
    .fill(
      `Hi Lucy,\n\nthank you for a great workshop. Please find attached invoice INV-2026-077.\n\nAmount due: €980.00\nPayment due: ${inTwoWeeks()}\n\nBest regards,\nAnna`,
    );
  await compose.locator('input[type=file]').setInputFiles({
    name: 'INV-2026-077.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4 demo'),
  });
  await expect(compose.locator('.dL .vI')).toHaveText('INV-2026-077.pdf');
  await compose.getByRole('button', { name: 'Send (Ctrl-Enter)' }).click();

  await expect(toast(page)).toBeInViewport();
  await expect(toast(page)).toHaveAttribute('data-invoice-number', 'INV-2026-077');
  await expect(toast(page).getByRole('status')).toContainText('Tracking invoice INV-2026-077');
  await expect(toast(page).getByRole('status')).toContainText('€980.00');

  const popup = await popupWith(context, extensionId, 1);
  const row = popup.locator('[data-testid=thread-row]');
  await expect(row).toHaveAttribute('data-status', 'waiting');
  await expect(row).toContainText('INV-2026-077');

  await page.bringToFront();
  await toast(page).getByTestId('send-tracked-undo').click();
  await expect(toast(page).getByRole('status')).toContainText('Not tracked');
  await popup.reload();
  await expect(popup.locator('[data-testid=thread-row]')).toHaveAttribute(
    'data-status',
    'not_invoice',
  );
});

test('an invoice sent as a reply in a conversation that was no invoice is tracked under that conversation', async ({
  context,
  extensionId,
  demo: _demo,
}) => {
  const page = await context.newPage();
  // A workshop agreed, no invoice yet: the sidebar reads it as no invoice, nothing is tracked.
  await page.goto(`${GMAIL_URL}#inbox/18f1a2b3c4d5e615`);
  await expect(page.locator('unghost-sidebar [data-testid=thread-status]')).toHaveAttribute(
    'data-status',
    'not_invoice',
  );
  await page.locator('.amn span.ams.bkH').click();
  const editor = page.locator('[g_editable="true"][role="textbox"]');
  await editor.fill(
    `Wonderful, the 14th it is. Here is invoice INV-2026-078 for the workshop.\n\nAmount due: €3,900.00\nPayment due: ${inTwoWeeks()}\n\nBest regards,\nAnna`,
  );
  await page.getByRole('button', { name: 'Send (Ctrl-Enter)' }).click();
  await expect(toast(page)).toBeInViewport();
  await expect(toast(page)).toHaveAttribute('data-invoice-number', 'INV-2026-078');
  const popup = await popupWith(context, extensionId, 1);
  await expect(popup.locator('[data-testid=thread-row]')).toHaveAttribute(
    'data-thread-id',
    'gmail:18f1a2b3c4d5e615',
  );
});
