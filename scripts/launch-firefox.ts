/**
 * Launches Firefox (ESR) with the built Firefox add-on installed, driven over WebDriver BiDi by
 * puppeteer-core: Firefox speaks BiDi itself, so no geckodriver is needed, and BiDi both
 * installs the add-on from its folder and intercepts requests (scripts/demo-routes.ts).
 * The Firefox counterpart of scripts/launch-browser.ts; used by `npm run test:firefox`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

export const FIREFOX_ADDON_DIR = resolve(import.meta.dirname, '..', '.output', 'firefox-mv2');

/**
 * The add-on's moz-extension host. Firefox draws a random one per profile; a pref fixes it, so
 * the popup's address is known before the add-on is installed.
 */
const ADDON_UUID = '6c0b6f4e-1f0a-4d7e-9a51-0c2f3e8b7d10';

/**
 * The Firefox binary: `FIREFOX_BIN` (a path, or a name on the PATH), else `firefox-esr`, else
 * `firefox` on the PATH. Puppeteer needs the file itself, not a name.
 */
export function firefoxPath(): string {
  const wanted = process.env.FIREFOX_BIN;
  const names = wanted ? [wanted] : ['firefox-esr', 'firefox'];
  for (const name of names) {
    if (name.includes('/')) {
      if (existsSync(name)) return resolve(name);
      continue;
    }
    for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
      if (existsSync(join(dir, name))) return join(dir, name);
    }
  }
  throw new Error(
    `Firefox not found (${names.join(', ')}): install firefox-esr or set FIREFOX_BIN to its path.`,
  );
}

export interface FirefoxWithAddon {
  browser: Browser;
  /** The add-on's id, as the built manifest fixes it (wxt.config.ts). */
  addonId: string;
  /** `moz-extension://<uuid>/` for the add-on's own pages (popup.html, options.html …). */
  addonOrigin: string;
}

/** Starts Firefox headless and installs the Firefox build (`wxt build -b firefox`) into it. */
export async function launchFirefox(): Promise<FirefoxWithAddon> {
  const manifest = JSON.parse(readFileSync(join(FIREFOX_ADDON_DIR, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${FIREFOX_ADDON_DIR}/manifest.json has no gecko id: build it first.`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    // Without it Firefox refuses a WebDriver navigation to the add-on's own pages (the popup):
    // "not allowed in this context".
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [id]: ADDON_UUID }) },
  });
  // A temporary add-on, as `about:debugging` loads one: from the folder, unsigned.
  const addonId = await browser.installExtension(FIREFOX_ADDON_DIR);
  return { browser, addonId, addonOrigin: `moz-extension://${ADDON_UUID}/` };
}
