/**
 * What the customer's reply means, as a person sees it in the Gmail sidebar in real Chromium: a
 * promise with its date, a dispute with what it contests, and the person's own reading of a
 * reply, kept after a reload and shown in the popup.
 */
import { expect as baseExpect, test } from './fixtures';
import { GMAIL_URL } from './gmail-demo';
import { popupWith } from './popup-helpers';

const expect = baseExpect.configure({ timeout: 15_000 });

test.afterEach(({ demo, errors }) => {
  expect(demo.blockedRequests, 'network requests').toEqual([]);
  expect(errors, 'console and page errors').toEqual([]);
});

const sidebar = 'unghost-sidebar';

test('a promise shows its date in words, in view, and no reminder is pressed', async ({
  context,
  demo: _demo,
}) => {
  const page = await context.newPage();
  await page.goto(`${GMAIL_URL}#inbox/18f1a2b3c4d5e613`);
  const status = page.locator(`${sidebar} [data-testid=thread-status]`);
  await expect(status).toHaveAttribute('data-status', 'promised');
  await expect(status).toHaveAttribute('data-reply-kind', 'promise');
  // Six days after the reply, as the customer wrote it.
  const promised = await status.getAttribute('data-promised-date');
  expect(promised).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const meaning = page.locator(`${sidebar} [data-testid=reply-meaning]`);
  await expect(meaning).toBeInViewport();
  await expect(meaning).toContainText('Promised to pay by');
  await expect(page.locator(`${sidebar} [data-testid=stage]`)).toHaveCount(0);
});

test('a dispute is read as one; the person says it is not, and that reading stays', async ({
  context,
  extensionId,
  demo: _demo,
}) => {
  const page = await context.newPage();
  await page.goto(`${GMAIL_URL}#inbox/18f1a2b3c4d5e614`);
  const status = page.locator(`${sidebar} [data-testid=thread-status]`);
  await expect(status).toHaveAttribute('data-status', 'disputed');
  await expect(status).toHaveAttribute('data-stored', 'true');
  const meaning = page.locator(`${sidebar} [data-testid=reply-meaning]`);
  await expect(meaning).toBeInViewport();
  await expect(meaning).toContainText('Disputes the hours');

  const toggle = page.locator(`${sidebar} [data-testid=reply-correct-toggle]`);
  await toggle.scrollIntoViewIfNeeded();
  await expect(toggle).toBeInViewport();
  await toggle.click();
  const notDispute = page.locator(`${sidebar} [data-testid=reply-correct-not-dispute]`);
  await expect(notDispute).toBeInViewport();
  await notDispute.click();
  await expect(status).toHaveAttribute('data-status', 'answered');

  // Stored: a reload reads the reply the person's way, and the popup agrees.
  await page.reload();
  await expect(status).toHaveAttribute('data-status', 'answered');
  await expect(page.locator(`${sidebar} [data-testid=reply-correct-clear]`)).toBeVisible();
  const popup = await popupWith(context, extensionId, 1);
  await expect(
    popup.locator('[data-testid=thread-row][data-thread-id="gmail:18f1a2b3c4d5e614"]'),
  ).toHaveAttribute('data-status', 'answered');
});
