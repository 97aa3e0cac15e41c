/**
 * What Unghost has seen of each conversation's messages, kept by message id so that a later
 * visit that shows them collapsed or bundled still reads them whole: text read expanded in the
 * client, and text captured as the person sent it. Lives in the extension's own IndexedDB only.
 *
 * Capped per conversation (its newest MAX_PER_THREAD messages) and in total (the
 * MAX_TOTAL most recently seen); deleted with "forget everything", and with a conversation
 * that turned out, read in full, not to be an invoice.
 */
import type { MailMessage, RememberedMessage } from '../core/index';
import type { UnghostDb } from './database';
import type { StoredMessage } from './stored-message';
import { subjectKey } from '../core/index';

export const MAX_PER_THREAD = 200;
export const MAX_TOTAL = 5000;
/** Longer texts are cut: an invoice and its replies say what matters well within this. */
export const MAX_TEXT = 100_000;

/** Where a capture at Send of new mail waits until its conversation is read. */
export function sentSubjectKey(subject: string | undefined): string {
  // The import's own reading of a subject: reply and forward prefixes off, lower-cased.
  return `subject:${subjectKey(subject).key.slice(0, 300)}`;
}

function stored(
  threadId: string,
  m: MailMessage,
  source: RememberedMessage['source'],
  seenAt: string,
): StoredMessage {
  const { preview: _preview, ...message } = m;
  const text = (message.text ?? '').slice(0, MAX_TEXT);
  return { ...message, text, threadId, source, seenAt };
}

/** Every message remembered for these keys (a thread id, and the subject key of captures). */
export async function recallMessages(db: UnghostDb, keys: string[]): Promise<StoredMessage[]> {
  const tx = db.transaction('messages');
  const lists = await Promise.all(keys.map((k) => tx.store.index('by-thread').getAll(k)));
  await tx.done;
  return lists.flat();
}

/**
 * Remembers the messages of `threadId` that carry text, then keeps the thread's newest
 * MAX_PER_THREAD and the store's MAX_TOTAL most recently seen.
 */
export async function rememberMessages(
  db: UnghostDb,
  threadId: string,
  messages: readonly MailMessage[],
  source: RememberedMessage['source'],
  now: Date,
): Promise<void> {
  const withText = messages.filter((m) => typeof m.text === 'string' && m.id);
  if (withText.length === 0) return;
  const tx = db.transaction('messages', 'readwrite');
  const at = now.toISOString();
  await Promise.all(withText.map((m) => tx.store.put(stored(threadId, m, source, at))));
  const mine = await tx.store.index('by-thread').getAll(threadId);
  if (mine.length > MAX_PER_THREAD) {
    const oldest = mine
      .sort((a, b) => Date.parse(b.date) - Date.parse(a.date))
      .slice(MAX_PER_THREAD);
    await Promise.all(oldest.map((m) => tx.store.delete([m.threadId, m.id])));
  }
  let excess = (await tx.store.count()) - MAX_TOTAL;
  if (excess > 0) {
    let cursor = await tx.store.index('by-seen').openCursor();
    while (cursor && excess > 0) {
      await cursor.delete();
      excess--;
      cursor = await cursor.continue();
    }
  }
  await tx.done;
}

/** Forgets every message remembered under `key` (a thread id or a subject key). */
export async function forgetMessages(db: UnghostDb, key: string): Promise<void> {
  const tx = db.transaction('messages', 'readwrite');
  const keys = await tx.store.index('by-thread').getAllKeys(key);
  await Promise.all(keys.map((k) => tx.store.delete(k)));
  await tx.done;
}
