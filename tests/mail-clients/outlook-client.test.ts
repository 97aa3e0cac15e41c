import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { SentMessage } from '../../lib/mail-clients/mail-client';
import { createOutlookClient } from '../../lib/mail-clients/outlook/outlook-client';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'outlook');
const SILENT_PATH = '/mail/inbox/id/AAQkADU0ZTRmYzI1LWQ4%2FAQAJ1';

function loadFixture(file = 'office-en-2026-11-silent.html', path = SILENT_PATH): void {
  const parsed = new DOMParser().parseFromString(
    readFileSync(join(FIXTURES, file), 'utf8'),
    'text/html',
  );
  document.body.replaceChildren(
    ...Array.from(parsed.body.childNodes).map((n) => document.importNode(n, true)),
  );
  history.replaceState({}, '', path);
}

beforeEach(() =>
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'],
  }),
);
afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});
const wait = (ms: number) => vi.advanceTimersByTimeAsync(ms);

function watch(onChange: () => void): AbortController {
  const controller = new AbortController();
  createOutlookClient(document).watchOpenThread(onChange, { signal: controller.signal });
  return controller;
}

describe('the Outlook client on a live page', () => {
  test('reads the open conversation with the owner name and aliases from the settings', () => {
    loadFixture();
    const client = createOutlookClient(document, {
      aliases: () => ['anna@schmidt.example'],
      ownerName: () => 'Anna Schmidt',
    });
    const open = client.readOpenThread()!;
    expect(open.thread.owner.emails).toEqual(['anna@schmidt-design.de', 'anna@schmidt.example']);
    expect(open.thread.messages.map((m) => m.from.email)).toEqual([
      'anna@schmidt-design.de',
      'jane.doe@northwind-shop.com',
      'anna@schmidt-design.de',
    ]);
  });

  test('docks the sidebar in the row that holds the reading region', () => {
    loadFixture();
    expect(createOutlookClient(document).sidebarAnchor()).toBe(
      document.querySelector('[role=main]')!.parentElement,
    );
  });
});

describe('following the open conversation', () => {
  const noise = () =>
    document
      .querySelector('[data-app-section=ConversationContainer]')!
      .append(document.createElement('div'));
  const otherConversation = () =>
    document.querySelector('[data-app-section=ConversationContainer]')!.replaceChildren();
  const changes: [string, () => void, number][] = [
    ['another conversation renders in the reading pane', otherConversation, 1],
    [
      'a collapsed message is expanded (its body renders)',
      () => {
        const item = document.querySelector('[aria-expanded=false]')!;
        item.setAttribute('aria-expanded', 'true');
        const doc = document.createElement('div');
        doc.setAttribute('role', 'document');
        doc.append(Object.assign(document.createElement('div'), { id: 'UniqueMessageBody_9' }));
        item.append(doc);
      },
      1,
    ],
    [
      'back/forward navigation to another URL',
      () => {
        history.replaceState({}, '', '/mail/inbox');
        window.dispatchEvent(new PopStateEvent('popstate'));
      },
      1,
    ],
    [
      'popstate to the same URL and conversation',
      () => window.dispatchEvent(new PopStateEvent('popstate')),
      0,
    ],
    [
      'a burst of re-renders that change no message',
      () => {
        for (let i = 0; i < 20; i++) noise();
      },
      0,
    ],
    [
      'another conversation opened from the list (URL pushed, pane re-rendered)',
      () => {
        document.querySelector('[aria-selected=true]')!.setAttribute('aria-selected', 'false');
        history.pushState({}, '', '/mail/inbox/id/AAQkADU0ZTRmYzI1LWQ4%2FAQAJ2');
        noise();
      },
      1,
    ],
    [
      'the reply editor opens',
      () => {
        const editor = document.createElement('div');
        editor.setAttribute('contenteditable', 'true');
        document.querySelector('[role=main]')!.append(editor);
      },
      0,
    ],
    [
      'a mutation outside the reading region (message list)',
      () => document.querySelector('#MailList')!.append(document.createElement('div')),
      0,
    ],
  ];
  test.each(changes)('%s notifies $2 time(s)', async (_label, change, calls) => {
    loadFixture();
    const onChange = vi.fn();
    const controller = watch(onChange);
    change();
    await wait(2000);
    expect(onChange).toHaveBeenCalledTimes(calls);
    controller.abort();
  });

  // The observer is disconnected from a burst's first mutation until its check: what changes
  // meanwhile is still seen by the check, and the observer is back for what comes after it.
  const sequences: [string, number, (() => void)[]][] = [
    [
      'a conversation change while a burst waits for its check',
      1,
      [
        () => {
          noise();
          setTimeout(otherConversation, 40);
        },
      ],
    ],
    ['a conversation change after a burst that changed nothing', 1, [noise, otherConversation]],
    ['two bursts that change nothing', 0, [noise, noise]],
  ];
  test.each(sequences)('%s notifies %d time(s)', async (_label, calls, steps) => {
    loadFixture();
    const onChange = vi.fn();
    const controller = watch(onChange);
    for (const step of steps) {
      step();
      await wait(2000);
    }
    expect(onChange).toHaveBeenCalledTimes(calls);
    controller.abort();
  });

  // Checks are paced like Gmail's: 60 ms after a burst that moved the URL, 200 ms after one that
  // did not, doubling to 1.6 s while the churn goes on without changing what is shown.
  const churn = (ms: number) => {
    const timer = setInterval(noise, 5);
    setTimeout(() => clearInterval(timer), ms);
  };
  // From the list, Outlook pushes the URL and renders a moment after the click.
  const open = (fromList: boolean) => {
    if (!fromList) return otherConversation();
    const row = document.querySelectorAll('[role=option][data-convid]')[1]!;
    row.addEventListener('click', () =>
      setTimeout(
        () => (
          history.pushState({}, '', '/mail/inbox/id/AAQkADU0ZTRmYzI1LWQ4%2FAQAJ2'),
          otherConversation()
        ),
        20,
      ),
    );
    (row as HTMLElement).click();
  };
  // [label, ms of churn (0: quiet), opened after ms, from the message list, reported within ms]
  test.each([
    ['opened from the list on a quiet page, within 70 ms', 0, 300, true, 70],
    ['a message arriving on a quiet page, within 210 ms', 0, 300, false, 210],
    ['opened from the list during churn, within 70 ms', 3000, 1000, true, 70],
    ['a change during churn that never stops, within 1.7 s', 6000, 2500, false, 1700],
  ] as const)('reported once: %s', async (_label, churnMs, openAfter, navigate, within) => {
    loadFixture();
    const onChange = vi.fn();
    const controller = watch(onChange);
    if (churnMs) churn(churnMs);
    await wait(openAfter);
    expect(onChange).not.toHaveBeenCalled();
    open(navigate);
    await wait(within);
    expect(onChange).toHaveBeenCalledTimes(1);
    await wait(Math.max(2000, churnMs - openAfter + 2000));
    expect(onChange).toHaveBeenCalledTimes(1);
    controller.abort();
  });

  test('under churn that changes nothing, checks space out to one per 1.6 s', async () => {
    loadFixture();
    const controller = watch(() => undefined);
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    churn(10_000);
    await wait(10_000);
    // Checks at about 65, 190, 435, 920, 1900, 3500, 5100, ... ms, each reconnecting the observer:
    // 10 in 10 s (a fixed 120 ms debounce made 80).
    expect(observe.mock.calls.length).toBeLessThanOrEqual(11);
    observe.mockRestore();
    controller.abort();
  });

  test('typing inside an open reply editor does not re-read the conversation', async () => {
    loadFixture();
    const editor = document.createElement('div');
    editor.setAttribute('role', 'textbox');
    editor.setAttribute('contenteditable', 'true');
    document.querySelector('[role=main]')!.append(editor);
    const onChange = vi.fn();
    const controller = watch(onChange);
    editor.append('Hello');
    editor.append(document.createElement('div'));
    await wait(2000);
    expect(onChange).not.toHaveBeenCalled();
    controller.abort();
  });

  test('nothing is reported after the signal aborts', async () => {
    loadFixture();
    const onChange = vi.fn();
    watch(onChange).abort();
    otherConversation();
    window.dispatchEvent(new PopStateEvent('popstate'));
    await wait(2000);
    expect(onChange).not.toHaveBeenCalled();
  });
});

/**
 * Outlook's own toggling, as the demo and Outlook do it: a click on a collapsed item renders its
 * body (after `renderMs`); a click on an expanded item's time line collapses it; "See 2 more
 * messages" renders the folded items collapsed.
 */
function behaveLikeOutlook(renderMs = 100): { clicks: string[] } {
  const later = (fn: () => void) => (renderMs === 0 ? fn() : setTimeout(fn, renderMs)); // 0: within the click
  const clicks: string[] = [];
  const container = document.querySelector('[data-app-section=ConversationContainer] .ZOM9m')!;
  const wire = (item: Element) => {
    item.addEventListener('click', (event) => {
      const target = event.target as Element;
      if (item.getAttribute('aria-expanded') === 'false') {
        clicks.push('expand');
        later(() => {
          item.setAttribute('aria-expanded', 'true');
          const body = document.createElement('div');
          body.id = `UniqueMessageBody_${clicks.length + 20}`;
          body.setAttribute('role', 'document');
          body.textContent = 'rendered body';
          item.append(body);
        });
      } else if (target.matches('[data-testid=SentReceivedSavedTime]')) {
        clicks.push('collapse');
        item.setAttribute('aria-expanded', 'false');
        item.querySelector('[id^=UniqueMessageBody]')?.remove();
      }
    });
  };
  container.querySelectorAll('[aria-expanded]').forEach(wire);
  const fold = container.querySelector('button[aria-label^="See"]');
  fold?.addEventListener('click', () => {
    clicks.push('unfold');
    later(() => {
      fold.parentElement!.remove();
      for (const [name, when] of [
        ['Anna Schmidt', 'Mon 9/14/2026 10:00 AM'],
        ['Tom Baker', 'Tue 9/15/2026 8:00 AM'],
      ] as const) {
        const wrap = document.createElement('div');
        const item = document.createElement('div');
        item.setAttribute('aria-expanded', 'false');
        const sender = document.createElement('span');
        sender.setAttribute('aria-label', `From: ${name}`);
        const time = document.createElement('div');
        time.setAttribute('data-testid', 'SentReceivedSavedTime');
        time.textContent = when;
        item.append(sender, time, 'older preview');
        wrap.append(item);
        container.append(wrap);
        wire(item);
      }
    });
  });
  return { clicks };
}

describe('Read all messages: expandMessages', () => {
  const FOLDED = [
    'cloud-en-2026-10-folded.html',
    '/mail/inbox/id/AAQkAGMyZDJlNTY4LWE1%2FAQAK7',
  ] as const;
  // [label, fixture, path, ms Outlook takes to render (0: within the click), expanded, hidden, clicks]
  test.each([
    ['one collapsed item', 'office-en-2026-11-silent.html', SILENT_PATH, 100, 1, 0, ['expand']],
    [
      'folded and collapsed items',
      ...FOLDED,
      100,
      4,
      2,
      ['unfold', 'expand', 'expand', 'expand', 'expand'],
    ],
    [
      'folded and collapsed items rendered within the click',
      ...FOLDED,
      0,
      4,
      2,
      ['unfold', 'expand', 'expand', 'expand', 'expand'],
    ],
  ] as const)(
    '%s: every message reads with its text; restore collapses what it expanded',
    async (_label, file, path, renderMs, expanded, hidden, clicks) => {
      loadFixture(file, path);
      const log = behaveLikeOutlook(renderMs);
      const client = createOutlookClient(document);
      const before = client.readOpenThread()!;
      expect(before.hiddenMessages).toBe(hidden);
      const done = vi.fn();
      const expanding = client.expandMessages!().then((restore) => (done(), restore));
      await wait(90);
      if (renderMs) expect(done).not.toHaveBeenCalled(); // still rendering
      await wait(500);
      expect(done).toHaveBeenCalled();
      const open = client.readOpenThread()!;
      expect([open.collapsedMessages, open.hiddenMessages]).toEqual([0, 0]);
      expect(open.thread.messages.every((m) => m.text !== undefined)).toBe(true);
      expect(log.clicks).toEqual(clicks);
      // The ids of the messages that were collapsed are the same once expanded.
      expect(
        before.thread.messages.every((m) => open.thread.messages.some((n) => n.id === m.id)),
      ).toBe(true);
      (await expanding)();
      expect(log.clicks.filter((c) => c === 'collapse')).toHaveLength(expanded);
      // Collapsed again; items Outlook had folded stay unfolded (collapsed), as Outlook allows.
      expect(client.readOpenThread()!.collapsedMessages).toBe(expanded);
    },
  );

  test('an item Outlook never renders: resolves after about 2 s anyway', async () => {
    loadFixture();
    behaveLikeOutlook(60_000);
    const done = vi.fn();
    void createOutlookClient(document).expandMessages!().then(done);
    await wait(1900);
    expect(done).not.toHaveBeenCalled();
    await wait(200);
    expect(done).toHaveBeenCalled();
  });

  test('nothing open: resolves at once with a restore that does nothing', async () => {
    loadFixture('office-en-2026-11-inbox.html', '/mail/');
    const restore = await createOutlookClient(document).expandMessages!();
    expect(() => restore()).not.toThrow();
  });
});

describe('what the person sends: watchSends', () => {
  const REPLY = ['office-en-2026-11-reply-open.html', SILENT_PATH] as const;
  const inline = () => document.querySelector('[data-app-section=InlineCompose]')!;
  const dialog = () => document.querySelector('[role=dialog]')!;
  const press = (el: Element, init: KeyboardEventInit) =>
    el.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));
  const reply: Partial<SentMessage> = {
    threadId: 'outlook:AAQkADU0ZTRmYzI1LWQ4MzgtNDg3Ni04Y2Q3LTEwAAQAJ1',
    subject: 'Invoice INV-2026-042 – website relaunch',
    text: 'Hi Jane,\n\na short reminder: invoice INV-2026-042 is still open.\nAnna',
    to: [{ name: 'Jane Doe', email: 'jane.doe@northwind-shop.com' }],
    attachments: [{ name: 'statement-october.pdf' }],
  };
  test.each<[string, () => void, Partial<SentMessage> | undefined]>([
    [
      'Send clicked in an inline reply: its own text, not the quoted original',
      () => (inline().querySelector('[data-testid=ComposeSendButton] span') as HTMLElement).click(),
      reply,
    ],
    [
      'Ctrl+Enter in the inline reply editor',
      () => press(inline().querySelector('[role=textbox]')!, { key: 'Enter', ctrlKey: true }),
      reply,
    ],
    [
      'Send in a new message: its subject field, no conversation',
      () => (dialog().querySelector('[data-testid=ComposeSendButton]') as HTMLElement).click(),
      {
        subject: 'Invoice INV-2026-051 – brand workshop',
        text: 'Hi Olivia,\nplease find attached invoice INV-2026-051.',
        to: [{ name: 'Olivia Chen', email: 'olivia@chen-studio.com' }],
        attachments: [],
      },
    ],
    [
      'Enter without Ctrl is typing, not sending',
      () => press(inline().querySelector('[role=textbox]')!, { key: 'Enter' }),
      undefined,
    ],
    [
      'Discard is not Send',
      () => (inline().querySelector('.compose-actions button:last-child') as HTMLElement).click(),
      undefined,
    ],
  ])('%s', async (_label, act, expected) => {
    loadFixture(...REPLY);
    vi.setSystemTime(new Date('2026-11-20T10:00:00Z'));
    const onSend = vi.fn();
    const controller = new AbortController();
    createOutlookClient(document).watchSends!(onSend, { signal: controller.signal });
    let defaultPrevented = false;
    document.addEventListener('click', (e) => (defaultPrevented ||= e.defaultPrevented));
    act();
    expect(onSend).not.toHaveBeenCalled(); // never inside Outlook's own handling of the send
    await wait(10);
    expect(defaultPrevented).toBe(false);
    if (!expected) return expect(onSend).not.toHaveBeenCalled();
    expect(onSend).toHaveBeenCalledTimes(1);
    const sent = onSend.mock.calls[0]![0] as SentMessage;
    expect(sent).toEqual({ ...expected, date: '2026-11-20T10:00:00.000Z' });
    controller.abort();
  });

  test('after the signal aborts, a send is not recorded', async () => {
    loadFixture(...REPLY);
    const onSend = vi.fn();
    const controller = new AbortController();
    createOutlookClient(document).watchSends!(onSend, { signal: controller.signal });
    controller.abort();
    (inline().querySelector('[data-testid=ComposeSendButton]') as HTMLElement).click();
    await wait(10);
    expect(onSend).not.toHaveBeenCalled();
  });
});
