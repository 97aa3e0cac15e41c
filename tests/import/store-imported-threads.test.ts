import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { startBackground } from '../../lib/background/start-background';
import { openIdbSpool } from '../../lib/import/idb-spool';
import { importMailbox } from '../../lib/import/import-mailbox';
import type { ImportedThread } from '../../lib/import/imported-thread';
import { sendMessage } from '../../lib/messages';
import { openDatabase } from '../../lib/storage/database';
import { fixtureFile } from './fixture-messages';
import { asExtensionPage } from '../storage/extension-page';

const now = new Date('2026-11-27T10:00:00+01:00');
let background: ReturnType<typeof startBackground>;
beforeEach(async () => {
  const name = `import-store-${Math.random()}`;
  background = startBackground({
    roleOf: asExtensionPage,
    openDb: () => openDatabase(name),
    now: () => now,
  });
  await background.ready;
});
afterEach(() => background.stop());

async function imported(files: string[]): Promise<ImportedThread[]> {
  const out: ImportedThread[] = [];
  await importMailbox(
    files.map((f) => fixtureFile(f)),
    {
      owner: { emails: ['anna@schmidt-design.de'] },
      spool: await openIdbSpool(),
      onThreads: (b) => void out.push(...b.threads),
    },
  );
  return out;
}
const storedSubjects = async () =>
  (await sendMessage('listThreads', undefined)).map((t) => t.subject).sort();

describe('storing an imported batch in the background', () => {
  test('each conversation comes back with what it became; only invoice threads are stored', async () => {
    const threads = await imported(['takeout.mbox', 'eml/invoice-kite.eml']);
    const outcomes = await sendMessage('importThreads', { threads, replacedIds: [] });
    const bySubject = Object.fromEntries(
      outcomes.map((o) => [threads.find((t) => t.thread.id === o.id)!.thread.subject, o.status]),
    );
    expect(bySubject).toEqual({
      'Rechnung RE-2026-041': 'silent',
      'Invoice INV-2026-007': 'silent',
      'Invoice INV-2026-033': 'silent',
      'Invoice INV-2026-072': 'silent',
      'Rechnung RE-2026-052': 'bounced',
      'Rechnung Nr. 2026-060 für Möbel-Fotos': 'paid',
    });
    expect(await storedSubjects()).toHaveLength(6);
  });

  test('a conversation the Gmail sidebar already tracks (same X-GM-THRID) is not stored a second time', async () => {
    const threads = await imported(['takeout.mbox']);
    const re041 = threads.find((t) => t.thread.subject === 'Rechnung RE-2026-041')!;
    expect(re041.sameAs).toEqual(['gmail:18acb9946aa50001']);
    const live = { ...re041.thread, id: 'gmail:18acb9946aa50001', client: 'gmail' as const };
    await sendMessage('trackThread', {
      thread: live,
      link: 'https://mail.google.com/mail/u/0/#inbox/18acb9946aa50001',
    });
    const outcomes = await sendMessage('importThreads', { threads, replacedIds: [] });
    expect(outcomes.find((o) => o.id === re041.thread.id)).toEqual({
      id: re041.thread.id,
      status: 'silent',
      sameAs: 'gmail:18acb9946aa50001',
    });
    const listed = await sendMessage('listThreads', undefined);
    expect(listed.filter((t) => t.subject === 'Rechnung RE-2026-041').map((t) => t.id)).toEqual([
      'gmail:18acb9946aa50001',
    ]);
    expect(listed).toHaveLength(5);
  });

  test('a thread that is not an import thread is refused: imports never overwrite what a mail client tracked', async () => {
    const [kite] = await imported(['eml/invoice-kite.eml']);
    const forged = {
      ...kite!,
      thread: { ...kite!.thread, id: 'gmail:18f1a2b3c4d5e601', client: 'gmail' as const },
    };
    expect(await sendMessage('importThreads', { threads: [forged], replacedIds: [] })).toEqual([]);
    expect(await storedSubjects()).toEqual([]);
  });

  test.each([
    ['an untouched merged thread is retired', undefined, []],
    [
      'a merged thread the person acted on is kept',
      { kind: 'hold', since: '2026-11-20' } as const,
      ['Invoice INV-2026-072'],
    ],
  ])('%s', async (_label, decision, left) => {
    const [kite] = await imported(['eml/invoice-kite.eml']);
    await sendMessage('importThreads', { threads: [kite!], replacedIds: [] });
    if (decision) await sendMessage('setDecision', { threadId: kite!.thread.id, decision });
    await sendMessage('importThreads', { threads: [], replacedIds: [kite!.thread.id] });
    expect(await storedSubjects()).toEqual(left);
  });
});
