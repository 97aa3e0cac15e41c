/**
 * "Insert into reply" on the demo mailbox: the draft lands in Gmail's own reply editor as typed
 * text (the demo's autosave, which listens to `input` events only, saves it), the stage picker
 * and the person's edits decide the text, and nothing is ever sent.
 */
import type { Page } from 'playwright-core';
import { expect as baseExpect, test } from './fixtures';
import { GMAIL_URL } from './gmail-demo';

const expect = baseExpect.configure({ timeout: 15_000 });

test.afterEach(({ demo, errors }) => {
  expect(demo.blockedRequests, 'network requests').toEqual([]);
  expect(errors, 'console and page errors').toEqual([]);
});

const sidebar = (page: Page, testId: string) =>
  page.locator(`unghost-sidebar [data-testid=${testId}]`);
const editor = (page: Page) =>
  page.locator('[role=main] [g_editable=true][role=textbox][contenteditable=true]');
const savedDraft = (page: Page, id: string) =>
  page.evaluate(
    (threadId) =>
      (window as unknown as { demoDrafts: Record<string, string> }).demoDrafts[threadId] ?? '',
    id,
  );

const insertCases = [
  { label: "no reply editor open yet: Insert opens Gmail's reply first", openFirst: false },
  { label: 'the reply editor already open: Insert fills it', openFirst: true },
];
for (const { label, openFirst } of insertCases)
  test(`${label}, and Gmail's draft autosave sees the text`, async ({ context, demo: _demo }) => {
    const page = await context.newPage();
    await page.goto(`${GMAIL_URL}#inbox/18f1a2b3c4d5e602`);
    await expect(sidebar(page, 'stage')).toHaveAttribute('data-stage', '2');
    if (openFirst) await page.locator('.amn span.ams.bkH').click();
    const draft = await sidebar(page, 'draft-text').inputValue();
    expect(draft).toContain('RE-2026-031');

    await sidebar(page, 'insert-draft').click();
    await expect(editor(page)).toContainText('Sehr geehrter Herr Becker');
    await expect(editor(page)).toContainText('RE-2026-031');
    await expect(page.locator('.aOy')).toHaveText('Draft saved');
    const saved = await savedDraft(page, '18f1a2b3c4d5e602');
    expect(saved.replace(/\s+/g, ' ').trim()).toBe(draft.replace(/\s+/g, ' ').trim());
    await expect(page.locator('unghost-sidebar [role=status]')).toContainText('send it yourself');
    await expect(page.locator('#demo-toast')).not.toHaveClass(/demo-show/); // Send was never pressed
  });

test("the picked stage and the person's edits are what gets inserted", async ({
  context,
  demo: _demo,
}) => {
  const page = await context.newPage();
  await page.goto(`${GMAIL_URL}#inbox/18f1a2b3c4d5e601`);
  await expect(sidebar(page, 'stage')).toHaveAttribute('data-stage', '1');
  const checkIn = await sidebar(page, 'draft-text').inputValue();

  await sidebar(page, 'stage-picker').selectOption('4');
  await expect(sidebar(page, 'draft-text')).not.toHaveValue(checkIn);
  await expect(sidebar(page, 'stage')).toHaveAttribute('data-stage', '1'); // the suggestion stays
  const finalNotice = await sidebar(page, 'draft-text').inputValue();
  expect(finalNotice).toMatch(/collection|lawyer|solicitor/i);

  await sidebar(page, 'draft-text').fill(`P.S. from Anna\n${finalNotice}`);
  await sidebar(page, 'insert-draft').click();
  await expect(editor(page)).toContainText('P.S. from Anna');
  await expect(page.locator('.aOy')).toHaveText('Draft saved');
  expect(await savedDraft(page, '18f1a2b3c4d5e601')).toContain('P.S. from Anna');
});
