/** Generated mailboxes and a spool that counts what passes through it, for the spool tests. */
import { SPOOL_DB_PREFIX } from '../../lib/import/idb-spool';
import type { MailboxFile } from '../../lib/import/import-mailbox';
import type { MessageSpool } from '../../lib/import/message-spool';

export interface MailSpec {
  id: string;
  subject: string;
  day: number;
  refs?: string;
  from?: string;
  to?: string;
}

export function mbox(mails: MailSpec[]): string {
  return mails
    .map(
      ({ id, subject, day, refs, from = 'anna@schmidt-design.de', to = 'max@mueller-gmbh.de' }) =>
        `From x Mon Oct  5 10:00:00 2026\nMessage-ID: <${id}>\n${refs ? `References: ${refs}\n` : ''}Date: ${day} Oct 2026 10:00:00 +0200\nFrom: ${from}\nTo: ${to}\nSubject: ${subject}\n\nHallo, anbei die Rechnung.\n\n`,
    )
    .join('');
}

/** Conversations of the owner with other customers, each of one message: what lies between. */
export function filler(count: number, start = 0): MailSpec[] {
  return Array.from({ length: count }, (_, k) => start + k).map((i) => ({
    id: `offer-${i}@x`,
    subject: `Angebot ${i}`,
    day: 10,
    to: `kunde${i}@example.de`,
  }));
}

export function mboxFile(name: string, text: string, chunk = 4096): MailboxFile {
  const bytes = new TextEncoder().encode(text);
  return {
    name,
    size: bytes.length,
    stream: () =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (let i = 0; i < bytes.length; i += chunk)
            controller.enqueue(bytes.slice(i, i + chunk));
          controller.close();
        },
      }),
  };
}

export function countingSpool(spool: MessageSpool) {
  const stats = { appended: 0, read: new Set<string>(), cleared: 0 };
  const counted: MessageSpool = {
    async append(entries) {
      stats.appended += entries.length;
      await spool.append(entries);
    },
    async read(buckets) {
      const found = await spool.read(buckets);
      for (const list of found.values()) list.forEach((m) => stats.read.add(m.id));
      return found;
    },
    async clear() {
      stats.cleared++;
      await spool.clear();
    },
  };
  return { stats, spool: counted };
}

export async function spoolDatabases(): Promise<string[]> {
  return (await indexedDB.databases())
    .map((d) => d.name ?? '')
    .filter((n) => n.startsWith(SPOOL_DB_PREFIX));
}
