/**
 * The popup and options page in real Chromium with the built extension: threads the Gmail
 * sidebar tracked while the person read the demo mailbox are ranked in the popup; holding one
 * takes it off the list and the badge; a changed setting reaches the next draft; a backup
 * survives export, "forget everything" and import.
 */
import type { BrowserContext } from 'playwright-core';
import { expect, test } from './fixtures';
import { popupWith, visit } from './popup-helpers';

/** Demo Gmail conversations (demo/gmail/conversations.js) and what the core makes of them. */
const DEMO = {
  silent1: '18f1a2b3c4d5e601',
  silent2: '18f1a2b3c4d5e602',
  silent3: '18f1a2b3c4d5e603',
  silent4: '18f1a2b3c4d5e604',
  waiting: '18f1a2b3c4d5e605',
  answered: '18f1a2b3c4d5e606',
  quote: '18f1a2b3c4d5e609',
};
const SILENT = [DEMO.silent1, DEMO.silent2, DEMO.silent3, DEMO.silent4];

async function badge(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  type Chrome = { action: { getBadgeText(details: object): Promise<string> } };
  return worker.evaluate(() =>
    (globalThis as unknown as { chrome: Chrome }).chrome.action.getBadgeText({}),
  );
}

test('threads read in Gmail are ranked in the popup; holding one takes it off the list and the badge', async ({
  context,
  demo,
  extensionId,
  errors,
}) => {
  for (const id of Object.values(DEMO)) await (await visit(context, id)).close();

  // Every visited conversation but the quote is an invoice thread.
  const popup = await popupWith(context, extensionId, Object.keys(DEMO).length - 1);
  const silent = popup.locator('[data-testid=thread-row][data-status=silent]');
  await expect(silent).toHaveCount(4);
  const ids = await silent.evaluateAll((els) =>
    els.map((e) => (e as HTMLElement).dataset.threadId),
  );
  expect(ids.sort()).toEqual(SILENT.map((id) => `gmail:${id}`).sort());
  const scores = await silent.evaluateAll((els) =>
    els.map((e) => Number((e as HTMLElement).dataset.score)),
  );
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
  await expect(popup.locator('[data-testid=thread-row][data-status=answered]')).toHaveCount(1);
  await expect(popup.locator('[data-testid=thread-row][data-status=waiting]')).toHaveCount(1);
  await expect(popup.locator(`[data-thread-id="gmail:${DEMO.quote}"]`)).toHaveCount(0);
  await expect.poll(() => badge(context)).toBe('4');

  const top = silent.first();
  const topId = await top.getAttribute('data-thread-id');
  await top.getByTestId('hold').click();
  await expect(
    popup.locator(`[data-testid=thread-row][data-thread-id="${topId}"]`),
  ).toHaveAttribute('data-status', 'on_hold');
  await expect(silent).toHaveCount(3);
  await expect.poll(() => badge(context)).toBe('3');

  // The sidebar respects the hold: no stage is suggested for that conversation any more.
  const mail = await visit(context, topId!.slice('gmail:'.length));
  await expect(mail.locator('unghost-sidebar [data-testid=stage]')).toHaveCount(0);

  expect(demo.blockedRequests).toEqual([]);
  expect(errors).toEqual([]);
});

test('the popup shows the money: totals per currency and status, an ageing chart that filters the list', async ({
  context,
  demo,
  extensionId,
  errors,
}) => {
  for (const id of Object.values(DEMO)) await (await visit(context, id)).close();
  // An open Gmail tab: the conversation opened from the popup shows in it.
  const mail = await visit(context, DEMO.silent3);
  await mail.goto('https://mail.google.com/mail/u/0/#inbox');
  const popup = await popupWith(context, extensionId, Object.keys(DEMO).length - 1);

  // The demo's silent invoices: €1,450 (10 days late), €2,142 (31), £3,600 (48), €3,570 (76);
  // €1,190 is not due yet; the answered thread owes nothing here.
  const totals = popup.getByTestId('outstanding-total');
  await expect(totals.first()).toBeVisible();
  expect(
    await totals.evaluateAll((els) =>
      els.map((e) => {
        const d = (e as HTMLElement).dataset;
        return [d.currency, d.status, Number(d.amount)];
      }),
    ),
  ).toEqual([
    ['EUR', 'silent', 7162],
    ['EUR', 'waiting', 1190],
    ['GBP', 'silent', 3600],
  ]);
  const bars = popup.getByTestId('ageing-bar');
  await expect(bars.first()).toBeVisible();
  const amounts = await bars.evaluateAll((els) =>
    els
      .map((e) => (e as HTMLElement).dataset)
      .filter((d) => Number(d.amount) > 0)
      .map((d) => [d.currency, d.bucket, Number(d.amount)]),
  );
  expect(amounts).toEqual([
    ['EUR', '1-30', 1450],
    ['EUR', '31-60', 2142],
    ['EUR', '61-90', 3570],
    ['GBP', '31-60', 3600],
  ]);

  // A bar filters the list to the threads it counts; pressed again, it shows all.
  const gbp = popup.locator('[data-testid=ageing-bar][data-currency=GBP][data-bucket="31-60"]');
  await gbp.click();
  await expect(popup.getByTestId('thread-row')).toHaveCount(1);
  await expect(popup.getByTestId('thread-row')).toHaveAttribute(
    'data-thread-id',
    `gmail:${DEMO.silent3}`,
  );
  await gbp.press('Enter');
  await expect(popup.getByTestId('thread-row')).toHaveCount(Object.keys(DEMO).length - 1);

  // Each fact once per row.
  for (const row of await popup.locator('[data-testid=thread-row]').all()) {
    const text = (await row.textContent()) ?? '';
    const days = /\d+ days overdue/.exec(text)?.[0];
    if (days) expect(text.split(days)).toHaveLength(2);
  }

  // Keyboard: / to search, arrows through the rows, Enter opens the conversation.
  await popup.locator('body').press('/');
  await expect(popup.getByTestId('search')).toBeFocused();
  await popup.keyboard.press('ArrowDown');
  await popup.keyboard.press('ArrowDown');
  const second = popup.getByTestId('thread-row').nth(1);
  await expect(second.locator('[data-row-focus]')).toBeFocused();
  const secondId = (await second.getAttribute('data-thread-id'))!.slice('gmail:'.length);
  await popup.keyboard.press('Enter');
  await expect.poll(() => mail.url()).toBe(`https://mail.google.com/mail/u/0/#inbox/${secondId}`);

  expect(demo.blockedRequests).toEqual([]);
  expect(errors).toEqual([]);
});

test('one click on a customer reopens the conversation in the open Gmail tab', async ({
  context,
  demo,
  extensionId,
  errors,
}) => {
  const mail = await visit(context, DEMO.silent3);
  await mail.goto('https://mail.google.com/mail/u/0/#inbox');
  const popup = await popupWith(context, extensionId, 1);
  const row = popup.locator(`[data-testid=thread-row][data-thread-id="gmail:${DEMO.silent3}"]`);
  await row.getByRole('button', { name: 'Raj Patel' }).click();
  await expect
    .poll(() => mail.url())
    .toBe(`https://mail.google.com/mail/u/0/#inbox/${DEMO.silent3}`);
  await expect(mail.locator('unghost-sidebar [data-testid=stage]')).toHaveAttribute(
    'data-stage',
    '3',
  );
  expect(demo.blockedRequests).toEqual([]);
  expect(errors).toEqual([]);
});

test('CSV export downloads the listed threads, filters applied', async ({
  context,
  demo,
  extensionId,
  errors,
}) => {
  for (const id of [DEMO.silent1, DEMO.silent2, DEMO.answered])
    await (await visit(context, id)).close();
  const popup = await popupWith(context, extensionId, 3);
  await popup.getByTestId('filter-status').selectOption('silent');
  const [download] = await Promise.all([
    popup.waitForEvent('download'),
    popup.getByTestId('export-csv').click(),
  ]);
  const lines = (
    await (await import('node:fs/promises')).readFile((await download.path())!, 'utf8')
  )
    .trim()
    .split('\r\n');
  expect(lines[0]).toMatch(/^status,ghost_score,customer,/);
  expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['silent', 'silent']);
  expect(demo.blockedRequests).toEqual([]);
  expect(errors).toEqual([]);
});
