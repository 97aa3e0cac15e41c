/**
 * The Outlook sidebar end to end: real Chromium with the built extension, the demo Outlook
 * mailbox served at outlook.office.com (English UI, work account), outlook.live.com (German UI,
 * personal account) and outlook.cloud.microsoft, every outside request blocked. The demo opens
 * conversations as Outlook does: the newest message expanded, older ones collapsed to their
 * preview line, and all but the newest three folded in conversations of five or more.
 */
import type { Page } from 'playwright-core';
import { expect, test } from './fixtures';
import { outlookConversations as CONVERSATIONS } from './outlook-demo';

const ORIGINS = [
  ['outlook.office.com (English UI)', 'https://outlook.office.com/mail/'],
  ['outlook.live.com (German UI)', 'https://outlook.live.com/mail/0/'],
] as const;

const sidebar = (page: Page) => page.locator('unghost-sidebar');
const status = (page: Page) => sidebar(page).getByTestId('thread-status');
/**
 * The first sidebar waits for the service worker's first answer; on a machine shared with
 * parallel builds that can exceed the default 5 s.
 */
const FIRST_SIDEBAR = { timeout: 20_000 };

/** Opens the mailbox and waits for the content script to mount the sidebar. */
async function openMailbox(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await sidebar(page).waitFor({ state: 'attached', ...FIRST_SIDEBAR });
}

async function openConversation(page: Page, subject: string): Promise<void> {
  await page.locator('[role=option][data-convid]', { hasText: subject }).click();
  await expect(page.locator('[role=heading][title]')).toHaveAttribute(
    'title',
    new RegExp(`^${subject.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
  );
}

for (const [where, url] of ORIGINS) {
  test.describe(where, () => {
    test('every demo conversation gets the right status, stage and ghost score', async ({
      context,
      demo,
      errors,
    }) => {
      const page = await context.newPage();
      await openMailbox(page, url);
      for (const [label, subject, expected, stage] of CONVERSATIONS) {
        await test.step(label, async () => {
          await openConversation(page, subject);
          await expect(page).toHaveURL(/\/mail\/(0\/)?inbox\/id\/[^/]+$/);
          await expect(status(page)).toHaveAttribute('data-status', expected, FIRST_SIDEBAR);
          const score = Number(
            await sidebar(page).getByTestId('ghost-score').getAttribute('data-score'),
          );
          if (expected === 'silent') {
            expect(score).toBeGreaterThan(0);
            await expect(sidebar(page).getByTestId('stage')).toHaveAttribute(
              'data-stage',
              String(stage),
            );
          } else {
            expect(score).toBe(0);
          }
        });
      }
      expect(demo.blockedRequests).toEqual([]);
      expect(errors).toEqual([]);
    });

    test('pushState navigation, back and forward update the sidebar', async ({
      context,
      demo,
      errors,
    }) => {
      const page = await context.newPage();
      await openMailbox(page, url);
      await openConversation(page, 'Rechnung RE-2026-027');
      await expect(status(page)).toHaveAttribute('data-status', 'paid', FIRST_SIDEBAR);
      await openConversation(page, 'Invoice INV-2026-039');
      await expect(status(page)).toHaveAttribute('data-status', 'answered');
      await page.goBack();
      await expect(status(page)).toHaveAttribute('data-status', 'paid');
      await page.goForward();
      await expect(status(page)).toHaveAttribute('data-status', 'answered');
      // A reload on a conversation URL reads the same conversation again.
      await page.reload();
      await expect(status(page)).toHaveAttribute('data-status', 'answered');
      expect(demo.blockedRequests).toEqual([]);
      expect(errors).toEqual([]);
    });

    test("Insert opens Outlook's reply editor and the draft survives blur and re-render; nothing is sent", async ({
      context,
      demo,
      errors,
    }) => {
      const page = await context.newPage();
      await openMailbox(page, url);
      await openConversation(page, 'Invoice INV-2026-042');
      await expect(status(page)).toHaveAttribute('data-status', 'silent', FIRST_SIDEBAR);
      const draft = (await sidebar(page).getByTestId('draft-text').inputValue()).trim();
      expect(draft).toContain('INV-2026-042');
      await sidebar(page).getByTestId('insert-draft').click();

      const editor = page.locator(
        '[data-app-section=MailReadCompose] [role=textbox][contenteditable=true]',
      );
      await expect(editor).toHaveCount(1);
      // The draft's longest line: short ones ("Hi Jane,") also occur in the quoted original.
      const longest = draft
        .split('\n')
        .reduce((a, b) => (b.length > a.length ? b : a))
        .trim();
      await expect(editor).toContainText(longest);
      // Blur: the editor re-renders from its own model, which only input events fill.
      await page.locator('[role=heading][title]').click();
      await expect(editor).not.toBeFocused();
      await expect(editor).toContainText(longest);
      // Above Outlook's quoted history (#appendonsend, then #divRplyFwdMsg), where the person writes.
      const above = await editor.evaluate((node) => {
        let text = '';
        for (const child of Array.from(node.childNodes)) {
          if (child instanceof Element && child.id === 'appendonsend') break;
          text += ` ${child.textContent ?? ''}`;
        }
        return text.replace(/\s+/g, ' ');
      });
      expect(above).toContain(longest.replace(/\s+/g, ' '));
      const model = await page.evaluate(() =>
        (
          window as unknown as { __outlookDemo: { editor: { model(): string[] } } }
        ).__outlookDemo.editor
          .model()
          .join('\n'),
      );
      for (const line of draft.split('\n').filter((l) => l.trim()))
        expect(model).toContain(line.trim());
      // Reply-all of the newest message: the customer and the accounts address in copy.
      await expect(page.locator('.compose [data-testid=RecipientWell]').first()).toContainText(
        'Jane Doe',
      );
      expect(
        await page.evaluate(
          () => (window as unknown as { __outlookDemo: { sent: number } }).__outlookDemo.sent,
        ),
      ).toBe(0);
      expect(demo.blockedRequests).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
}

test('outlook.cloud.microsoft: the sidebar appears beside the conversation with its status', async ({
  context,
  demo,
  errors,
}) => {
  const page = await context.newPage();
  await openMailbox(page, 'https://outlook.cloud.microsoft/mail/');
  for (const [subject, expected] of [
    ['Invoice INV-2026-039', 'answered'],
    ['Invoice INV-2026-051', 'waiting'],
  ] as const) {
    await openConversation(page, subject);
    await expect(page).toHaveURL(/^https:\/\/outlook\.cloud\.microsoft\/mail\/inbox\/id\/[^/]+$/);
    await expect(status(page)).toHaveAttribute('data-status', expected, FIRST_SIDEBAR);
    await expect(sidebar(page)).toBeVisible();
  }
  expect(demo.blockedRequests).toEqual([]);
  expect(errors).toEqual([]);
});

test.describe('the demo shows conversations as Outlook does', () => {
  const items = (page: Page) =>
    page.locator('[data-app-section=ConversationContainer] [aria-expanded]');

  test("newest expanded, older items collapsed to their preview line, older ones folded; Outlook's own controls open them", async ({
    context,
    demo,
    errors,
  }) => {
    const page = await context.newPage();
    await openMailbox(page, 'https://outlook.office.com/mail/');
    await openConversation(page, 'Invoice INV-2026-036');
    await expect(items(page)).toHaveCount(3);
    await expect(items(page).first()).toHaveAttribute('aria-expanded', 'true');
    await expect(
      page.locator('[data-app-section=ConversationContainer] [aria-expanded=false]'),
    ).toHaveCount(2);
    await expect(page.locator('[aria-expanded=false]').last()).toContainText(
      'a quick reminder that invoice INV-2026-036',
    );
    const fold = page.getByRole('button', { name: 'See 2 more messages' });
    await fold.click();
    await expect(items(page)).toHaveCount(5);
    await expect(
      page.locator('[data-app-section=ConversationContainer] [aria-expanded=false]'),
    ).toHaveCount(4);
    await expect(status(page)).toHaveAttribute('data-status', 'silent', FIRST_SIDEBAR);
    expect(demo.blockedRequests).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('"Read all messages" reads every folded and collapsed item through Outlook\'s controls, puts the view back, and the next visit reads whole', async ({
    context,
    demo,
    errors,
  }) => {
    const page = await context.newPage();
    await openMailbox(page, 'https://outlook.office.com/mail/');
    await openConversation(page, 'Invoice INV-2026-036');
    await expect(status(page)).toHaveAttribute('data-complete', 'false', FIRST_SIDEBAR);
    const collapsed = page.locator(
      '[data-app-section=ConversationContainer] [aria-expanded=false]',
    );
    const before = await collapsed.count();
    await sidebar(page).getByTestId('read-all').click();
    await expect(status(page)).toHaveAttribute('data-complete', 'true');
    await expect(sidebar(page).getByTestId('stage')).toHaveAttribute('data-stage', '4');
    // The view as it was: what was collapsed is collapsed again.
    await expect(collapsed).toHaveCount(before + 2); // the folded items come back collapsed
    await expect(sidebar(page).getByTestId('read-all')).toHaveCount(0);
    await expect(status(page)).toHaveAttribute('data-stored', 'true');
    await page.close();

    // The next visit reads it whole from memory, its messages still folded and collapsed.
    const later = await context.newPage();
    await openMailbox(later, 'https://outlook.office.com/mail/');
    await openConversation(later, 'Invoice INV-2026-036');
    await expect(later.getByRole('button', { name: 'See 2 more messages' })).toBeVisible();
    await expect(status(later)).toHaveAttribute('data-complete', 'true', FIRST_SIDEBAR);
    await expect(sidebar(later).getByTestId('stage')).toHaveAttribute('data-stage', '4');
    await expect(sidebar(later).getByTestId('partial-reading')).toHaveCount(0);
    expect(demo.blockedRequests).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('a reply the person sends joins the conversation as its newest message, as in Outlook', async ({
    context,
    demo,
    errors,
  }) => {
    const page = await context.newPage();
    await openMailbox(page, 'https://outlook.office.com/mail/');
    await openConversation(page, 'Invoice INV-2026-039');
    await expect(items(page)).toHaveCount(2);
    await page.getByRole('menuitem', { name: 'Reply', exact: true }).first().click();
    const editor = page.locator('.compose [role=textbox]');
    await expect(editor).toBeFocused(); // Outlook focuses it, the caret above the quoted original
    await page.keyboard.type('Hi Daniel, here is the invoice again with PO-7731.');
    await page.locator('.compose [data-testid=ComposeSendButton]').click();
    await expect(page.locator('.compose')).toHaveCount(0);
    await expect(items(page)).toHaveCount(3);
    await expect(items(page).first()).toHaveAttribute('aria-expanded', 'true');
    await expect(items(page).first()).toContainText('here is the invoice again with PO-7731');
    await expect(items(page).first()).not.toContainText('could you resend the invoice'); // the quote is not sent into the body
    expect(
      await page.evaluate(
        () => (window as unknown as { __outlookDemo: { sent: number } }).__outlookDemo.sent,
      ),
    ).toBe(1);
    expect(demo.blockedRequests).toEqual([]);
    expect(errors).toEqual([]);
  });
});
