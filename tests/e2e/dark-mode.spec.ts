/**
 * Dark mode: the sidebar follows the mail client's theme (the demos' ?theme=dark shows each
 * client's dark theme as the client marks it), falling back to the system's only where the
 * page gives no sign; the popup, options and import pages follow the system. Axe finds nothing,
 * contrast included, in light and dark.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { expect as baseExpect, test } from './fixtures';
import { GMAIL_URL } from './gmail-demo';
import { popupWith, visit } from './popup-helpers';

const expect = baseExpect.configure({ timeout: 15_000 });
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

test.afterEach(({ demo, errors }) => {
  expect(demo.blockedRequests, 'network requests').toEqual([]);
  expect(errors, 'console and page errors').toEqual([]);
});

/** Axe's violations in the page, or inside the sidebar's shadow root only. */
async function axeViolations(page: Page, sidebar = false): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async (inSidebar) => {
    type Axe = {
      run: (ctx: unknown) => Promise<{ violations: { id: string; nodes: unknown[] }[] }>;
    };
    const axe = (window as unknown as { axe: Axe }).axe;
    const result = await axe.run(
      inSidebar ? { include: [{ fromShadowDom: ['unghost-sidebar', 'aside'] }] } : document,
    );
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
  }, sidebar);
}

const sidebarTheme = (page: Page) =>
  page.evaluate(
    () =>
      document
        .querySelector('unghost-sidebar')
        ?.shadowRoot?.querySelector<HTMLElement>('[data-theme]')?.dataset.theme,
  );

async function openMail(
  context: BrowserContext,
  url: string,
  system: 'light' | 'dark',
): Promise<Page> {
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme: system });
  await page.goto(url);
  await expect(page.locator('unghost-sidebar [data-testid=thread-status]')).toHaveAttribute(
    'data-status',
    /.+/,
  );
  return page;
}

const OUTLOOK_ITEM =
  'https://outlook.office.com/mail/inbox/id/AAMkADU0ZTRmYzI1LWQ4MzgtNDg3Ni04Y2Q3LTEwAEYAA1C2';

test.describe('the sidebar follows the mail client, not the system', () => {
  for (const [label, url, system, theme] of [
    ['Gmail light, system dark', `${GMAIL_URL}#inbox/18f1a2b3c4d5e603`, 'dark', 'light'],
    ['Gmail dark, system light', `${GMAIL_URL}?theme=dark#inbox/18f1a2b3c4d5e603`, 'light', 'dark'],
    ['Outlook light, system dark', OUTLOOK_ITEM, 'dark', 'light'],
    ['Outlook dark, system light', `${OUTLOOK_ITEM}?theme=dark`, 'light', 'dark'],
  ] as const) {
    test(`${label}: ${theme}`, async ({ context, demo: _demo }) => {
      const page = await openMail(context, url, system);
      await expect.poll(() => sidebarTheme(page)).toBe(theme);
    });
  }
});

test.describe('axe finds no violations in the dark sidebar', () => {
  for (const [label, url] of [
    [
      'Gmail, a silent conversation with its draft',
      `${GMAIL_URL}?theme=dark#inbox/18f1a2b3c4d5e603`,
    ],
    ['Gmail, a paid conversation', `${GMAIL_URL}?theme=dark#inbox/18f1a2b3c4d5e608`],
    ['Gmail, an answered conversation', `${GMAIL_URL}?theme=dark#inbox/18f1a2b3c4d5e606`],
    ['Outlook, a silent conversation', `${OUTLOOK_ITEM}?theme=dark`],
  ] as const) {
    test(label, async ({ context, demo: _demo }) => {
      const page = await openMail(context, url, 'light');
      await expect.poll(() => sidebarTheme(page)).toBe('dark');
      expect(await axeViolations(page, true)).toEqual([]);
    });
  }
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the popup, options and import pages follow the system (${scheme}); axe finds nothing`, async ({
    context,
    demo: _demo,
    extensionId,
  }) => {
    const visited = [
      '18f1a2b3c4d5e601',
      '18f1a2b3c4d5e603',
      '18f1a2b3c4d5e605',
      '18f1a2b3c4d5e606',
    ];
    for (const id of visited) await (await visit(context, id)).close();
    const popup = await popupWith(context, extensionId, visited.length);
    await popup.emulateMedia({ colorScheme: scheme });
    await expect(popup.locator('html')).toHaveAttribute('data-theme', scheme);
    await expect(popup.getByTestId('ageing-bar').first()).toBeVisible();
    expect(await axeViolations(popup)).toEqual([]);
    // A pressed bar and the filtered list, too.
    await popup.locator('[data-testid=ageing-bar]:not([disabled])').first().click();
    expect(await axeViolations(popup)).toEqual([]);

    for (const [path, ready] of [
      ['options.html', 'rate-tables'],
      ['import.html', 'import-file'],
    ] as const) {
      const page = await context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      await expect(page.getByTestId(ready)).toBeAttached();
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      expect(await axeViolations(page)).toEqual([]);
    }
  });
}
