/**
 * The core paths end to end in Firefox ESR with the built Firefox add-on: the sidebar beside
 * every demo conversation in Gmail and Outlook with the right status, in view; a draft put into
 * each client's own reply editor and never sent; the popup ranking the silent threads. Firefox
 * is driven over WebDriver BiDi by puppeteer-core (scripts/launch-firefox.ts), the demos served
 * at the real origins from the same table as the Chromium tests (scripts/demo-routes.ts).
 * Run by `npm run test:firefox` (node's own test runner); FIREFOX_BIN names the browser.
 *
 * Waits inside the sidebar ask for a *visible* element: puppeteer then re-checks every frame.
 * Its default re-checks on DOM mutations of the document, which never sees a change inside the
 * sidebar's shadow root, so a status that arrives after the first check would be waited for
 * forever.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import { TimeoutError, type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { serveDemoInTab, type DemoServer } from '../../scripts/demo-routes';
import { launchFirefox } from '../../scripts/launch-firefox';
import { GMAIL_URL, gmailConversations } from '../e2e/gmail-demo';
import { outlookConversations } from '../e2e/outlook-demo';

const OUTLOOK_URL = 'https://outlook.office.com/mail/';
const VIEWPORT = { width: 1440, height: 900 };
/** The first sidebar waits for the add-on's background to start; later ones take well under 1 s. */
const WAIT = { timeout: 20_000 };
const inSidebar = (selector: string) => `unghost-sidebar >>> ${selector}`;

let browser: Browser;
let addonOrigin: string;
const demo: DemoServer = { blockedRequests: [] };
/** Console errors and uncaught errors in any tab: the demo pages' and the add-on's own. */
const errors: string[] = [];
/** Silent Gmail conversations the sidebar has shown and stored, and the ghost score it showed. */
const silentScores = new Map<string, number>();

before(async () => {
  ({ browser, addonOrigin } = await launchFirefox());
});

after(async () => {
  await browser?.close();
});

afterEach(() => {
  assert.deepEqual(demo.blockedRequests.splice(0), [], 'no request left the machine');
  assert.deepEqual(errors.splice(0), [], 'no error in any page');
});

/** A new tab serving the demos at the real origins, its errors collected. */
async function newTab(): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport(VIEWPORT);
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${String(error)}`));
  await serveDemoInTab(page, demo);
  return page;
}

/**
 * Waits for `selector` and checks its box lies in the viewport, where a person sees it. With
 * `scroll`, the element is scrolled into view first, as a person scrolls the sidebar to reach it.
 */
async function seen(page: Page, selector: string, scroll = false): Promise<ElementHandle> {
  // A re-render may replace the element between the wait and the measuring: find it again.
  for (let attempt = 1; ; attempt++) {
    const element = await page.waitForSelector(selector, { visible: true, ...WAIT });
    assert.ok(element, selector);
    if (scroll) await element.scrollIntoView();
    const box = await element.boundingBox();
    if (box === null && attempt < 3) continue;
    const inView =
      box !== null &&
      box.width > 0 &&
      box.height > 0 &&
      box.x >= 0 &&
      box.y >= 0 &&
      box.x + box.width <= VIEWPORT.width + 1 &&
      box.y + box.height <= VIEWPORT.height + 1;
    assert.ok(inView, `${selector} in view: ${JSON.stringify(box)} in ${JSON.stringify(VIEWPORT)}`);
    return element;
  }
}

/**
 * Waits until the sidebar shows `status` (and `stage`) in view for a conversation the
 * background has stored, and returns its ghost score.
 */
async function sidebarSays(page: Page, status: string, stage?: number): Promise<number> {
  await seen(
    page,
    inSidebar(`[data-testid=thread-status][data-status=${status}][data-stored=true]`),
  );
  if (stage !== undefined)
    await seen(page, inSidebar(`[data-testid=stage][data-stage="${stage}"]`));
  else assert.equal(await page.$(inSidebar('[data-testid=stage]')), null, 'no stage suggested');
  const score = await page.$eval(inSidebar('[data-testid=ghost-score]'), (e) =>
    Number(e.getAttribute('data-score')),
  );
  if (status === 'silent') assert.ok(score > 0, `a silent thread's ghost score (${score})`);
  else assert.equal(score, 0, 'ghost score');
  return score;
}

/** Opens a Gmail conversation in a fresh tab: no earlier conversation's sidebar can stand in. */
async function openGmail(id: string): Promise<Page> {
  const page = await newTab();
  await page.goto(`${GMAIL_URL}#inbox/${id}`);
  return page;
}

/** Clicks an Outlook conversation in the message list and waits until it is open. */
async function openOutlook(page: Page, subject: string): Promise<void> {
  for (const row of await page.$$('[role=option][data-convid]')) {
    if (!(await row.evaluate((e) => e.textContent ?? '')).includes(subject)) continue;
    await row.click();
    await page.waitForFunction(
      (start) =>
        document.querySelector('[role=heading][title]')?.getAttribute('title')?.startsWith(start),
      WAIT,
      subject,
    );
    return;
  }
  assert.fail(`no conversation "${subject}" in the Outlook demo`);
}

/** The text of the draft the sidebar shows, and its longest line (short ones recur in quotes). */
async function sidebarDraft(page: Page): Promise<{ draft: string; longest: string }> {
  const draft = (
    await page.$eval(inSidebar('[data-testid=draft-text]'), (e) => (e as HTMLTextAreaElement).value)
  ).trim();
  const longest = draft
    .split('\n')
    .reduce((a, b) => (b.length > a.length ? b : a))
    .trim();
  assert.ok(longest.length > 20, `the sidebar shows a draft: ${draft}`);
  return { draft, longest };
}

/** Waits until the editor holds `text` and checks the editor is in view. */
async function editorHolds(page: Page, editor: string, text: string): Promise<void> {
  // No helper functions inside: the page runs the function's source as written.
  await page.waitForFunction(
    (selector, wanted) =>
      (document.querySelector(selector)?.textContent ?? '')
        .replace(/\s+/g, ' ')
        .includes(wanted.replace(/\s+/g, ' ')),
    WAIT,
    editor,
    text,
  );
  await seen(page, editor);
}

describe('Unghost in Firefox ESR', () => {
  describe('Gmail: the sidebar beside the conversation, in view, says', () => {
    for (const c of gmailConversations) {
      const stage = 'stage' in c ? c.stage : undefined;
      test(`${c.status}${stage ? `, stage ${stage}` : ''}: ${c.label}`, async () => {
        const page = await openGmail(c.id);
        const score = await sidebarSays(page, c.status, stage);
        if (c.status === 'silent') silentScores.set(`gmail:${c.id}`, score);
        await page.close();
      });
    }
  });

  test('Outlook: the sidebar follows the conversations opened from the list, in view', async (t) => {
    const page = await newTab();
    await page.goto(OUTLOOK_URL);
    for (const [label, subject, status, stage] of outlookConversations) {
      await t.test(`${status}${stage ? `, stage ${stage}` : ''}: ${label}`, async () => {
        await openOutlook(page, subject);
        await sidebarSays(page, status, stage);
      });
    }
    await page.close();
  });

  test("Gmail: Insert puts the draft into Gmail's own reply editor, autosaved, never sent", async () => {
    const page = await openGmail('18f1a2b3c4d5e602');
    await sidebarSays(page, 'silent', 2);
    const { longest } = await sidebarDraft(page);
    await (await seen(page, inSidebar('[data-testid=insert-draft]'), true)).click();
    await editorHolds(
      page,
      '[role=main] [g_editable=true][role=textbox][contenteditable=true]',
      longest,
    );
    await page.waitForFunction(
      () => document.querySelector('.aOy')?.textContent === 'Draft saved',
      WAIT,
    );
    await seen(page, inSidebar('[role=status]'));
    assert.equal(await page.$('#demo-toast.demo-show'), null, 'Send was never pressed');
    await page.close();
  });

  test("Outlook: Insert puts the draft into Outlook's own reply editor, never sent", async () => {
    const page = await newTab();
    await page.goto(OUTLOOK_URL);
    await openOutlook(page, 'Invoice INV-2026-042');
    await sidebarSays(page, 'silent', 2);
    const { longest } = await sidebarDraft(page);
    await (await seen(page, inSidebar('[data-testid=insert-draft]'), true)).click();
    await editorHolds(
      page,
      '[data-app-section=MailReadCompose] [role=textbox][contenteditable=true]',
      longest,
    );
    const sent = await page.evaluate(
      () => (window as unknown as { __outlookDemo: { sent: number } }).__outlookDemo.sent,
    );
    assert.equal(sent, 0, 'nothing was sent');
    await page.close();
  });

  test('the popup ranks the silent threads, the highest ghost score first, in view', async () => {
    // Whether or not the tests above ran: three silent conversations read in Gmail.
    for (const c of gmailConversations.filter((c) => c.status === 'silent').slice(0, 3)) {
      const page = await openGmail(c.id);
      silentScores.set(
        `gmail:${c.id}`,
        await sidebarSays(page, 'silent', 'stage' in c ? c.stage : undefined),
      );
      await page.close();
    }
    const popup = await newTab();
    await openAddonPage(
      popup,
      `${addonOrigin}popup.html`,
      '[data-testid=thread-list][aria-busy=false]',
    );
    await seen(popup, '[data-testid=thread-row]');
    const rows = await popup.$$eval('[data-testid=thread-row][data-status=silent]', (els) =>
      els.map(
        (e) =>
          [e.getAttribute('data-thread-id') ?? '', Number(e.getAttribute('data-score'))] as const,
      ),
    );
    const scores = rows.map(([, score]) => score);
    assert.deepEqual(
      scores,
      [...scores].sort((a, b) => b - a),
      'highest ghost score first',
    );
    const gmailRows = rows.filter(([id]) => id.startsWith('gmail:'));
    assert.deepEqual(
      new Map(gmailRows),
      silentScores,
      'every silent Gmail conversation read, with the score its sidebar showed',
    );
    await popup.close();
  });
});

/**
 * Opens one of the add-on's pages in `page` and waits for `ready` there. Firefox reports
 * neither the navigation into a moz-extension page nor its end over BiDi, so nothing tells when
 * the new document exists: a wait started while the old about:blank document is still there
 * ends with that document (an error, not a timeout), and is started again in the new one.
 */
async function openAddonPage(page: Page, url: string, ready: string): Promise<void> {
  void page.goto(url).catch(() => undefined);
  for (let attempt = 1; ; attempt++) {
    try {
      await page.waitForSelector(ready, WAIT);
      return;
    } catch (error) {
      if (error instanceof TimeoutError || attempt === 3) throw error;
    }
  }
}
