/**
 * The Gmail client's "Read all messages" (expandMessages: Gmail's own controls, a bounded wait
 * for the bodies, a restore that collapses what it expanded) and its send capture (watchSends:
 * what the compose form held when the person pressed Send or Ctrl/Cmd+Enter).
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createGmailClient, SETTLE_MS } from '../../lib/mail-clients/gmail/gmail-client';
import type { SentMessage } from '../../lib/mail-clients/mail-client';
import { loadGmailFixture, type GmailFixture } from './gmail-fixtures';

function usePage(name: GmailFixture): Document {
  const page = loadGmailFixture(name);
  document.body.replaceChildren(
    ...Array.from(page.body.childNodes, (n) => document.importNode(n, true)),
  );
  return document;
}

/**
 * Gmail's behaviour, as far as the client relies on it: the bundle bar turns bundled messages
 * into collapsed ones after `bundleMs`; a collapsed message's header expands it, its body
 * rendered after `bodyMs` (never when negative); an expanded message's header collapses it.
 */
function behaveLikeGmail(bundleMs: number, bodyMs: number) {
  const main = document.querySelector('[role=main]')!;
  const template = main.querySelector('.kv')!.cloneNode(true) as Element;
  main.addEventListener('click', (e) => {
    const t = e.target as Element;
    const bar = t.closest('.adv, .adx[role=button]');
    if (bar)
      return void setTimeout(() => {
        main.querySelectorAll('.kQ').forEach((item) => {
          const collapsed = template.cloneNode(true) as Element;
          const ids = item.querySelector('.adn')!;
          const adn = collapsed.querySelector('.adn')!;
          adn.removeAttribute('data-legacy-message-id');
          for (const a of ['data-message-id', 'data-legacy-message-id'])
            if (ids.hasAttribute(a)) adn.setAttribute(a, ids.getAttribute(a)!);
          item.replaceWith(collapsed);
        });
        bar.remove();
      }, bundleMs);
    const header = t.closest('.gE.iv');
    const item = header?.closest('.kv, .h7');
    if (!header || !item) return;
    if (item.classList.contains('h7')) {
      item.classList.replace('h7', 'kv');
      item.querySelector('.ii.gt')?.remove();
    } else if (bodyMs >= 0)
      setTimeout(() => {
        item.classList.replace('kv', 'h7');
        header.after(Object.assign(document.createElement('div'), { className: 'ii gt' }));
        const body = Object.assign(document.createElement('div'), { className: 'a3s aiL' });
        body.textContent = 'Hi Paul, the full text.';
        item.querySelector('.ii.gt')!.append(body);
      }, bodyMs);
  });
}

const states = () =>
  Array.from(document.querySelectorAll('[role=main] [role=listitem], [role=main] .adv'), (el) =>
    el.classList.contains('adv')
      ? 'bar'
      : el.classList.contains('h7')
        ? 'expanded'
        : el.classList.contains('kv')
          ? 'collapsed'
          : 'bundled',
  );

describe('Read all messages in Gmail', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test.each([
    ['Gmail renders the bodies within 300 ms', 50, 200, 250],
    ['Gmail never renders them: the wait ends after about 2 s', 50, -1, 2000],
  ])('%s', async (_label, bundleMs, bodyMs, resolvedAt) => {
    usePage('conversation-bundled-en');
    behaveLikeGmail(bundleMs, bodyMs);
    const client = createGmailClient(document);
    const before = states();
    expect(before).toEqual([
      'collapsed',
      'bundled',
      'bundled',
      'bundled',
      'bar',
      'collapsed',
      'expanded',
    ]);
    let restore: (() => void) | undefined;
    void client.expandMessages!().then((r) => (restore = r));
    await vi.advanceTimersByTimeAsync(resolvedAt - 5);
    expect(restore).toBeUndefined();
    await vi.advanceTimersByTimeAsync(10);
    expect(restore).toBeTypeOf('function');
    if (bodyMs >= 0) {
      expect(states()).toEqual(Array(6).fill('expanded'));
      const read = client.readOpenThread()!;
      expect(read).toMatchObject({ hiddenMessages: 0, collapsedMessages: 0 });
      expect(read.thread.messages.map((m) => m.id)).toEqual([
        '19a3643500000201',
        '19a3643500000202',
        '19a3643500000203',
        '19a3643500000204',
        '19a3643500000205',
        '19a3643500000303',
      ]);
      // Put back: what it expanded is collapsed again by its header (Gmail cannot re-bundle).
      restore!();
      expect(states()).toEqual([...Array(5).fill('collapsed'), 'expanded']);
    }
  });

  test('with every message expanded already, it resolves at once and restores nothing', async () => {
    usePage('conversation-expanded-en');
    const restore = await createGmailClient(document).expandMessages!();
    restore();
    expect(document.querySelectorAll('[role=main]:not([aria-hidden]) .h7').length).toBeGreaterThan(
      0,
    );
    expect(document.querySelectorAll('.kv')).toHaveLength(0);
  });
});

describe('what the person sends from Gmail', () => {
  const controllers: AbortController[] = [];
  afterEach(() => controllers.splice(0).forEach((c) => c.abort()));
  const watch = () => {
    const sent: SentMessage[] = [];
    const controller = new AbortController();
    controllers.push(controller);
    createGmailClient(document).watchSends!((s) => sent.push(s), { signal: controller.signal });
    return { sent, controller };
  };
  const press = (el: Element, init: KeyboardEventInit) =>
    el.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));

  test.each([
    ['the Send button of a compose popup', 'click'],
    ['Ctrl+Enter in its editor', 'ctrl'],
    ['Cmd+Enter in its editor', 'meta'],
  ] as const)('new mail, sent with %s', (_label, how) => {
    usePage('compose-popup-en');
    const { sent } = watch();
    const editor = document.querySelector('[g_editable=true]')!;
    if (how === 'click') document.querySelector<HTMLElement>('.aoO')!.click();
    else press(editor, { key: 'Enter', ctrlKey: how === 'ctrl', metaKey: how === 'meta' });
    expect(sent).toEqual([
      {
        subject: 'Invoice 2026-097 – Loyalty cards',
        text: 'Hi Paul,\n\ninvoice 2026-097 for the loyalty cards is attached: €420.00, payable within 14 days.\n\nLena',
        attachments: [{ name: 'Invoice-2026-097.pdf' }],
        to: [
          { name: 'Paul Okafor', email: 'paul.okafor@brightside-cafe.example' },
          { email: 'accounts@brightside-cafe.example' },
        ],
        // The signed-in account it was sent from, as the account button names it.
        from: { name: 'Lena Hartmann', email: 'lena@hartmann-print.example' },
        date: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) as string,
      },
    ]);
    expect(sent[0]!.threadId).toBeUndefined();
  });

  test('an inline reply names the open conversation and its subject', () => {
    usePage('conversation-collapsed-de');
    const { sent } = watch();
    document.querySelector('[g_editable=true]')!.textContent = 'Danke, Frau Krüger!';
    document.querySelector<HTMLElement>('.aoO')!.click();
    expect(sent).toMatchObject([
      {
        threadId: 'gmail:1998b3d07c5e21fa',
        subject: 'Rechnung RE-2026-017',
        text: 'Danke, Frau Krüger!',
      },
    ]);
  });

  test.each([
    ['Enter alone (a new line)', { key: 'Enter' }],
    ['Ctrl+S', { key: 's', ctrlKey: true }],
  ])('%s sends nothing', (_label, init) => {
    usePage('compose-popup-en');
    const { sent } = watch();
    press(document.querySelector('[g_editable=true]')!, init);
    document.querySelector<HTMLElement>('.dL')!.click();
    expect(sent).toEqual([]);
  });

  test('the send is never prevented or delayed, and nothing is captured after the signal ends', () => {
    usePage('compose-popup-en');
    const { sent, controller } = watch();
    const send = document.querySelector<HTMLElement>('.aoO')!;
    const seen: boolean[] = [];
    send.addEventListener('click', (e) => seen.push(e.defaultPrevented));
    send.click();
    controller.abort();
    send.click();
    expect(seen).toEqual([false, false]);
    expect(sent).toHaveLength(1);
  });
});

describe('Insert with several reply bars', () => {
  test('opens the reply editor through the visible reply bar', async () => {
    usePage('conversation-reply-bars-en');
    const clicked: number[] = [];
    document.querySelectorAll<HTMLElement>('.amn span.ams.bkH').forEach((b, i) =>
      b.addEventListener('click', () => {
        clicked.push(i);
        const editor = document.createElement('div');
        editor.setAttribute('g_editable', 'true');
        editor.setAttribute('role', 'textbox');
        editor.setAttribute('contenteditable', 'true');
        document.querySelector('[role=main]')!.append(editor);
      }),
    );
    await createGmailClient(document).insertReply('Hi Paul,');
    expect(clicked).toEqual([2]);
    expect(document.querySelector('[g_editable=true]')!.textContent).toBe('Hi Paul,');
  });
});

describe('the watcher notices what Read all messages changes', () => {
  test.each([
    ['a collapsed message expanded', 'expand'],
    ['an expanded message collapsed', 'collapse'],
    ['a bundle opened into collapsed messages', 'bundle'],
  ] as const)('%s is reported', async (_label, change) => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    usePage('conversation-bundled-en');
    behaveLikeGmail(0, 0);
    const onChange = vi.fn();
    const controller = new AbortController();
    createGmailClient(document).watchOpenThread(onChange, { signal: controller.signal });
    const main = document.querySelector('[role=main]')!;
    const target =
      change === 'bundle'
        ? main.querySelector<HTMLElement>('.adv')!
        : main.querySelector<HTMLElement>(change === 'expand' ? '.kv .gE.iv' : '.h7 .gE.iv')!;
    target.click();
    // Past the watcher's wait after a change without navigation, and its next one.
    try {
      await vi.advanceTimersByTimeAsync(SETTLE_MS * 2 + 10);
    } finally {
      controller.abort();
      vi.useRealTimers();
    }
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
