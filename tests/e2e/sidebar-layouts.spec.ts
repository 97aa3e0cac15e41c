/**
 * The sidebar where a person can see it, in every layout the demo mailboxes offer (Gmail:
 * default, side panel open, split pane right and below; Outlook: reading pane right, bottom and
 * off, folder pane collapsed), each at 1024x700, 1920x1080 and 150 % zoom (a 1920x1080 window
 * at 150 %: a 1280x720 CSS viewport at device scale 1.5). Boxes, not existence: the host is at
 * least 280x320 px inside the window and overlaps no message text, no reply bar or editor, no
 * top bar, no side panel and no message list; the status inside it is visible.
 */
import type { CDPSession, Page } from 'playwright-core';
import { expect as baseExpect, test } from './fixtures';
import { GMAIL_URL } from './gmail-demo';

// Six people share two cores: give the browser time, never the assertions slack on what they check.
const expect = baseExpect.configure({ timeout: 15_000 });

interface Size {
  name: string;
  width: number;
  height: number;
  /** Device pixels per CSS pixel: 1.5 is the browser zoomed to 150 %. */
  scale: number;
}

const SIZES: Size[] = [
  { name: '1024x700', width: 1024, height: 700, scale: 1 },
  { name: '1920x1080', width: 1920, height: 1080, scale: 1 },
  { name: '150% zoom', width: 1280, height: 720, scale: 1.5 },
];

interface Layout {
  name: string;
  open: (page: Page) => Promise<void>;
  /** Opens the client's own reply editor under (Gmail) or above (Outlook) the messages. */
  reply: (page: Page) => Promise<void>;
  /** What the sidebar must never overlap in this client (CSS selectors of the demo). */
  avoid: Record<string, string>;
}

const GMAIL_SILENT = '18f1a2b3c4d5e601'; // English invoice, 10 days overdue
const OUTLOOK_SILENT = 'Invoice INV-2026-042';

const gmailAvoid = {
  'message text': '[role=main] div.a3s',
  'reply bar': '[role=main] .amn',
  'reply editor': '[role=main] [g_editable=true]',
  'top bar': 'header[role=banner]',
  'side panel': '.aUx',
  'message list': '#demo-list-view',
};
const outlookAvoid = {
  'message text': '[data-app-section=MailReadCompose] [id^=UniqueMessageBody]',
  'message actions': '[data-app-section=MailReadCompose] [role=toolbar]',
  'reply editor': '[data-app-section=MailReadCompose] [role=textbox]',
  'top bar': 'header[role=banner]',
  'message list': '#MailList',
};

const gmail = (layout: string): Layout => ({
  name: `Gmail ${layout}`,
  avoid: gmailAvoid,
  open: async (page) => {
    await page.goto(`${GMAIL_URL}?layout=${layout}#inbox/${GMAIL_SILENT}`);
  },
  reply: (page) => page.locator('[role=main] .amn span.ams.bkH').click(),
});
const outlook = (layout: string): Layout => ({
  name: `Outlook ${layout}`,
  avoid: outlookAvoid,
  open: async (page) => {
    await page.goto(`https://outlook.office.com/mail/?layout=${layout}`);
    await page.locator('[role=option][data-convid]', { hasText: OUTLOOK_SILENT }).click();
  },
  reply: (page) => page.locator('button:has(i[data-icon-name=ArrowReplyRegular])').first().click(),
});

const LAYOUTS = [
  gmail('default'),
  gmail('side-panel'),
  gmail('split-vertical'),
  gmail('split-horizontal'),
  outlook('reading-right'),
  outlook('reading-bottom'),
  outlook('reading-off'),
  outlook('folders-collapsed'),
];

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The boxes a person sees, read in the page: the host, its status, and what it must not cover. */
function measure(avoid: Record<string, string>) {
  const box = (el: Element): Box => {
    const r = el.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  };
  const host = document.querySelector('unghost-sidebar');
  const status = host?.shadowRoot?.querySelector('[data-testid=thread-status]');
  const shown = (el: Element) => el.getClientRects().length > 0 && el.checkVisibility();
  return {
    viewport: { width: document.documentElement.clientWidth, height: innerHeight },
    dock: host?.getAttribute('data-dock'),
    host: host ? box(host) : undefined,
    status: status && shown(status) ? box(status) : undefined,
    avoid: Object.entries(avoid).flatMap(([what, css]) =>
      [...document.querySelectorAll(css)].filter(shown).map((el) => ({ what, box: box(el) })),
    ),
  };
}

const overlap = (a: Box, b: Box) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;

test.afterEach(({ demo, errors }) => {
  expect(demo.blockedRequests, 'network requests').toEqual([]);
  expect(errors, 'console and page errors').toEqual([]);
});

/** Resizes the window the way the browser would (zoom is a device scale factor). */
async function resize(cdp: CDPSession, size: Pick<Size, 'width' | 'height' | 'scale'>) {
  await cdp.send('Emulation.setDeviceMetricsOverride', {
    width: size.width,
    height: size.height,
    deviceScaleFactor: size.scale,
    mobile: false,
  });
}

/** The sidebar's box as a person sees it, once the dock has settled. */
async function expectVisible(page: Page, layout: Layout, where: string, size: Size) {
  await expect(async () => {
    const m = await page.evaluate(measure, layout.avoid);
    const at = `${where} (dock ${m.dock})`;
    expect(m.viewport, at).toEqual({ width: size.width, height: size.height });
    const host = m.host!;
    expect(host, `${at}: host`).toBeDefined();
    expect(host.right - host.left, `${at}: width`).toBeGreaterThanOrEqual(280);
    expect(host.bottom - host.top, `${at}: height`).toBeGreaterThanOrEqual(320);
    expect(host.left >= 0 && host.top >= 0, `${at}: inside the window`).toBe(true);
    expect(
      host.right <= m.viewport.width && host.bottom <= m.viewport.height,
      `${at}: inside the window`,
    ).toBe(true);
    expect(
      m.avoid.filter((a) => a.what === 'message text').length,
      `${at}: text measured`,
    ).toBeGreaterThan(0);
    expect(
      m.avoid.filter((a) => overlap(host, a.box)).map((a) => a.what),
      `${at}: covered`,
    ).toEqual([]);
    const status = m.status!;
    expect(status, `${at}: status shown`).toBeDefined();
    expect(
      overlap(host, status) && status.bottom <= m.viewport.height,
      `${at}: status in view`,
    ).toBe(true);
  }).toPass({ timeout: 10_000 });
  await expect(page.locator('unghost-sidebar [data-testid=thread-status]')).toBeVisible();
}

for (const layout of LAYOUTS) {
  test(`${layout.name}: the sidebar is visible and covers nothing at ${SIZES.map((s) => s.name).join(', ')}`, async ({
    context,
    demo: _demo,
  }) => {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await layout.open(page);
    await expect(page.locator('unghost-sidebar [data-testid=thread-status]')).toHaveAttribute(
      'data-status',
      'silent',
      { timeout: 20_000 }, // first answer of a cold service worker
    );
    for (const size of SIZES) {
      await resize(cdp, size);
      await expectVisible(page, layout, `${layout.name} at ${size.name}`, size);
    }
    // The client's own reply editor opens: the sidebar still covers none of it.
    await layout.reply(page);
    await expect(page.locator(layout.avoid['reply editor']!)).toBeVisible();
    await expectVisible(page, layout, `${layout.name} at 150% zoom, replying`, SIZES[2]!);
    await resize(cdp, SIZES[0]!);
    await expectVisible(page, layout, `${layout.name} at 1024x700, replying`, SIZES[0]!);
  });
}

const SWITCHES = [
  {
    layout: gmail('default'),
    content: '.no',
    toFixed: async (page: Page) => {
      await page.getByRole('button', { name: 'Settings' }).click();
      await page.getByLabel('Below inbox').check();
      await page.getByRole('button', { name: 'Settings' }).click();
    },
    toRow: async (page: Page) => {
      await page.getByRole('button', { name: 'Settings' }).click();
      await page.getByLabel('No split').check();
      await page.getByRole('button', { name: 'Settings' }).click();
    },
    leave: (page: Page) => page.getByRole('button', { name: 'Back to Inbox' }).first().click(),
  },
  {
    layout: outlook('reading-right'),
    content: '.shell',
    toFixed: async (page: Page) => {
      await page.getByRole('button', { name: 'Settings' }).click();
      await page.getByLabel('Show on the bottom').check();
      await page.getByRole('button', { name: 'Settings' }).click();
    },
    toRow: async (page: Page) => {
      await page.getByRole('button', { name: 'Settings' }).click();
      await page.getByLabel('Show on the right').check();
      await page.getByRole('button', { name: 'Settings' }).click();
    },
    leave: (page: Page) => page.locator('[role=treeitem]', { hasText: 'Inbox' }).click(),
  },
];

for (const s of SWITCHES) {
  test(`${s.layout.name}: the dock follows a layout switched in the settings, the person collapsing it and a tiny window, and gives the content its room back`, async ({
    context,
    demo: _demo,
  }) => {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const size: Size = { name: '1280x800', width: 1280, height: 800, scale: 1 };
    await resize(cdp, size);
    await s.layout.open(page);
    const host = page.locator('unghost-sidebar');
    await expect(host.getByTestId('thread-status')).toHaveAttribute('data-status', 'silent', {
      timeout: 20_000,
    });
    const margin = () => page.locator(s.content).evaluate((el) => getComputedStyle(el).marginRight);
    const width = () => host.evaluate((el) => el.getBoundingClientRect().width);
    await expect(host).toHaveAttribute('data-dock', 'row');
    expect(await margin()).toBe('0px');

    await s.toFixed(page);
    await expect(host).toHaveAttribute('data-dock', 'fixed');
    await expect.poll(margin).toBe('320px');
    await expectVisible(page, s.layout, `${s.layout.name} switched at run time`, size);

    // Collapsed by the person: the content gives up only the strip's room.
    await host.getByTestId('sidebar-toggle').click();
    await expect.poll(margin).toBe('44px');
    await expect.poll(width).toBe(44);
    await host.getByTestId('sidebar-toggle').click();
    await expect.poll(margin).toBe('320px');

    // A window too small for the sidebar beside the mail: the strip, covering no text.
    await resize(cdp, { width: 600, height: 500, scale: 1 });
    await expect(host).toHaveAttribute('data-dock', 'collapsed');
    await expect.poll(margin).toBe('44px');
    const covered = await page.evaluate(
      ([css]) => {
        const h = document.querySelector('unghost-sidebar')!.getBoundingClientRect();
        return [...document.querySelectorAll(css!)].filter((el) => {
          const b = el.getBoundingClientRect();
          return b.width > 0 && Math.min(h.right, b.right) - Math.max(h.left, b.left) > 1;
        }).length;
      },
      [s.layout.avoid['message text']],
    );
    expect(covered).toBe(0);

    await resize(cdp, size);
    await s.toRow(page);
    await expect(host).toHaveAttribute('data-dock', 'row');
    await expect.poll(margin).toBe('0px');
    await expectVisible(page, s.layout, `${s.layout.name} switched back`, size);

    // No conversation open: the sidebar hides and the content has all its room.
    await s.toFixed(page);
    await expect.poll(margin).toBe('320px');
    await s.leave(page);
    await expect(host).toBeHidden();
    await expect.poll(margin).toBe('0px');
  });
}
