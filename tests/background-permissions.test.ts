/**
 * The mail page is hostile: what a content script (or a script injected into Gmail or Outlook)
 * may ask of the background, decided from the browser's record of the sender.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { senderRole, type SenderRole } from '../lib/background/sender-permissions';
import { startBackground } from '../lib/background/start-background';
import { sendMessage } from '../lib/messages';
import { openDatabase } from '../lib/storage/database';
import { useMessages } from './storage/fake-i18n';
import { byName, FIXTURE_NOW, freshDbName, labelAnalyzer } from './storage/labelled-threads';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

describe('who is asking', () => {
  test.each([
    ['the popup', { id: ID, url: `${ORIGIN}popup.html` }, { kind: 'extension' }],
    [
      'the options page in a tab',
      { id: ID, url: `${ORIGIN}options.html`, origin: ORIGIN.slice(0, -1) },
      { kind: 'extension' },
    ],
    [
      'the content script in Gmail',
      {
        id: ID,
        url: 'https://mail.google.com/mail/u/0/#inbox/1',
        origin: 'https://mail.google.com',
      },
      { kind: 'content', client: 'gmail' },
    ],
    [
      'the content script in Outlook (personal)',
      { id: ID, url: 'https://outlook.live.com/mail/0/' },
      { kind: 'content', client: 'outlook' },
    ],
    [
      'another extension',
      { id: 'zzzz', url: `chrome-extension://zzzz/x.html` },
      { kind: 'unknown' },
    ],
    [
      'our id on another site',
      { id: ID, url: 'https://evil.example/mail.google.com' },
      { kind: 'unknown' },
    ],
    [
      'a look-alike host',
      { id: ID, url: 'https://mail.google.com.evil.example/' },
      { kind: 'unknown' },
    ],
    ['no URL at all', { id: ID }, { kind: 'unknown' }],
  ])('%s', (_label, sender, role) => {
    expect(senderRole(sender, ID, ORIGIN)).toEqual(role);
  });
});

let role: SenderRole = { kind: 'extension' };
let background: ReturnType<typeof startBackground>;
beforeEach(async () => {
  useMessages('en');
  role = { kind: 'extension' };
  const name = freshDbName();
  background = startBackground({
    openDb: () => openDatabase(name),
    analyze: labelAnalyzer,
    now: () => FIXTURE_NOW,
    roleOf: () => role,
  });
  await background.ready;
  await sendMessage('saveSettings', {
    ownerName: 'Markus Lehmann',
    payment: { iban: 'DE89370400440532013000' },
  });
  await sendMessage('trackThread', { thread: byName('de-silent-two-reminders').thread, link: '' });
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  background.stop();
  vi.restoreAllMocks();
});

const gmailThread = byName('de-silent-two-reminders').thread;
const outlookThread = { ...gmailThread, id: 'outlook:AAQk1', client: 'outlook' as const };

describe('a script in the Gmail page', () => {
  beforeEach(() => {
    role = { kind: 'content', client: 'gmail' };
  });

  test.each([
    [
      'track a Gmail conversation',
      () => sendMessage('trackThread', { thread: gmailThread, link: '' }),
    ],
    [
      'record a follow-up on a Gmail thread',
      () =>
        sendMessage('recordFollowUp', {
          threadId: gmailThread.id,
          stage: 3,
          date: '2026-11-20T10:00:00Z',
        }),
    ],
    [
      'correct how the reply of its own Gmail thread was read',
      () =>
        sendMessage('setReplyCorrection', {
          threadId: gmailThread.id,
          correction: { replyDate: '2026-11-02T10:00:00Z', notDispute: true },
        }),
    ],
    [
      'undo the tracking its own send started',
      () => sendMessage('untrackSent', { threadId: gmailThread.id }),
    ],
    ['read the settings a draft needs', () => sendMessage('getSettings', undefined)],
    ['save the owner name', () => sendMessage('saveSettings', { ownerName: 'Markus Lehmann' })],
    [
      'report how a Gmail conversation read',
      () =>
        sendMessage('reportReading', { client: 'gmail', result: 'full', found: {}, missing: [] }),
    ],
  ])('may %s', async (_label, ask) => {
    await expect(ask()).resolves.not.toThrow();
  });

  test.each([
    ['export every stored thread', () => sendMessage('exportBackup', undefined)],
    ['list every thread', () => sendMessage('listThreads', undefined)],
    [
      'replace the IBAN',
      () => sendMessage('saveSettings', { payment: { iban: 'GB33BUKB20201555555555' } }),
    ],
    ['replace everything with a backup', () => sendMessage('importBackup', { text: '{}' })],
    ['wipe everything', () => sendMessage('forgetEverything', undefined)],
    ['set rate tables', () => sendMessage('updateRateTables', { tables: null })],
    [
      'decide a thread is paid',
      () =>
        sendMessage('setDecision', {
          threadId: gmailThread.id,
          decision: { kind: 'paid', date: '2026-11-20' },
        }),
    ],
    [
      'overwrite an Outlook thread',
      () => sendMessage('trackThread', { thread: outlookThread, link: '' }),
    ],
    [
      'record a follow-up on an Outlook thread',
      () =>
        sendMessage('recordFollowUp', {
          threadId: outlookThread.id,
          stage: 4,
          date: '2026-11-20T10:00:00Z',
        }),
    ],
    [
      'correct how the reply of an Outlook thread was read',
      () =>
        sendMessage('setReplyCorrection', {
          threadId: outlookThread.id,
          correction: { replyDate: '2026-11-02T10:00:00Z', promisedDate: '2026-12-01' },
        }),
    ],
    [
      'undo a tracking in Outlook',
      () => sendMessage('untrackSent', { threadId: outlookThread.id }),
    ],
    [
      'report a send as Outlook’s',
      () =>
        sendMessage('rememberSent', {
          client: 'outlook',
          sent: { text: 'x', attachments: [], to: [], date: '2026-11-20T10:00:00Z' },
        }),
    ],
    [
      'report for Outlook',
      () =>
        sendMessage('reportReading', { client: 'outlook', result: 'full', found: {}, missing: [] }),
    ],
    ['read the reading health', () => sendMessage('getReadingHealth', undefined)],
  ])('may not %s, and nothing changes', async (_label, ask) => {
    await expect(ask()).rejects.toThrow('Not allowed.');
    role = { kind: 'extension' };
    expect((await sendMessage('getSettings', undefined)).payment.iban).toBe(
      'DE89370400440532013000',
    );
    expect(await sendMessage('listThreads', undefined)).toHaveLength(1);
    expect((await sendMessage('listThreads', undefined))[0]?.view.status).toBe('silent');
    expect(console.warn).toHaveBeenCalledWith(
      expect.stringMatching(/^\[unghost\] refused "\w+" from a gmail page$/),
    );
  });
});

test('a sender the browser cannot place may ask nothing', async () => {
  role = { kind: 'unknown' };
  await expect(sendMessage('getSettings', undefined)).rejects.toThrow('Not allowed.');
});
