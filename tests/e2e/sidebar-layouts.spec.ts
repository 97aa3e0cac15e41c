/**
 * The sidebar where a person can see it, in every layout the demo mailboxes offer (Gmail:
 * default, side panel open, split pane right and below; Outlook: reading pane right, bottom and
 * off, folder pane collapsed), each at 1024x700, 1920x1080 and 150 % zoom (a 1920x1080 window
 * at 150 %: a 1280x720 CSS viewport at device scale 1.5). Boxes, not existence: the host is at
 * least 280x320 px inside the window and overlaps no message text, no reply bar or editor, no
 * top bar, no side panel and no message list; the status inside it is visible.
 */
import type { Page } from 'playwright-core';
import { expect as baseExpect, test } from './fixtures';
import { GMAIL_URL } from './gmail-demo';

// Six people share two cores: give the browser time, never the assertions slack on what they check.
const expect = baseExpect.configure({ timeout: 15_000 });

const SIZES = [
  { name: '1024x700', width: 1024, height: 700, scale: 1 },
  { name: '1920x1080', width: 1920, height: 1080, scale: 1 },
  { name: '150% zoom', width: 1280, height: 720, scale: 1.5 },
] as const;

interface Layout {
  name: string;
  open: (page: Page) => Promise<void>;
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
});
const outlook = (layout: string): Layout => ({
  name: `Outlook ${layout}`,
  avoid: outlookAvoid,
  open: async (page) => {
    await page.goto(`https://outlook.office.com/mail/?layout=${layout}`);
    await page.locator('[role=option][data-convid]', { hasText: OUTLOOK_SILENT }).click();
  },
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
      await cdp.send('Emulation.setDeviceMetricsOverride', {
        width: size.width,
        height: size.height,
        deviceScaleFactor: size.scale,
        mobile: false,
      });
      await expect(async () => {
        const m = await page.evaluate(measure, layout.avoid);
        const where = `${layout.name} at ${size.name} (dock ${m.dock})`;
        expect(m.viewport, where).toEqual({ width: size.width, height: size.height });
        const host = m.host!;
        expect(host, `${where}: host`).toBeDefined();
        expect(host.right - host.left, `${where}: width`).toBeGreaterThanOrEqual(280);
        expect(host.bottom - host.top, `${where}: height`).toBeGreaterThanOrEqual(320);
        expect(host.left >= 0 && host.top >= 0, `${where}: inside the window`).toBe(true);
        expect(
          host.right <= m.viewport.width && host.bottom <= m.viewport.height,
          `${where}: inside the window`,
        ).toBe(true);
        expect(
          m.avoid.filter((a) => a.what === 'message text').length,
          `${where}: text measured`,
        ).toBeGreaterThan(0);
        expect(
          m.avoid.filter((a) => overlap(host, a.box)).map((a) => a.what),
          `${where}: covered`,
        ).toEqual([]);
        const status = m.status!;
        expect(status, `${where}: status shown`).toBeDefined();
        expect(
          overlap(host, status) && status.bottom <= m.viewport.height,
          `${where}: status in view`,
        ).toBe(true);
      }).toPass({ timeout: 10_000 });
      await expect(page.locator('unghost-sidebar [data-testid=thread-status]')).toBeVisible();
    }
  });
}
