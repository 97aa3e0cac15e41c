/**
 * People, not just pixels: axe finds nothing in the sidebar, it works by keyboard alone with a
 * visible focus, collapsing is remembered across reloads, and a German browser gets German words.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { serveDemo } from '../../scripts/demo-routes';
import { launchBrowser } from '../../scripts/launch-browser';
import { expect as baseExpect, test } from './fixtures';
import { GMAIL_URL } from './gmail-demo';

const expect = baseExpect.configure({ timeout: 15_000 });
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

test.afterEach(({ demo, errors }) => {
  expect(demo.blockedRequests, 'network requests').toEqual([]);
  expect(errors, 'console and page errors').toEqual([]);
});

/** Presses Tab until the focus is on `testId` inside the sidebar; fails after 80 presses. */
async function tabTo(page: Page, testId: string): Promise<void> {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const at = await page.evaluate(() =>
      document
        .querySelector('unghost-sidebar')
        ?.shadowRoot?.activeElement?.getAttribute('data-testid'),
    );
    if (at === testId) return;
  }
  throw new Error(`Tab never reached ${testId}`);
}

const focusOutline = (page: Page) =>
  page.evaluate(() => {
    const el = document.querySelector('unghost-sidebar')!.shadowRoot!.activeElement!;
    const style = getComputedStyle(el);
    return `${style.outlineStyle} ${style.outlineWidth}`;
  });

const axeCases = [
  { label: 'a silent conversation with its draft', id: '18f1a2b3c4d5e603' },
  { label: 'a paid conversation', id: '18f1a2b3c4d5e608' },
];
for (const { label, id } of axeCases)
  test(`axe finds no violations in the sidebar: ${label}`, async ({ context, demo: _demo }) => {
    const page = await context.newPage();
    await page.goto(`${GMAIL_URL}#inbox/${id}`);
    await expect(page.locator('unghost-sidebar [data-testid=thread-status]')).toBeVisible();
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: (ctx: unknown) => Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }>;
          };
        }
      ).axe;
      const result = await axe.run({ include: [{ fromShadowDom: ['unghost-sidebar', 'aside'] }] });
      return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
  });

test('keyboard only: pick a stage, insert, collapse; focus is visible and collapsing is remembered', async ({
  context,
  demo: _demo,
}) => {
  const page = await context.newPage();
  await page.goto(`${GMAIL_URL}#inbox/18f1a2b3c4d5e603`);
  await expect(page.locator('unghost-sidebar [data-testid=stage]')).toHaveAttribute(
    'data-stage',
    '3',
  );

  await tabTo(page, 'stage-picker');
  expect(await focusOutline(page)).toMatch(/^solid [1-9]/);
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('unghost-sidebar [data-testid=stage-picker]')).toHaveValue('2');
  await tabTo(page, 'insert-draft');
  expect(await focusOutline(page)).toMatch(/^solid [1-9]/);
  await page.keyboard.press('Enter');
  await expect(page.locator('[role=main] [g_editable=true]')).toContainText('2026-044');

  await page.locator('unghost-sidebar [data-testid=sidebar-toggle]').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('unghost-sidebar aside')).toHaveAttribute('data-collapsed', 'true');
  await expect(page.locator('unghost-sidebar [data-testid=thread-status]')).toHaveCount(0);
  await page.reload();
  await expect(page.locator('unghost-sidebar aside')).toHaveAttribute('data-collapsed', 'true');
  await tabTo(page, 'sidebar-toggle');
  await page.keyboard.press('Enter');
  await expect(page.locator('unghost-sidebar [data-testid=thread-status]')).toHaveAttribute(
    'data-status',
    'silent',
  );
});

test('a German browser gets the sidebar in German', async () => {
  // Chromium ships a 'de' locale, not 'de-DE': --lang=de-DE would fall back to English.
  const context = await launchBrowser({ locale: 'de' });
  try {
    const demo = await serveDemo(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${GMAIL_URL}#inbox/18f1a2b3c4d5e601`);
    // The customer's first message is collapsed: the best reading, marked as such.
    await expect(page.locator('unghost-sidebar [data-testid=thread-status]')).toHaveText(
      'Funkstille (vorläufig)',
    );
    await expect(page.locator('unghost-sidebar [data-testid=insert-draft]')).toHaveText(
      'In Antwort einfügen',
    );
    await expect(page.locator('unghost-sidebar [data-testid=stage]')).toContainText('Stufe 1');
    // The draft follows the thread's language (English), not the browser's.
    await expect(page.locator('unghost-sidebar [data-testid=draft-text]')).toHaveValue(
      /INV-2026-052/,
    );
    expect(demo.blockedRequests).toEqual([]);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});
