/**
 * The options page in real Chromium: a changed setting reaches the next draft in Gmail; a backup
 * survives export, "forget everything" and import; a damaged backup changes nothing.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { popupWith, visit } from './popup-helpers';

const SILENT_EN = '18f1a2b3c4d5e601';
const VISITED = ['18f1a2b3c4d5e601', '18f1a2b3c4d5e602', '18f1a2b3c4d5e603', '18f1a2b3c4d5e606'];

test('a signature saved in the options page is in the next draft', async ({
  context,
  demo,
  extensionId,
  errors,
}) => {
  const signature = 'Schmidt Design Studio, Kastanienallee 12, Berlin';
  const before = await visit(context, SILENT_EN);
  await expect(before.locator('unghost-sidebar [data-testid=draft-text]')).not.toHaveValue(
    new RegExp(signature),
  );
  await before.close();

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByTestId('setting-signature').fill(`Anna Schmidt\n${signature}`);
  await options.getByTestId('save-settings').click();
  await expect(options.getByTestId('save-status')).toHaveText(/Saved/);

  const after = await visit(context, SILENT_EN);
  await expect(after.locator('unghost-sidebar [data-testid=draft-text]')).toHaveValue(
    new RegExp(signature),
  );
  expect(demo.blockedRequests).toEqual([]);
  expect(errors).toEqual([]);
});

test('a bad IBAN is refused with a message and nothing is saved', async ({
  context,
  extensionId,
  errors,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByTestId('setting-ownerName').fill('Anna Schmidt');
  await options.getByTestId('setting-iban').fill('DE89 3704 0044 0532 0130 01');
  await options.getByTestId('save-settings').click();
  await expect(options.getByTestId('field-error')).toHaveText(/not a valid IBAN/);
  await options.reload();
  await expect(options.getByTestId('setting-ownerName')).toHaveValue('');
  expect(errors).toEqual([]);
});

test('a backup survives export, "forget everything" and import; a damaged file changes nothing', async ({
  context,
  demo,
  extensionId,
  errors,
}, testInfo) => {
  for (const id of VISITED) await (await visit(context, id)).close();
  const popup = await popupWith(context, extensionId, VISITED.length);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByTestId('setting-ownerName').fill('Anna Schmidt');
  await options.getByTestId('save-settings').click();
  await expect(options.getByTestId('save-status')).toHaveText(/Saved/);

  const [download] = await Promise.all([
    options.waitForEvent('download'),
    options.getByTestId('export-backup').click(),
  ]);
  const file = testInfo.outputPath('backup.json');
  await download.saveAs(file);
  expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({
    format: 'unghost-backup',
    threads: expect.any(Array),
  });

  await options.getByTestId('forget-everything').click();
  await options.getByTestId('confirm-forget').click();
  await expect(options.getByTestId('setting-ownerName')).toHaveValue('');
  await popup.reload();
  await expect(popup.getByTestId('empty-state')).toBeVisible();

  const damaged = testInfo.outputPath('damaged.json');
  const text = await readFile(file, 'utf8');
  await import('node:fs/promises').then((fs) =>
    fs.writeFile(damaged, text.slice(0, text.length / 2)),
  );
  await options.getByTestId('backup-file').setInputFiles(damaged);
  await expect(options.getByTestId('backup-status')).toHaveText(/damaged/);

  await options.getByTestId('backup-file').setInputFiles(file);
  await expect(options.getByTestId('backup-status')).toHaveText(
    `Backup imported: ${VISITED.length} threads.`,
  );
  await expect(options.getByTestId('setting-ownerName')).toHaveValue('Anna Schmidt');
  await popup.reload();
  await expect(popup.locator('[data-testid=thread-row]')).toHaveCount(VISITED.length);
  await expect(popup.locator('[data-testid=thread-row][data-status=silent]')).toHaveCount(3);
  expect(demo.blockedRequests).toEqual([]);
  expect(errors).toEqual([]);
});
