/**
 * Launches Debian's Chromium with the built extension loaded, the way the end-to-end tests
 * and `npm start` both need it.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const EXTENSION_DIR = resolve(import.meta.dirname, '..', '.output', 'chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface LaunchOptions {
  headless?: boolean;
  /** Browser UI language, e.g. 'de' (drives browser.i18n in the extension). */
  locale?: string;
  /** Load the extension (default true); false gives the same browser without it, for benches. */
  withExtension?: boolean;
  viewport?: { width: number; height: number };
}

export async function launchBrowser(opts: LaunchOptions = {}): Promise<BrowserContext> {
  const { headless = true, locale = 'en-US', withExtension = true } = opts;
  const userDataDir = await mkdtemp(join(tmpdir(), 'unghost-chromium-'));
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--lang=${locale}`,
  ];
  if (withExtension) {
    args.push(`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`);
  }
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless,
    locale,
    args,
    viewport: opts.viewport ?? { width: 1440, height: 900 },
    ignoreDefaultArgs: withExtension ? ['--disable-extensions'] : undefined,
  });
}

/** The id Chromium gave the unpacked extension, read off its service worker. */
export async function extensionId(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(worker.url()).host;
}
