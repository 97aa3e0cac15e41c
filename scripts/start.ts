/**
 * `npm start`: builds the extension and opens Chromium with it on the demo mailboxes, served at
 * the real mail origins (nothing leaves the machine). With a display (DISPLAY set) the browser
 * stays open until its window is closed; without one it saves screenshots of the sidebar on
 * several conversations, and of the popup ranking them, into screenshots/, prints their paths
 * and exits.
 *
 * To add a mailbox, append to `mailboxes`: its start URL and the views worth a screenshot.
 */
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { serveDemo } from './demo-routes';
import { extensionId, launchBrowser } from './launch-browser';

interface Shot {
  /** File name without extension, e.g. "gmail-silent-stage-4". */
  name: string;
  /** Appended to the mailbox URL (Gmail navigates by hash). */
  path: string;
  /** Whether the sidebar shows a conversation here (wait for its status before the shot). */
  sidebar: boolean;
  /** Something to do before the shot, e.g. insert the draft. */
  then?: (page: Page) => Promise<void>;
}

interface DemoMailbox {
  name: string;
  url: string;
  shots: Shot[];
}

const insertDraft = async (page: Page) => {
  await page.locator('unghost-sidebar [data-testid=insert-draft]').click();
  await page.locator('.aOy', { hasText: 'Draft saved' }).waitFor();
};

/** "Read all messages": the client expands, Unghost reads, the view goes back as it was. */
const readAll = async (page: Page) => {
  await page.locator('unghost-sidebar [data-testid=read-all]').click();
  await page.locator('unghost-sidebar [data-testid=thread-status][data-complete=true]').waitFor();
};

const insertOutlookDraft = async (page: Page) => {
  await page.locator('unghost-sidebar [data-testid=insert-draft]').click();
  await page
    .locator('[data-app-section=MailReadCompose] [role=textbox][contenteditable=true]')
    .waitFor();
};

/** Outlook demo item ids: see demo/outlook/app.js (conversation index, then its key). */
const outlookItem = (index: number) =>
  `inbox/id/AAMkADU0ZTRmYzI1LWQ4MzgtNDg3Ni04Y2Q3LTEwAEYAA${index}C${index + 1}`;

export const mailboxes: DemoMailbox[] = [
  {
    name: 'gmail',
    url: 'https://mail.google.com/mail/u/0/',
    shots: [
      { name: 'gmail-inbox', path: '#inbox', sidebar: false },
      { name: 'gmail-silent-stage-1-en', path: '#inbox/18f1a2b3c4d5e601', sidebar: true },
      { name: 'gmail-silent-stage-2-de', path: '#inbox/18f1a2b3c4d5e602', sidebar: true },
      { name: 'gmail-silent-stage-4-de-du', path: '#inbox/18f1a2b3c4d5e604', sidebar: true },
      { name: 'gmail-answered-en', path: '#inbox/18f1a2b3c4d5e606', sidebar: true },
      { name: 'gmail-paid-de', path: '#inbox/18f1a2b3c4d5e608', sidebar: true },
      {
        name: 'gmail-inserted-stage-3-en',
        path: '#inbox/18f1a2b3c4d5e603',
        sidebar: true,
        then: insertDraft,
      },
      // Drafts in the customer's language and register, put into Gmail's reply editor.
      {
        name: 'gmail-draft-fr-stage-1',
        path: '#inbox/18f1a2b3c4d5e617',
        sidebar: true,
        then: insertDraft,
      },
      {
        name: 'gmail-draft-nl-stage-2',
        path: '#inbox/18f1a2b3c4d5e616',
        sidebar: true,
        then: insertDraft,
      },
      // The invoice folded into "older messages": the best reading, marked incomplete...
      { name: 'gmail-invoice-bundled-en', path: '#inbox/18f1a2b3c4d5e611', sidebar: true },
      // ...and after "Read all messages", whole, with the view put back.
      {
        name: 'gmail-invoice-bundled-read-all-en',
        path: '#inbox/18f1a2b3c4d5e611',
        sidebar: true,
        then: readAll,
      },
      // The Gmail layout with its side panel open, where the sidebar docks fixed beside it.
      {
        name: 'gmail-side-panel-en',
        path: '?layout=side-panel#inbox/18f1a2b3c4d5e602',
        sidebar: true,
      },
    ],
  },
  {
    name: 'outlook (work account, English UI)',
    url: 'https://outlook.office.com/mail/',
    shots: [
      { name: 'outlook-inbox', path: 'inbox', sidebar: false },
      { name: 'outlook-silent-stage-1-de', path: outlookItem(0), sidebar: true },
      { name: 'outlook-silent-stage-2-en', path: outlookItem(1), sidebar: true },
      { name: 'outlook-answered-en', path: outlookItem(6), sidebar: true },
      {
        name: 'outlook-inserted-stage-4-en',
        path: outlookItem(3),
        sidebar: true,
        then: insertOutlookDraft,
      },
      // The invoice folded away with its auto-reply: the best reading, marked incomplete...
      { name: 'outlook-invoice-folded-en', path: outlookItem(9), sidebar: true },
      // ...and after "Read all messages", whole, with the view put back.
      {
        name: 'outlook-invoice-folded-read-all-en',
        path: outlookItem(9),
        sidebar: true,
        then: readAll,
      },
      // The reading pane below the list: the row does not size the sidebar, it docks fixed.
      {
        name: 'outlook-reading-pane-bottom-en',
        path: `${outlookItem(1)}?layout=reading-bottom`,
        sidebar: true,
      },
    ],
  },
  {
    name: 'outlook (personal account, German UI)',
    url: 'https://outlook.live.com/mail/0/',
    shots: [
      { name: 'outlook-live-silent-stage-3-de', path: outlookItem(2), sidebar: true },
      { name: 'outlook-live-paid-de', path: outlookItem(5), sidebar: true },
    ],
  },
];

const SCREENSHOTS = resolve(import.meta.dirname, '..', 'screenshots');

async function takeScreenshots(context: BrowserContext): Promise<string[]> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const saved: string[] = [];
  for (const mailbox of mailboxes) {
    for (const shot of mailbox.shots) {
      // A fresh tab per shot, so no shot can show the sidebar of the one before.
      const page = await context.newPage();
      await page.goto(mailbox.url + shot.path);
      // Stored, not just shown: the popup shot at the end lists every conversation visited.
      if (shot.sidebar)
        await page
          .locator('unghost-sidebar [data-testid=thread-status][data-stored=true]')
          .waitFor({ timeout: 15_000 });
      else await page.waitForLoadState('load');
      await shot.then?.(page);
      const file = join(SCREENSHOTS, `${shot.name}.png`);
      await page.screenshot({ path: file });
      await page.close();
      saved.push(file);
    }
  }
  // The popup (as the toolbar button opens it): the silent threads of both mailboxes, ranked.
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 600, height: 600 }); // the popup is 600 px wide
  await popup.goto(`chrome-extension://${await extensionId(context)}/popup.html`);
  await popup.locator('[data-testid=thread-list][aria-busy=false]').waitFor();
  const file = join(SCREENSHOTS, 'popup.png');
  await popup.screenshot({ path: file });
  await popup.close();
  saved.push(file);
  return [
    ...saved,
    ...(await takeSweepScreenshots(context)),
    ...(await takeDarkScreenshots(context)),
  ];
}

/**
 * The first run and discovery: the welcome page the install opened, then "Find my open
 * invoices" run on the Gmail demo from the popup, and the popup once the sweep is done.
 */
async function takeSweepScreenshots(context: BrowserContext): Promise<string[]> {
  const saved: string[] = [];
  const welcome = context.pages().find((p) => p.url().endsWith('/welcome.html'));
  if (welcome) {
    await welcome.getByTestId('sweep-start').waitFor();
    const file = join(SCREENSHOTS, 'welcome.png');
    await welcome.screenshot({ path: file, fullPage: true });
    saved.push(file);
  }
  // The sweep's tab is opened by the extension, whose first request the demo's routes do not
  // see (Chromium shows its error page): load what it asked for again, now served.
  context.on('page', (page) => {
    void page.waitForLoadState('domcontentloaded').then(async () => {
      if (page.url().startsWith('chrome-error:'))
        await page.goto('https://mail.google.com/mail/u/0/#inbox');
    });
  });
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 600, height: 700 });
  await popup.goto(`chrome-extension://${await extensionId(context)}/popup.html`);
  await popup.getByTestId('sweep-start').click();
  await popup.getByTestId('sweep-summary').waitFor({ timeout: 120_000 });
  const file = join(SCREENSHOTS, 'popup-after-sweep.png');
  await popup.screenshot({ path: file });
  await popup.close();
  saved.push(file);
  return saved;
}

/**
 * One dark screenshot of each surface: the sidebar in Gmail's and Outlook's dark themes (the
 * demos' ?theme=dark), and the popup, options and import pages with the system set to dark.
 */
async function takeDarkScreenshots(context: BrowserContext): Promise<string[]> {
  const id = await extensionId(context);
  const shots: { name: string; url: string; ready: string; width?: number }[] = [
    {
      name: 'dark-gmail-sidebar',
      url: 'https://mail.google.com/mail/u/0/?theme=dark#inbox/18f1a2b3c4d5e603',
      ready: 'unghost-sidebar [data-testid=thread-status][data-stored=true]',
    },
    {
      name: 'dark-outlook-sidebar',
      url: `https://outlook.office.com/mail/${outlookItem(1)}?theme=dark`,
      ready: 'unghost-sidebar [data-testid=thread-status][data-stored=true]',
    },
    {
      name: 'dark-popup',
      url: `chrome-extension://${id}/popup.html`,
      ready: '[data-testid=thread-list][aria-busy=false]',
      width: 600,
    },
    {
      name: 'dark-options',
      url: `chrome-extension://${id}/options.html`,
      ready: '[data-testid=rate-tables]',
    },
    { name: 'dark-import', url: `chrome-extension://${id}/import.html`, ready: 'main' },
  ];
  const saved: string[] = [];
  for (const shot of shots) {
    const page = await context.newPage();
    // The mail pages say dark themselves; the system stays light there, so the shot shows the
    // sidebar following the page.
    if (shot.url.startsWith('chrome-extension:')) await page.emulateMedia({ colorScheme: 'dark' });
    if (shot.width) await page.setViewportSize({ width: shot.width, height: 600 });
    await page.goto(shot.url);
    await page.locator(shot.ready).first().waitFor({ timeout: 15_000 });
    const file = join(SCREENSHOTS, `${shot.name}.png`);
    await page.screenshot({ path: file });
    await page.close();
    saved.push(file);
  }
  return saved;
}

/** Resolves when the person has closed every window. */
function untilClosed(context: BrowserContext): Promise<void> {
  return new Promise((done) => {
    const check = () => context.pages().length === 0 && done();
    context.on('close', () => done());
    context.on('page', (p) => p.on('close', check));
    context.pages().forEach((p) => p.on('close', check));
  });
}

async function main(): Promise<void> {
  execSync('npx wxt build', { stdio: 'inherit' });
  const headed = !!process.env.DISPLAY;
  const context = await launchBrowser({ headless: !headed });
  const demo = await serveDemo(context);
  try {
    if (headed) {
      const [first, ...rest] = mailboxes;
      const page = context.pages()[0] ?? (await context.newPage());
      if (first) await page.goto(first.url);
      for (const mailbox of rest) await (await context.newPage()).goto(mailbox.url);
      console.log('Unghost is running on the demo mailboxes. Close the browser window to stop.');
      await untilClosed(context);
    } else {
      const files = await takeScreenshots(context);
      console.log('No display: saved screenshots of the sidebar:');
      for (const file of files) console.log(`  ${file}`);
    }
    if (demo.blockedRequests.length)
      console.warn(`Blocked outside requests: ${demo.blockedRequests.join(', ')}`);
  } finally {
    await context.close().catch(() => undefined);
  }
}

await main();
