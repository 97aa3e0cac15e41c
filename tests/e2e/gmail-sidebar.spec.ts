/**
 * The Gmail sidebar in real Chromium on the demo mailbox: right status and stage for every
 * conversation, following Gmail's hash navigation, German words in a German browser, and
 * nothing thrown into the page or sent over the network.
 */
import { expect as baseExpect, test } from './fixtures';
import { GMAIL_URL, gmailConversations, openConversation } from './gmail-demo';
import { visit } from './popup-helpers';

// Six people share two cores: give the browser time, never the assertions slack on what they check.
const expect = baseExpect.configure({ timeout: 15_000 });

test.afterEach(({ demo, errors }) => {
  expect(demo.blockedRequests, 'network requests').toEqual([]);
  expect(errors, 'console and page errors').toEqual([]);
});

for (const c of gmailConversations) {
  test(`${c.label}: the sidebar says ${c.status}${'stage' in c ? `, stage ${c.stage}` : ''}`, async ({
    context,
    demo: _demo,
  }) => {
    const page = await context.newPage();
    await page.goto(`${GMAIL_URL}#inbox/${c.id}`);
    await expect(
      page.locator(`unghost-sidebar [data-testid=thread-status][data-status=${c.status}]`),
    ).toBeVisible();
    const score = Number(
      await page.locator('unghost-sidebar [data-testid=ghost-score]').getAttribute('data-score'),
    );
    if (c.status === 'silent') expect(score).toBeGreaterThan(0);
    else expect(score).toBe(0);
    if ('stage' in c) {
      await expect(page.locator('unghost-sidebar [data-testid=stage]')).toHaveAttribute(
        'data-stage',
        String(c.stage),
      );
      await expect(page.locator('unghost-sidebar [data-testid=stage-picker]')).toHaveValue(
        String(c.stage),
      );
      await expect(page.locator('unghost-sidebar [data-testid=draft-text]')).not.toBeEmpty();
    } else {
      await expect(page.locator('unghost-sidebar [data-testid=stage]')).toHaveCount(0);
    }
  });
}

test('the sidebar follows Gmail navigation: hidden on the inbox, updated on every conversation', async ({
  context,
  demo: _demo,
}) => {
  const page = await context.newPage();
  await page.goto(GMAIL_URL);
  await expect(page.locator('tr.zA').first()).toBeVisible();
  await expect(page.locator('unghost-sidebar [data-testid=thread-status]')).toHaveCount(0);

  await page.locator('tr[data-demo-thread="18f1a2b3c4d5e606"]').click();
  await expect(page.locator('unghost-sidebar [data-testid=thread-status]')).toHaveAttribute(
    'data-status',
    'answered',
  );
  await openConversation(page, '18f1a2b3c4d5e604');
  await expect(page.locator('unghost-sidebar [data-testid=stage]')).toHaveAttribute(
    'data-stage',
    '4',
  );
  await openConversation(page, '18f1a2b3c4d5e601');
  await expect(page.locator('unghost-sidebar [data-testid=stage]')).toHaveAttribute(
    'data-stage',
    '1',
  );
  await expect(page.locator('unghost-sidebar [data-testid=draft-text]')).toHaveValue(
    /INV-2026-052/,
  );

  await page.goBack();
  await expect(page.locator('unghost-sidebar [data-testid=stage]')).toHaveAttribute(
    'data-stage',
    '4',
  );
  await page.getByRole('button', { name: 'Back to Inbox' }).click();
  await expect(page.locator('unghost-sidebar [data-testid=thread-status]')).toHaveCount(0);
  await expect(page.locator('unghost-sidebar')).toBeHidden();
});

test('an unrecognised Gmail layout shows "Can\'t read this conversation" and throws nothing into the page', async ({
  context,
  demo: _demo,
}) => {
  const page = await visit(context, '18f1a2b3c4d5e601');
  // A future Gmail renames the message ids; the change arrives as DOM mutations, like Gmail's.
  // (Either id alone still counts: a reply just sent has only data-message-id.)
  await page.evaluate(() => {
    for (const m of document.querySelectorAll('div.adn')) {
      m.removeAttribute('data-legacy-message-id');
      m.removeAttribute('data-message-id');
      m.parentElement!.replaceChild(m.cloneNode(true), m);
    }
  });
  await expect(page.locator('unghost-sidebar [role=alert]')).toContainText(
    "Can't read this conversation",
  );
  await expect(page.locator('unghost-sidebar [data-testid=thread-status]')).toHaveCount(0);
});

test('Unghost stays out of mail.google.com pages that are not mail (Chat lives at /chat/)', async ({
  context,
  demo: _demo,
}) => {
  const page = await visit(context, '18f1a2b3c4d5e603');
  // The same demo page, served outside /mail/: the conversation renders, Unghost does not.
  await page.goto('https://mail.google.com/chat/u/0/#inbox/18f1a2b3c4d5e603', {
    waitUntil: 'load',
  });
  await expect(page.locator('h2[data-legacy-thread-id]')).toBeVisible();
  // On /mail/ the sidebar is there well within this; here it must never come.
  await page.waitForTimeout(1500);
  await expect(page.locator('unghost-sidebar')).toHaveCount(0);
});

test("the sidebar's styles stay in its shadow root: Gmail's own page gets no rule and no --tw-* property", async ({
  context,
  demo: _demo,
}) => {
  const page = await visit(context, '18f1a2b3c4d5e603');
  const leaks = await page.evaluate(() => ({
    // The page's own stylesheets are demo.css and layouts.css only; a Tailwind @property here
    // would register --tw-* on every element of Gmail (and restyle a page that uses them itself).
    sheets: [...document.styleSheets].filter(
      (s) => !/\/__demo\/(demo|layouts)\.css$/.test(s.href ?? ''),
    ).length,
    property: getComputedStyle(document.body).getPropertyValue('--tw-border-style'),
  }));
  expect(leaks).toEqual({ sheets: 0, property: '' });
  // Inside the shadow root Tailwind's defaults are still there, and the draft box has its border.
  const inside = await page.locator('unghost-sidebar [data-testid=draft-text]').evaluate((el) => ({
    property: getComputedStyle(el).getPropertyValue('--tw-border-style'),
    border: getComputedStyle(el).borderTopStyle,
  }));
  expect(inside).toEqual({ property: 'solid', border: 'solid' });
});
