import { expect, test } from './fixtures';

test('the extension loads and the demo mailbox is served at the real Gmail origin', async ({ context, demo, extensionId, errors }) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  const page = await context.newPage();
  await page.goto('https://mail.google.com/mail/u/0/');
  await expect(page.locator('h1')).toHaveText('Demo mailbox');
  expect(demo.blockedRequests).toEqual([]);
  expect(errors).toEqual([]);
});
