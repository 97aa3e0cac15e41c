/**
 * People, not just pixels: axe finds nothing in the popup and the options page (English, German
 * and French), and a thread can be held by keyboard alone.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/launch-browser';
import { serveDemo } from '../../scripts/demo-routes';
import { expect, test } from './fixtures';
import { popupWith, visit } from './popup-helpers';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const VISITED = ['18f1a2b3c4d5e601', '18f1a2b3c4d5e603', '18f1a2b3c4d5e606', '18f1a2b3c4d5e605'];

async function track(context: BrowserContext) {
  for (const id of VISITED) await (await visit(context, id)).close();
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    type Axe = {
      run: (ctx: unknown) => Promise<{ violations: { id: string; nodes: unknown[] }[] }>;
    };
    const result = await (window as unknown as { axe: Axe }).axe.run(document);
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
}

async function extensionIdOf(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(worker.url()).host;
}

/** The options page's heading in each locale the axe run covers: the page speaks it. */
const OPTIONS_TITLE: Record<string, string> = {
  'en-US': 'Unghost options',
  de: 'Unghost-Einstellungen',
  fr: 'Options d’Unghost',
};

for (const locale of Object.keys(OPTIONS_TITLE)) {
  test(`axe finds no violations in the popup and the options page (${locale})`, async () => {
    const context = await launchBrowser({ headless: true, locale });
    try {
      const demo = await serveDemo(context);
      await track(context);
      const id = await extensionIdOf(context);
      const popup = await popupWith(context, id, VISITED.length);
      expect(await axeViolations(popup)).toEqual([]);
      const options = await context.newPage();
      await options.goto(`chrome-extension://${id}/options.html`);
      await expect(options.getByTestId('rate-tables')).toBeVisible();
      await expect(options.getByRole('heading', { level: 1 })).toHaveText(OPTIONS_TITLE[locale]!);
      expect(await axeViolations(options)).toEqual([]);
      expect(demo.blockedRequests).toEqual([]);
    } finally {
      await context.close();
    }
  });
}

test('keyboard only: Tab to the top silent thread’s hold button and press Enter', async ({
  context,
  extensionId,
  demo,
  errors,
}) => {
  await track(context);
  const popup = await popupWith(context, extensionId, VISITED.length);
  const top = popup.locator('[data-testid=thread-row][data-status=silent]').first();
  const topId = await top.getAttribute('data-thread-id');
  for (
    let i = 0;
    i < 30 &&
    (await popup.evaluate(() => document.activeElement?.getAttribute('data-testid'))) !== 'hold';
    i++
  ) {
    await popup.keyboard.press('Tab');
  }
  const outline = await popup.evaluate(
    () => getComputedStyle(document.activeElement!).outlineStyle,
  );
  expect(outline).not.toBe('none');
  await popup.keyboard.press('Enter');
  await expect(popup.locator(`[data-thread-id="${topId}"]`)).toHaveAttribute(
    'data-status',
    'on_hold',
  );
  expect(demo.blockedRequests).toEqual([]);
  expect(errors).toEqual([]);
});
