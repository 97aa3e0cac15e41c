/**
 * The import in real Chromium with the built extension: a Google Takeout mbox chosen in the
 * import page becomes conversations; the silent invoices are ranked in the popup and link back
 * to Gmail by Message-ID. A second import of the same file adds nothing; bad files are named.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { filler, mbox } from '../import/spool-test-kit';
import { expect, test } from './fixtures';

const fixtures = join(import.meta.dirname, '../fixtures/import');
const rows = (page: Page) => page.locator('[data-testid=thread-row]');
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: { run: () => Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
    };
    return (await axe.run()).violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
}

/** The import's message spools (IndexedDB databases of the page): none once an import is done. */
const spools = (page: Page) =>
  page.evaluate(async () =>
    (await indexedDB.databases())
      .map((d) => d.name ?? '')
      .filter((n) => n.startsWith('unghost-import-spool-')),
  );

async function importFiles(page: Page, files: string[]) {
  await page
    .locator('input[type=file][data-testid=import-file]')
    .setInputFiles(files.map((f) => join(fixtures, f)));
}

test('an imported Takeout export shows its silent invoices ranked in the popup', async ({
  context,
  extensionId,
  errors,
}) => {
  // No network: every request the import and the popup make stays inside the extension.
  const outside: string[] = [];
  context.on('request', (r) => {
    if (!/^(chrome-extension|data|blob):/.test(r.url())) outside.push(r.url());
  });
  // The options page carries the import; import.html is the same panel on a page of its own.
  const page = await context.newPage();
  // The file is parsed in a worker, so a large export does not block the page.
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await importFiles(page, ['takeout.mbox']);

  // A fresh profile knows none of the person's addresses: the most frequent sender is proposed.
  const owner = page.getByTestId('import-owner');
  await expect(owner).toContainText('anna@schmidt-design.de');
  await page.screenshot({ path: 'test-results/import-owner.png', fullPage: true });
  await owner.getByTestId('import-owner-confirm').click();
  await expect(page.getByTestId('import-summary-threads')).toHaveText(
    'Invoice conversations imported: 5',
  );
  await expect(page.getByTestId('import-summary-silent')).toHaveText(/^Silent .*: 3$/);
  expect(await spools(page)).toEqual([]);
  expect(workers).toEqual([
    expect.stringMatching(/^chrome-extension:\/\/[a-p]+\/assets\/import-worker-[\w-]+\.js$/),
  ]);
  await page
    .locator('section[aria-labelledby=import-title]')
    .screenshot({ path: 'test-results/import-summary.png' });

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(rows(popup).first()).toBeVisible();
  const silent = rows(popup).and(popup.locator('[data-status=silent]'));
  await expect(silent).toHaveCount(3);
  const scores = await silent.evaluateAll((els) =>
    els.map((e) => Number((e as HTMLElement).dataset.score)),
  );
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
  expect(scores.every((s) => s > 0)).toBe(true);
  await expect(silent.first()).toContainText('INV-2026-033');
  await popup.screenshot({ path: 'test-results/import-popup.png', fullPage: true });

  // Importing the same export again (the owner is now known) adds nothing.
  await page.reload();
  await importFiles(page, ['takeout.mbox']);
  await expect(page.getByTestId('import-summary-threads')).toHaveText(
    'Invoice conversations imported: 5',
  );
  expect(await spools(page)).toEqual([]);
  await popup.reload();
  await expect(silent).toHaveCount(3);

  expect(outside).toEqual([]);
  expect(errors).toEqual([]);
});

test('bad files are named with their reason while the readable mail is imported; axe finds nothing', async ({
  context,
  extensionId,
  errors,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/import.html`);
  expect(await axeViolations(page), 'axe on the empty import page').toEqual([]);
  await importFiles(page, [
    'bad/picture.png',
    'bad/contacts.csv',
    'bad/truncated.mbox',
    'bad/broken-mime.eml',
  ]);
  await expect(page.getByTestId('import-owner')).toBeVisible();
  expect(await axeViolations(page), 'axe on the owner confirmation').toEqual([]);
  await page.getByTestId('import-owner-confirm').click();
  const problems = page.getByTestId('import-problems').locator('li');
  await expect(problems).toHaveCount(5);
  await expect(problems.nth(0)).toHaveAttribute('data-reason', 'binary');
  await expect(problems.nth(1)).toHaveAttribute('data-reason', 'not-mail');
  await expect(page.getByTestId('import-summary-threads')).toContainText(
    'Invoice conversations imported: ',
  );
  expect(await axeViolations(page), 'axe on the summary').toEqual([]);
  expect(errors).toEqual([]);
});

test('.eml files dropped on the page are imported as one conversation', async ({
  context,
  extensionId,
  errors,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/import.html`);
  const texts = ['eml/invoice-kite.eml', 'eml/vacation-kite.eml'].map((f) => ({
    name: f.split('/')[1]!,
    text: readFileSync(join(fixtures, f), 'utf8'),
  }));
  const dataTransfer = await page.evaluateHandle((files) => {
    const dt = new DataTransfer();
    for (const f of files) dt.items.add(new File([f.text], f.name, { type: 'message/rfc822' }));
    return dt;
  }, texts);
  await page.getByTestId('import-drop-zone').dispatchEvent('drop', { dataTransfer });
  await page.getByTestId('import-owner-confirm').click();
  await expect(page.getByTestId('import-summary-threads')).toHaveText(
    'Invoice conversations imported: 1',
  );
  // Its only answer was an Auto-Submitted vacation reply: the customer is silent.
  await expect(page.getByTestId('import-summary-silent')).toHaveText(/^Silent .*: 1$/);
  expect(errors).toEqual([]);
});

test('a large export is cancelled while the worker reads it; what was read is kept and the spool is gone', async ({
  context,
  extensionId,
  errors,
}, testInfo) => {
  // 60,000 one-message invoice conversations of the owner's (14 MB): time enough to cancel.
  const path = testInfo.outputPath('invoices.mbox');
  writeFileSync(path, mbox(filler(60_000).map((m, i) => ({ ...m, subject: `Rechnung RE-${i}` }))));
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/import.html`);
  // A small export first, to confirm the owner: the large one is then stored as it is read.
  await importFiles(page, ['takeout.mbox']);
  await page.getByTestId('import-owner-confirm').click();
  await expect(page.getByTestId('import-summary-threads')).toHaveText(
    'Invoice conversations imported: 5',
  );

  await page.locator('input[type=file][data-testid=import-file]').setInputFiles(path);
  // Cancelled once the worker is reading the file (a cancel pressed earlier: tests/import).
  await expect(page.getByTestId('import-progress')).toContainText('invoices.mbox');
  await page.getByTestId('import-cancel').click();
  await expect(page.getByTestId('import-summary')).toContainText('Import cancelled', {
    timeout: 30_000,
  });
  // Each conversation read before the cancel was stored as it came; the rest was never read.
  const read = Number(
    /Messages read: (\d+)/.exec((await page.getByTestId('import-summary').textContent())!)![1],
  );
  const stored = Number(
    (await page.getByTestId('import-summary-threads').textContent())!.split(': ')[1],
  );
  expect(read).toBeLessThan(60_000);
  expect(stored).toBe(read);
  expect(await spools(page)).toEqual([]);
  expect(errors).toEqual([]);
});

test('two imports at once, in two tabs: the second leaves the spool of the first alone', async ({
  context,
  extensionId,
  errors,
}, testInfo) => {
  // 3,000 invoices: more than the write buffer holds, so most of them wait in IndexedDB.
  const path = testInfo.outputPath('invoices.mbox');
  writeFileSync(path, mbox(filler(3000).map((m, i) => ({ ...m, subject: `Rechnung RE-${i}` }))));
  const first = await context.newPage();
  await first.goto(`chrome-extension://${extensionId}/import.html`);
  await first.locator('input[type=file][data-testid=import-file]').setInputFiles(path);
  // No owner known: the first import waits for the answer, its messages in its spool.
  await expect(first.getByTestId('import-owner')).toBeVisible({ timeout: 30_000 });
  const second = await context.newPage();
  await second.goto(`chrome-extension://${extensionId}/import.html`);
  await importFiles(second, ['eml/invoice-kite.eml']);
  await second.getByTestId('import-owner-confirm').click();
  await expect(second.getByTestId('import-summary-threads')).toHaveText(
    'Invoice conversations imported: 1',
  );
  await first.getByTestId('import-owner-confirm').click();
  await expect(first.getByTestId('import-summary-threads')).toHaveText(
    'Invoice conversations imported: 3000',
    { timeout: 30_000 },
  );
  expect(await spools(first)).toEqual([]);
  expect(errors).toEqual([]);
});
