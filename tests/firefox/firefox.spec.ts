/**
 * The core paths end to end in Firefox ESR with the built Firefox add-on: the sidebar on the
 * Gmail and Outlook demos with the right status, in view; a draft put into the reply editor;
 * the popup ranking the silent threads. Firefox is driven over WebDriver BiDi by puppeteer-core
 * (it installs the add-on and intercepts requests, so the demos are served at the real origins
 * from the same table as the Chromium tests: scripts/demo-routes.ts). Run by `npm run
 * test:firefox` (node's own test runner); FIREFOX_BIN names the browser (default firefox-esr).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { answerDemoRequest } from '../../scripts/demo-routes';

const ROOT = resolve(import.meta.dirname, '..', '..');
const ADDON = resolve(ROOT, '.output', 'firefox-mv2');
const ADDON_ID = 'unghost@unghost.invalid';
/** The add-on's moz-extension host, fixed by a pref so the popup's address is known. */
const UUID = '6c0b6f4e-1f0a-4d7e-9a51-0c2f3e8b7d10';
const GMAIL = 'https://mail.google.com/mail/u/0/';
const OUTLOOK = 'https://outlook.office.com/mail/';
/** Outlook demo item ids (demo/outlook/app.js): conversation index, then its key. */
const outlookItem = (index: number) =>
  `${OUTLOOK}inbox/id/AAMkADU0ZTRmYzI1LWQ4MzgtNDg3Ni04Y2Q3LTEwAEYAA${index}C${index + 1}`;
const SIDEBAR = 'unghost-sidebar >>> ';

let browser: Browser;
const blocked: string[] = [];
const errors: string[] = [];

/** Firefox's own path: FIREFOX_BIN, else firefox-esr (or firefox) on the PATH. */
function firefoxPath(): string {
  if (process.env.FIREFOX_BIN) return process.env.FIREFOX_BIN;
  for (const name of ['firefox-esr', 'firefox']) {
    try {
      return execFileSync('which', [name], { encoding: 'utf8' }).trim();
    } catch {
      // try the next name
    }
  }
  throw new Error('Firefox not found: install firefox-esr or set FIREFOX_BIN.');
}

/** A new tab serving the demos at the real origins; any other request is blocked and recorded. */
async function newPage(): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1440, height: 900 });
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${String(error)}`));
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    void answerDemoRequest(request.url()).then((answer) => {
      if (answer.kind === 'pass') return request.continue();
      if (answer.kind === 'block') {
        blocked.push(request.url());
        return request.abort();
      }
      return request.respond({
        status: answer.status,
        body: answer.body,
        contentType: answer.kind === 'file' ? answer.contentType : 'text/plain',
      });
    });
  });
  return page;
}

/** Whether the element's box lies within the viewport, as a person would see it. */
async function inViewport(page: Page, element: ElementHandle): Promise<boolean> {
  const box = await element.boundingBox();
  const view = page.viewport()!;
  return (
    box !== null &&
    box.width > 0 &&
    box.height > 0 &&
    box.x >= 0 &&
    box.y >= 0 &&
    box.x + box.width <= view.width + 1 &&
    box.y + box.height <= view.height + 1
  );
}

/** The sidebar's status once it has read and stored the conversation. */
async function storedStatus(page: Page): Promise<{ status: string; score: number }> {
  const status = await page.waitForSelector(
    `${SIDEBAR}[data-testid=thread-status][data-stored=true]`,
    { timeout: 20_000 },
  );
  assert.ok(status, 'the sidebar shows a status');
  if (!(await inViewport(page, status))) {
    await page.screenshot({ path: resolve(ROOT, 'test-results', 'firefox-not-in-view.png') });
    assert.fail(
      `the status is in view (${JSON.stringify(await status.boundingBox())} in ${JSON.stringify(page.viewport())})`,
    );
  }
  const score = await page.$eval(`${SIDEBAR}[data-testid=ghost-score]`, (e) =>
    Number(e.getAttribute('data-score')),
  );
  return { status: (await status.evaluate((e) => e.getAttribute('data-status')))!, score };
}

before(async () => {
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    // Firefox 153 lets WebDriver open extension pages (the popup) only with system access.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
    },
  });
  assert.equal(await browser.installExtension(ADDON), ADDON_ID);
});

after(async () => {
  await browser?.close();
  assert.deepEqual(blocked, [], 'no request left the machine');
  assert.deepEqual(errors, [], 'nothing was thrown into the pages');
});

describe('Unghost in Firefox ESR', () => {
  const scores = new Map<string, number>();

  test('Gmail: every kind of conversation gets its status beside it, in view', async () => {
    for (const [id, expected] of [
      ['18f1a2b3c4d5e601', 'silent'],
      ['18f1a2b3c4d5e603', 'silent'],
      ['18f1a2b3c4d5e604', 'silent'],
      ['18f1a2b3c4d5e606', 'answered'],
      ['18f1a2b3c4d5e608', 'paid'],
    ] as const) {
      // A fresh tab each, so no status of the conversation before can stand in for this one.
      const page = await newPage();
      await page.goto(`${GMAIL}#inbox/${id}`);
      const { status, score } = await storedStatus(page);
      assert.equal(status, expected, id);
      if (status === 'silent') scores.set(`gmail:${id}`, score);
      await page.close();
    }
  });

  test('Outlook: the sidebar docks beside the conversation with its status', async () => {
    for (const [index, expected] of [
      [0, 'silent'],
      [5, 'paid'],
      [6, 'answered'],
    ] as const) {
      const page = await newPage();
      await page.goto(outlookItem(index));
      assert.equal((await storedStatus(page)).status, expected, `Outlook conversation ${index}`);
      await page.close();
    }
  });

  test('Gmail: Insert puts the draft into Gmail’s own reply editor, and nothing is sent', async () => {
    const page = await newPage();
    await page.goto(`${GMAIL}#inbox/18f1a2b3c4d5e603`);
    await storedStatus(page);
    const draft = await page.$eval(`${SIDEBAR}[data-testid=draft-text]`, (e) =>
      ((e as HTMLTextAreaElement).value ?? e.textContent ?? '').trim(),
    );
    assert.ok(draft.length > 100, 'the sidebar shows a draft');
    await page.click(`${SIDEBAR}[data-testid=insert-draft]`);
    const editor = await page.waitForSelector('[g_editable="true"][role="textbox"]');
    await page.waitForFunction(
      (el) => (el as HTMLElement).innerText.includes('Please pay'),
      { timeout: 10_000 },
      editor,
    );
    const typed = await editor!.evaluate((e) => (e as HTMLElement).innerText);
    assert.ok(typed.includes(draft.split('\n')[0]!), 'the editor holds the draft');
    assert.ok(await inViewport(page, editor!), 'the editor is in view');
    await page.close();
  });

  test('the popup ranks the silent threads, the highest ghost score first', async () => {
    const page = await newPage();
    // Firefox never reports an extension page's navigation as finished over BiDi: go, and wait
    // for what the person sees instead.
    void page.goto(`moz-extension://${UUID}/popup.html`, { timeout: 5_000 }).catch(() => undefined);
    await page.waitForSelector('[data-testid=thread-list][aria-busy=false]', { timeout: 20_000 });
    const rows = await page.$$eval('[data-testid=thread-row][data-status=silent]', (els) =>
      els.map((e) => [e.getAttribute('data-thread-id'), Number(e.getAttribute('data-score'))]),
    );
    const expected = [...scores].sort((a, b) => b[1] - a[1]).map(([id]) => id);
    const silentGmail = rows.filter(([id]) => String(id).startsWith('gmail:')).map(([id]) => id);
    assert.deepEqual(silentGmail, expected);
    const first = await page.$('[data-testid=thread-row]');
    assert.ok(first && (await inViewport(page, first)), 'the top row is in view');
    await page.close();
  });
});
