/**
 * The Gmail demo mailbox (demo/gmail) read by the Gmail reader, as the e2e tests and benches
 * see it: each conversation opens as Gmail shows it by default, with the hooks the reader
 * relies on (previews, bundled ids in the same form as read messages), and a reply sent from
 * its reply box joins the conversation as Gmail shows a reply just sent.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { createGmailClient } from '../../lib/mail-clients/gmail/gmail-client';

const demo = (file: string) =>
  readFileSync(join(import.meta.dirname, '..', '..', 'demo', 'gmail', file), 'utf8');
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface DemoWindow {
  demoMailbox: { conversations: { id: string; messages: unknown[] }[] };
}

beforeAll(() => {
  const html = demo('index.html');
  const body = html.indexOf('<body>') + 6;
  document.body.innerHTML = html.slice(body, html.indexOf('<script', body));
  history.replaceState(null, '', '#inbox');
  for (const script of ['conversations.js', 'render-message.js', 'reply-box.js', 'demo.js'])
    new Function(demo(script))();
});

async function open(id: string) {
  location.hash = `#inbox/${id}`;
  window.dispatchEvent(new HashChangeEvent('hashchange'));
  await wait(60);
  return createGmailClient(document).readOpenThread()!;
}

describe('the Gmail demo read as Gmail', () => {
  // [label, conversation, collapsed, bundled]
  test.each([
    ['two messages: the first collapsed', '18f1a2b3c4d5e601', 1, 0],
    ['four messages: two in between stay collapsed', '18f1a2b3c4d5e604', 3, 0],
    ['five messages: the older two in between fold', '18f1a2b3c4d5e608', 2, 2],
    ['the invoice itself folded', '18f1a2b3c4d5e611', 2, 2],
    ['nine messages: five fold, two stay collapsed', '18f1a2b3c4d5e612', 3, 5],
    ['a single message: expanded', '18f1a2b3c4d5e610', 0, 0],
  ])('%s', async (_label, id, collapsed, bundled) => {
    const read = await open(id);
    expect(read.thread.id).toBe(`gmail:${id}`);
    expect([read.collapsedMessages, read.hiddenMessages]).toEqual([collapsed, bundled]);
    expect(read.thread.messages.filter((m) => m.text === undefined).every((m) => m.preview)).toBe(
      true,
    );
    const ids = [...read.thread.messages.map((m) => m.id), ...(read.hiddenMessageIds ?? [])];
    expect(ids.every((m) => /^[0-9a-f]{16}$/.test(m))).toBe(true);
    expect(new Set(ids).size).toBe(
      (window as unknown as DemoWindow).demoMailbox.conversations.find((c) => c.id === id)!.messages
        .length,
    );
  });

  test('Read all messages expands everything and puts the view back, ids unchanged', async () => {
    const before = await open('18f1a2b3c4d5e612');
    const client = createGmailClient(document);
    const restore = await client.expandMessages!();
    const all = client.readOpenThread()!;
    expect([all.collapsedMessages, all.hiddenMessages]).toEqual([0, 0]);
    expect(all.thread.messages.map((m) => m.id)).toEqual(
      expect.arrayContaining([
        ...before.thread.messages.map((m) => m.id),
        ...before.hiddenMessageIds!,
      ]),
    );
    restore();
    // Gmail cannot fold messages back into the bundle: they stay collapsed.
    expect(client.readOpenThread()!).toMatchObject({ collapsedMessages: 8, hiddenMessages: 0 });
  });

  test('a reply sent from the reply box joins the conversation with its local id only', async () => {
    await open('18f1a2b3c4d5e606');
    const sent: string[] = [];
    const controller = new AbortController();
    createGmailClient(document).watchSends!((s) => sent.push(`${s.threadId} ${s.text}`), {
      signal: controller.signal,
    });
    document.querySelector<HTMLElement>('.amn .bkH')!.click();
    document.querySelector<HTMLElement>('[g_editable=true]')!.innerText = 'Of course, 60/40 it is.';
    document.querySelector<HTMLElement>('.aoO')!.click();
    controller.abort();
    expect(sent).toEqual(['gmail:18f1a2b3c4d5e606 Of course, 60/40 it is.']);
    const last = createGmailClient(document).readOpenThread()!.thread.messages.at(-1)!;
    expect(last.id).toMatch(/^r\d+$/);
    expect(last).toMatchObject({
      from: { email: 'anna@schmidt-design.example' },
      text: 'Of course, 60/40 it is.',
    });
  });
});
