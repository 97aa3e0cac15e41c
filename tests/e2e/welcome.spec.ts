/**
 * The first run: installing Unghost opens its welcome page, which a person can use by keyboard
 * and a screen reader alike (axe finds nothing, light and dark), and which starts the sweep.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect, test } from './fixtures';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

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

test('installing opens the welcome page once; axe finds nothing in light and dark; it is usable by keyboard', async ({
  context,
  extensionId,
}) => {
  // The browser was started with the extension just installed: its welcome page opened.
  await expect
    .poll(() => context.pages().filter((p) => p.url().endsWith('/welcome.html')).length)
    .toBe(1);
  const page = context.pages().find((p) => p.url().endsWith('/welcome.html'))!;
  expect(page.url()).toBe(`chrome-extension://${extensionId}/welcome.html`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome to Unghost');
  await expect(page.getByText('It never sends anything. Only you send.')).toBeVisible();
  await expect(page.getByTestId('sweep-start')).toBeVisible();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    expect(await axeViolations(page), scheme).toEqual([]);
  }
  // By keyboard alone: Tab reaches "Find them", and each stop shows where the focus is.
  await page.locator('body').focus();
  let reached = false;
  for (let i = 0; i < 60 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(
      () => document.activeElement?.getAttribute('data-testid') === 'sweep-start',
    );
  }
  expect(reached).toBe(true);
  await expect(page.getByTestId('sweep-start')).toBeFocused();
});
