/**
 * Playwright fixtures: a Chromium context with the built extension, the demo mailboxes served
 * at the real mail origins, every outside request blocked and recorded, and every error the
 * extension logs collected. Tests assert both lists stay empty.
 */
import { test as base, expect } from '@playwright/test';
import type { BrowserContext } from 'playwright-core';
import { serveDemo, type DemoServer } from '../../scripts/demo-routes';
import { extensionId, launchBrowser } from '../../scripts/launch-browser';

interface Fixtures {
  context: BrowserContext;
  demo: DemoServer;
  extensionId: string;
  /** Console errors and uncaught page errors seen in any page or the service worker. */
  errors: string[];
}

export const test = base.extend<Fixtures>({
  errors: async ({}, use) => {
    await use([]);
  },
  context: async ({ errors }, use) => {
    const context = await launchBrowser({ headless: true });
    const watch = (page: import('playwright-core').Page) => {
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(`${page.url()}: ${msg.text()}`);
      });
      page.on('pageerror', (err) => errors.push(`${page.url()}: ${err.message}`));
    };
    context.pages().forEach(watch);
    context.on('page', watch);
    await use(context as BrowserContext);
    await context.close();
  },
  demo: async ({ context }, use) => {
    await use(await serveDemo(context));
  },
  extensionId: async ({ context }, use) => {
    await use(await extensionId(context));
  },
});

export { expect };
