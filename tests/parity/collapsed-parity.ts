/**
 * Collapsed-view parity: every labelled fixture thread rendered by each demo client the way the
 * client opens a conversation by default (older messages collapsed to their preview, long
 * conversations bundled or folded, the newest expanded), read by that client's reader and by
 * the sidebar's merge, and compared with the core's reading of the whole thread. Twice: with
 * nothing remembered (no earlier visit, no capture at Send), and after one visit that showed
 * every message expanded.
 *
 * The demos run as they do in the browser (their own scripts, in a happy-dom window), fed the
 * fixture threads instead of their own mailbox. Shared by the test that holds the floor and by
 * `npm run bench -- parity`, which prints the figures.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Window } from 'happy-dom';
import {
  analyzeThread,
  mergeReadings,
  type MailThread,
  type RememberedMessage,
  type ThreadAnalysis,
} from '../../lib/core/index';
import type { OpenThread } from '../../lib/mail-clients/mail-client';
import { readGmailThread } from '../../lib/mail-clients/gmail/read-gmail-thread';
import { readOutlookThread } from '../../lib/mail-clients/outlook/read-outlook-thread';

const DEMO = resolve(import.meta.dirname, '..', '..', 'demo');
const FIXTURES = resolve(import.meta.dirname, '..', 'fixtures', 'threads');

export interface Labelled {
  name: string;
  now: string;
  thread: MailThread;
}

export type Client = 'gmail' | 'outlook';

export interface ParityRow {
  name: string;
  client: Client;
  full: ThreadAnalysis;
  /** The sidebar's reading with nothing remembered. */
  cold: ThreadAnalysis;
  coldUnseen: number;
  /** The sidebar's reading after one visit that showed the conversation expanded. */
  seen: ThreadAnalysis;
  seenUnseen: number;
}

export function labelledThreads(): Labelled[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({
      name: file.replace('.json', ''),
      ...JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')),
    }));
}

/**
 * A demo page in a happy-dom window: its HTML without scripts, then its scripts in order; a
 * function in the list runs at its place (to feed the fixture threads in).
 */
function demoWindow(
  client: Client,
  url: string,
  steps: Array<string | ((w: Window) => void)>,
): Window {
  const w = new Window({ url });
  const html = readFileSync(join(DEMO, client, 'index.html'), 'utf8')
    .replace(/<script[^>]*><\/script>/g, '')
    .replace(/<link[^>]*>/g, '');
  w.document.write(html);
  for (const step of steps) {
    if (typeof step === 'function') step(w);
    else w.eval(readFileSync(join(DEMO, client, step), 'utf8'));
  }
  return w;
}

const globals = (w: Window) => w as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const person = (a: { name?: string; email: string }) => [a.name || a.email, a.email];
const lines = (m: MailThread['messages'][number]) => (m.text ?? '').split('\n');

/** Gmail: the demo's own mailbox replaced by the fixture threads. */
async function gmailReading(l: Labelled, expanded: boolean): Promise<OpenThread> {
  const id = '19aa00000000beef';
  const conversation = {
    id,
    label: l.name,
    subject: l.thread.subject ?? '',
    messages: l.thread.messages.map((m) => ({
      from: person(m.from),
      to: (m.to ?? []).map(person),
      ago: m.date,
      lines: lines(m),
      ...(m.attachments?.length ? { attachments: m.attachments.map((a) => a.name) } : {}),
      ...(expanded ? { view: 'expanded' } : {}),
    })),
  };
  const owner = l.thread.owner;
  const w = demoWindow('gmail', `https://mail.google.com/mail/u/0/#inbox/${id}`, [
    'conversations.js',
    (win) => {
      // The demo's own default views (defaultViews), with the fixture thread as the mailbox.
      const box = globals(win).demoMailbox;
      box.owner = [owner.name ?? owner.emails[0], owner.emails[0]];
      box.conversations = [conversation];
      box.at = (when: string) => new Date(when);
    },
    'render-message.js',
    'reply-box.js',
    'demo.js',
  ]);
  await w.happyDOM.waitUntilComplete();
  if (expanded) expandAllGmail(w);
  const read = readGmailThread(w.document as unknown as Document, { aliases: owner.emails });
  w.happyDOM.abort();
  if (!read) throw new Error(`gmail demo showed no conversation for ${l.name}`);
  return read;
}

function expandAllGmail(w: Window): void {
  for (let i = 0; i < 3; i++) {
    for (const bar of w.document.querySelectorAll('div.adx[role=button]'))
      (bar as unknown as HTMLElement).click();
    for (const item of w.document.querySelectorAll('.kv')) (item as unknown as HTMLElement).click();
  }
}

/** Outlook (personal account: every sender shown with an address). */
async function outlookReading(l: Labelled, expanded: boolean): Promise<OpenThread> {
  const address = (a: { name?: string; email: string }) => ({
    name: a.name || a.email,
    email: a.email,
  });
  const conversation = {
    key: 'p1',
    subject: l.thread.subject ?? '',
    messages: l.thread.messages.map((m) => ({
      from: address(m.from),
      to: (m.to ?? []).map(address),
      cc: (m.cc ?? []).map(address),
      daysAgo: m.date,
      lines: lines(m),
      ...(m.attachments?.length
        ? { attachments: m.attachments.map((a) => ({ name: a.name, size: '80 KB' })) }
        : {}),
    })),
  };
  const w = demoWindow('outlook', 'https://outlook.live.com/mail/0/inbox', [
    'format.js',
    (win) => {
      // The fixture's own dates instead of "n days ago".
      globals(win).OutlookDemoFormat.at = (when: string) => new Date(when);
      globals(win).OutlookDemoData = { buildMailbox: () => [conversation] };
    },
    'editor.js',
    'app.js',
  ]);
  await w.happyDOM.waitUntilComplete();
  (w.document.querySelector('[role=option][data-convid]') as unknown as HTMLElement).click();
  await w.happyDOM.waitUntilComplete();
  if (expanded) {
    for (let i = 0; i < 3; i++) {
      for (const fold of w.document.querySelectorAll('.fold button'))
        (fold as unknown as HTMLElement).click();
      for (const item of w.document.querySelectorAll(
        '[data-app-section=ConversationContainer] [aria-expanded=false]',
      ))
        (item as unknown as HTMLElement).click();
    }
  }
  const read = readOutlookThread(w.document as unknown as Document, {
    url: w.location.href,
    aliases: l.thread.owner.emails,
  });
  w.happyDOM.abort();
  if (!read) throw new Error(`outlook demo showed no conversation for ${l.name}`);
  return read;
}

const readers: Record<Client, (l: Labelled, expanded: boolean) => Promise<OpenThread>> = {
  gmail: gmailReading,
  outlook: outlookReading,
};

/** What a visit with everything expanded leaves in memory: every message read whole. */
function remembered(open: OpenThread): RememberedMessage[] {
  return open.thread.messages
    .filter((m) => typeof m.text === 'string')
    .map((m) => ({ ...m, source: 'read' as const }));
}

export async function parityRow(l: Labelled, client: Client): Promise<ParityRow> {
  const now = l.now;
  const full = analyzeThread(l.thread, { now });
  const page = await readers[client](l, false);
  const pageReading = {
    thread: page.thread,
    hiddenMessageIds: page.hiddenMessageIds,
    hiddenMessages: page.hiddenMessages,
  };
  const cold = mergeReadings(pageReading, []);
  const visit = await readers[client](l, true);
  const seen = mergeReadings(pageReading, remembered(visit));
  return {
    name: l.name,
    client,
    full,
    cold: analyzeThread(cold.thread, { now }),
    coldUnseen: cold.unseen,
    seen: analyzeThread(seen.thread, { now }),
    seenUnseen: seen.unseen,
  };
}

export interface ParityFigures {
  threads: number;
  cold: { status: number; stage: number; facts: number };
  seen: { status: number; stage: number; facts: number };
  misses: string[];
}

const sameFacts = (a: ThreadAnalysis, b: ThreadAnalysis) =>
  JSON.stringify(a.invoice ?? {}) === JSON.stringify(b.invoice ?? {});

/** Share of rows (0-1) whose reading agrees with the whole thread's, cold and after one visit. */
export function parityFigures(rows: ParityRow[]): ParityFigures {
  const share = (ok: (r: ParityRow) => boolean) => rows.filter(ok).length / rows.length;
  const misses = rows
    .filter((r) => r.cold.status !== r.full.status || r.cold.stage !== r.full.stage)
    .map(
      (r) =>
        `${r.client} ${r.name}: ${r.full.status}/${r.full.stage ?? '-'} read as ${r.cold.status}/${r.cold.stage ?? '-'} (${r.coldUnseen} unseen)`,
    );
  return {
    threads: rows.length,
    cold: {
      status: share((r) => r.cold.status === r.full.status),
      stage: share((r) => r.cold.stage === r.full.stage),
      facts: share((r) => sameFacts(r.cold, r.full)),
    },
    seen: {
      status: share((r) => r.seen.status === r.full.status),
      stage: share((r) => r.seen.stage === r.full.stage),
      facts: share((r) => sameFacts(r.seen, r.full)),
    },
    misses,
  };
}
