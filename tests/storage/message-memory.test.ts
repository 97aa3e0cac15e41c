/**
 * Remembered messages: a conversation seen whole once is read whole later, when the client
 * shows it collapsed or bundled; a message sent from the client is read from its capture.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { analyzeThread, type MailMessage, type MailThread } from '../../lib/core/index';
import { openDatabase, type UnghostDb } from '../../lib/storage/database';
import { forgetEverything } from '../../lib/storage/forget-everything';
import {
  MAX_PER_THREAD,
  MAX_TOTAL,
  recallMessages,
  rememberMessages,
} from '../../lib/storage/message-memory';
import * as store from '../../lib/storage/thread-store';
import type { Analyzer } from '../../lib/storage/thread-store';
import { byName, freshDbName } from './labelled-threads';

let db: UnghostDb;
beforeEach(async () => {
  db = await openDatabase(freshDbName());
});

const l = byName('de-silent-two-reminders');
const NOW = new Date(l.now);
const analyze: Analyzer = (thread, opts) => analyzeThread(thread, opts);
const track = (
  thread: MailThread,
  extra: { hiddenMessageIds?: string[]; hiddenMessages?: number } = {},
) => store.trackThread(db, { thread, link: '', ...extra }, NOW, analyze);

/** The thread as the client shows it by default: every message but the newest collapsed. */
function collapsedView(thread: MailThread): MailThread {
  const last = thread.messages.length - 1;
  return {
    ...thread,
    messages: thread.messages.map((m, i) => {
      if (i === last) return m;
      const { text: _text, attachments: _a, ...rest } = m;
      return { ...rest, preview: (m.text ?? '').slice(0, 40) };
    }),
  };
}

describe('a conversation seen whole once', () => {
  test('is read whole when the client later shows it collapsed, and its stored content keeps every text', async () => {
    const full = analyzeThread(l.thread, { now: NOW });
    await track(l.thread);
    const later = await track(collapsedView(l.thread));
    expect(later.record?.analysis).toEqual(full);
    expect(later.state.remembered?.map((m) => m.id)).toEqual(
      l.thread.messages.slice(0, -1).map((m) => m.id),
    );
    expect((await db.get('contents', l.thread.id))?.thread.messages.map((m) => m.text)).toEqual(
      l.thread.messages.map((m) => m.text),
    );
  });

  test('is read whole when its older messages are bundled out of sight', async () => {
    const full = analyzeThread(l.thread, { now: NOW });
    await track(l.thread);
    const shown = { ...l.thread, messages: l.thread.messages.slice(-1) };
    const ids = l.thread.messages.slice(0, -1).map((m) => m.id);
    const later = await track(shown, { hiddenMessageIds: ids, hiddenMessages: ids.length });
    expect(later.record?.analysis).toEqual(full);
  });

  test('a conversation read in full that is no invoice leaves nothing behind', async () => {
    const quote = byName('de-not-invoice-angebot').thread;
    await track(quote);
    expect(await db.count('messages')).toBe(0);
    expect(await db.count('threads')).toBe(0);
  });

  test('an incomplete reading that is no invoice yet remembers what it saw, for the next visit', async () => {
    const first = collapsedView(l.thread);
    // Only the newest (a reminder) shown whole on this visit; the invoice never seen.
    await track(
      { ...first, messages: first.messages.slice(-1) },
      { hiddenMessages: first.messages.length - 1 },
    );
    expect(await db.count('messages')).toBe(1);
  });

  test('"forget everything" forgets remembered messages too', async () => {
    await track(l.thread);
    expect(await db.count('messages')).toBe(l.thread.messages.length);
    await forgetEverything(db);
    expect(await db.count('messages')).toBe(0);
  });
});

describe('captures at Send', () => {
  test('a new invoice sent from the client stands in for its collapsed message in the conversation', async () => {
    const invoice = l.thread.messages[0]!;
    await rememberMessages(
      db,
      'subject:' + (l.thread.subject ?? '').toLowerCase(),
      [{ ...invoice, id: `sent:${invoice.date}`, from: { email: '' } }],
      'sent',
      NOW,
    );
    const later = await track(collapsedView(l.thread));
    expect(later.record?.analysis.invoice).toEqual(analyzeThread(l.thread, { now: NOW }).invoice);
    // The capture now belongs to the conversation, not to its subject.
    expect(await recallMessages(db, ['subject:' + (l.thread.subject ?? '').toLowerCase()])).toEqual(
      [],
    );
    expect((await recallMessages(db, [l.thread.id])).some((m) => m.source === 'sent')).toBe(true);
  });
});

describe('caps', () => {
  const message = (i: number): MailMessage => ({
    id: `m${i}`,
    from: { email: 'a@b.example' },
    date: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
    text: `message ${i}`,
  });

  test(`a conversation keeps its newest ${MAX_PER_THREAD} messages`, async () => {
    const many = Array.from({ length: MAX_PER_THREAD + 20 }, (_, i) => message(i));
    await rememberMessages(db, 'gmail:t', many, 'read', NOW);
    const kept = await recallMessages(db, ['gmail:t']);
    expect(kept).toHaveLength(MAX_PER_THREAD);
    expect(kept.map((m) => m.id)).not.toContain('m0');
    expect(kept.map((m) => m.id)).toContain(`m${MAX_PER_THREAD + 19}`);
  });

  test(`the store keeps the ${MAX_TOTAL} most recently seen messages`, async () => {
    for (let t = 0; t < MAX_TOTAL / 100 + 1; t++) {
      const seen = new Date(NOW.getTime() + t * 1000);
      await rememberMessages(
        db,
        `gmail:t${t}`,
        Array.from({ length: 100 }, (_, i) => message(i)),
        'read',
        seen,
      );
    }
    expect(await db.count('messages')).toBe(MAX_TOTAL);
    expect(await recallMessages(db, ['gmail:t0'])).toEqual([]);
    expect(await recallMessages(db, [`gmail:t${MAX_TOTAL / 100}`])).toHaveLength(100);
  });

  test('texts are cut at 100,000 characters', async () => {
    await rememberMessages(
      db,
      'gmail:t',
      [{ ...message(1), text: 'x'.repeat(150_000) }],
      'read',
      NOW,
    );
    expect((await recallMessages(db, ['gmail:t']))[0]?.text).toHaveLength(100_000);
  });
});
