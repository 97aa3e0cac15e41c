/**
 * The live Gmail client on a fixture page: it reads what the reader reads, reports navigation
 * once per burst of mutations, and fills Gmail's reply editor as typed text, opening it first.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  createGmailClient,
  MAX_SETTLE_MS,
  NAVIGATION_SETTLE_MS,
  SETTLE_MS,
} from '../../lib/mail-clients/gmail/gmail-client';
import { loadGmailFixture, type GmailFixture } from './gmail-fixtures';

function usePage(name: GmailFixture): Document {
  const page = loadGmailFixture(name);
  document.body.replaceChildren(
    ...Array.from(page.body.childNodes, (n) => document.importNode(n, true)),
  );
  return document;
}

// The watcher's waits run on fake timers: each test moves time by the client's own constants.
beforeEach(() => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance'],
  });
});
const controllers: AbortController[] = [];
afterEach(() => {
  controllers.splice(0).forEach((c) => c.abort());
  vi.useRealTimers();
});
const watch = (onChange: () => void) => {
  const controller = new AbortController();
  controllers.push(controller);
  createGmailClient(document).watchOpenThread(onChange, { signal: controller.signal });
  return controller;
};
/** Past the wait after a change without navigation (the longest first wait). */
const settle = () => vi.advanceTimersByTimeAsync(SETTLE_MS + 10);

describe('the Gmail client on a page', () => {
  test.each([
    ['an open conversation', 'conversation-expanded-en', 'gmail:18c2f7a9b0e4d311'],
    ['the inbox', 'inbox-en', undefined],
  ] as const)('reads %s', (_label, fixture, id) => {
    usePage(fixture);
    expect(createGmailClient(document).readOpenThread()?.thread.id).toBe(id);
  });

  test('aliases from the settings join the owner', () => {
    usePage('conversation-expanded-en');
    const client = createGmailClient(document, {
      aliases: () => ['billing@schmidt-design.example'],
    });
    expect(client.readOpenThread()?.thread.owner.emails).toEqual([
      'anna@schmidt-design.example',
      'billing@schmidt-design.example',
    ]);
  });

  test('a burst of mutations that opens another conversation is reported once', async () => {
    usePage('inbox-en');
    const onChange = vi.fn();
    watch(onChange);
    const conversation = loadGmailFixture('conversation-collapsed-de').querySelector(
      '[role=main]',
    )!;
    const main = document.querySelector('[role=main]')!;
    main.replaceWith(document.importNode(conversation, true));
    for (let i = 0; i < 50; i++)
      document.querySelector('.nn')!.append(document.createElement('span'));
    await settle();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  test.each([
    [
      'Gmail re-rendering inside the open conversation (a hovercard, a label chip)',
      () => document.querySelector('.ha')!.append(document.createElement('span')),
    ],
    ['mutations outside the mail area', () => document.body.append(document.createElement('div'))],
  ])('%s is not reported', async (_label, mutate) => {
    usePage('conversation-expanded-en');
    const onChange = vi.fn();
    watch(onChange);
    mutate();
    await settle();
    expect(onChange).not.toHaveBeenCalled();
  });

  // Checks space out while Gmail keeps churning; a change is still reported, and navigation
  // (hashchange) is checked soon whatever wait is due.
  const churn = (ms: number) => {
    const timer = setInterval(() => {
      const span = document.createElement('span');
      document.querySelector('.nn')!.append(span);
      span.remove();
    }, 5);
    setTimeout(() => clearInterval(timer), ms);
  };
  const openOther = () =>
    document
      .querySelector('[role=main]')!
      .replaceWith(
        document.importNode(
          loadGmailFixture('conversation-collapsed-de').querySelector('[role=main]')!,
          true,
        ),
      );
  const sleep = (ms: number) => vi.advanceTimersByTimeAsync(ms);
  // [label, ms of churn from the start (0: a quiet page), opened after ms, hash change, within ms]
  test.each([
    ['after 700 ms of churn, by the next spaced-out check', 1500, 700, false, 700],
    [
      'on navigation during the churn, within the navigation wait',
      1500,
      700,
      true,
      NAVIGATION_SETTLE_MS + 10,
    ],
    ['on a quiet page, with no navigation, within the first wait', 0, 300, false, SETTLE_MS + 10],
    ['in churn that never stops, within the longest wait', 5000, 2500, false, MAX_SETTLE_MS + 100],
  ] as const)(
    'a conversation opened while Gmail is quiet or churning is reported once: %s',
    async (_label, churnMs, openAfter, navigate, within) => {
      usePage('inbox-en');
      const onChange = vi.fn();
      watch(onChange);
      if (churnMs) churn(churnMs);
      await sleep(openAfter);
      openOther();
      if (navigate) window.dispatchEvent(new HashChangeEvent('hashchange'));
      await sleep(within);
      expect(onChange).toHaveBeenCalledTimes(1);
      // Still once after the churn has stopped and every spaced-out check has run.
      await sleep(Math.max(1300, churnMs - openAfter - within + 900));
      expect(onChange).toHaveBeenCalledTimes(1);
    },
  );

  test('after the signal aborts, nothing is reported', async () => {
    usePage('inbox-en');
    const onChange = vi.fn();
    watch(onChange).abort();
    document
      .querySelector('.nn')!
      .append(
        document.importNode(
          loadGmailFixture('conversation-collapsed-de').querySelector('[role=main]')!,
          true,
        ),
      );
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await settle();
    expect(onChange).not.toHaveBeenCalled();
  });

  test('Insert fills the open reply editor and fires the input event Gmail autosaves on', async () => {
    usePage('conversation-collapsed-de');
    const editor = document.querySelector<HTMLElement>('[g_editable=true]')!;
    const inputs: string[] = [];
    editor.addEventListener('input', (e) => inputs.push((e as InputEvent).inputType));
    await createGmailClient(document).insertReply('Sehr geehrte Frau Krüger,\nbitte …');
    expect(editor.textContent).toContain('Sehr geehrte Frau Krüger,');
    expect(inputs).toEqual(['insertText']);
  });

  test("Insert opens the reply editor with Gmail's Reply button when none is open", async () => {
    usePage('conversation-expanded-en');
    const reply = document.querySelector<HTMLElement>('.amn span.ams.bkH')!;
    reply.addEventListener('click', () => {
      const editor = document.createElement('div');
      editor.setAttribute('g_editable', 'true');
      editor.setAttribute('role', 'textbox');
      editor.setAttribute('contenteditable', 'true');
      setTimeout(
        () => document.querySelector('[role=main]:not([aria-hidden]) .amn')!.after(editor),
        20,
      );
    });
    const inserted = createGmailClient(document).insertReply('Hi Max,');
    await vi.advanceTimersByTimeAsync(50); // Gmail renders the editor a moment after the click
    await inserted;
    expect(document.querySelectorAll('[g_editable=true]')).toHaveLength(1);
    expect(document.querySelector('[g_editable=true]')!.textContent).toBe('Hi Max,');
  });
});
