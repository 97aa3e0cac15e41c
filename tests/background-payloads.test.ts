/**
 * Every payload the background accepts goes through a schema with size limits: a refused one
 * gets a clear error and stores nothing, whoever sends it (here: an extension page).
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { startBackground } from '../lib/background/start-background';
import { sendMessage } from '../lib/messages';
import { openDatabase } from '../lib/storage/database';
import { useMessages } from './storage/fake-i18n';
import { asExtensionPage } from './storage/extension-page';
import { byName, FIXTURE_NOW, freshDbName, labelAnalyzer } from './storage/labelled-threads';

let background: ReturnType<typeof startBackground>;
beforeEach(async () => {
  useMessages('en');
  const name = freshDbName();
  background = startBackground({
    openDb: () => openDatabase(name),
    analyze: labelAnalyzer,
    now: () => FIXTURE_NOW,
    roleOf: asExtensionPage,
  });
  await background.ready;
  await sendMessage('trackThread', { thread: byName('de-silent-two-reminders').thread, link: '' });
});
afterEach(() => background.stop());

const thread = byName('de-silent-two-reminders').thread;
const stored = async () => {
  const [summary] = await sendMessage('listThreads', undefined);
  return {
    count: (await sendMessage('listThreads', undefined)).length,
    lastFollowUp: summary?.lastFollowUpDate,
    decision: summary?.decision,
    overrides: summary?.overrides,
  };
};

describe('refused payloads store nothing', () => {
  test.each([
    [
      'a 40 MB message body',
      () =>
        sendMessage('trackThread', {
          link: '',
          thread: {
            ...thread,
            messages: [{ ...thread.messages[0]!, text: 'x'.repeat(40_000_000) }],
          },
        }),
    ],
    [
      'a thread with 1,001 messages',
      () =>
        sendMessage('trackThread', {
          link: '',
          thread: { ...thread, messages: Array.from({ length: 1001 }, () => thread.messages[0]!) },
        }),
    ],
    [
      'a Gmail thread id claiming to be Outlook',
      () => sendMessage('trackThread', { link: '', thread: { ...thread, client: 'outlook' } }),
    ],
    ['no thread at all', () => sendMessage('trackThread', { link: '' } as never)],
    [
      'stage 99',
      () =>
        sendMessage('recordFollowUp', {
          threadId: thread.id,
          stage: 99 as never,
          date: '2026-11-20T10:00:00Z',
        }),
    ],
    [
      'a follow-up dated "soon"',
      () => sendMessage('recordFollowUp', { threadId: thread.id, stage: 2, date: 'soon' }),
    ],
    [
      'an unknown decision',
      () =>
        sendMessage('setDecision', { threadId: thread.id, decision: { kind: 'forgive' } as never }),
    ],
    [
      'a snooze until no date',
      () =>
        sendMessage('setDecision', {
          threadId: thread.id,
          decision: { kind: 'snooze', until: 'tomorrow' },
        }),
    ],
    [
      'a jurisdiction nobody knows',
      () =>
        sendMessage('setThreadOverrides', {
          threadId: thread.id,
          overrides: { jurisdiction: 'XX' as never },
        }),
    ],
    [
      'an import batch of 1,001 threads',
      () =>
        sendMessage('importThreads', {
          threads: Array.from({ length: 1001 }, () => ({
            thread: { ...thread, id: 'import:x', client: 'import' as const },
            link: '',
            sameAs: [],
          })),
          replacedIds: [],
        }),
    ],
  ])('%s', async (_label, ask) => {
    const before = await stored();
    await expect(ask()).rejects.toThrow(/^Refused "\w+": the request is malformed or too large/);
    expect(await stored()).toEqual(before);
  });

  test('the error says where, never what the value was', async () => {
    const secret = 'Please pay to GB33BUKB20201555555555 instead';
    const error = await sendMessage('setDecision', {
      threadId: thread.id,
      decision: { kind: secret } as never,
    }).catch((e: Error) => e);
    expect(String(error)).not.toContain(secret);
  });

  test('fields the schema does not know are left behind, never stored', async () => {
    await sendMessage('trackThread', {
      link: '',
      thread: { ...thread, extra: 'x'.repeat(1000) } as never,
    });
    const backup = await sendMessage('exportBackup', undefined);
    expect(JSON.stringify(backup.contents)).not.toContain('x'.repeat(1000));
  });
});
