/**
 * draftFollowUp checks its arguments like analyzeThread reads its thread: it never throws, and
 * an argument that is not what its type says gives a validation error naming the field.
 */
import { describe, expect, test } from 'vitest';
import { analyzeThread } from '../../lib/core/analyze-thread';
import { draftFollowUp, type DraftOptions } from '../../lib/core/draft';
import type { MailThread } from '../../lib/core/mail-thread';
import type { DraftErrorField } from '../../lib/core/results';
import { defaultLateInterestTables } from '../../lib/core/late-interest-rates';
import { invoiceThread } from './thread-builder';

const NOW = '2026-11-20T10:00:00+01:00';
const good = () =>
  invoiceThread({
    text: 'Invoice INV-1\nTotal: €100.00\nDue date: 15/10/2026',
    attachments: ['invoice.pdf'],
  });
const withThread = (change: Record<string, unknown>) =>
  ({ ...good(), ...change }) as unknown as MailThread;

describe('an argument of the wrong type gives a clear validation error, not a TypeError', () => {
  test.each<[string, unknown, unknown, DraftErrorField]>([
    ['a null thread', null, { now: NOW }, 'thread'],
    ['a thread that is a string', 'gmail:1', { now: NOW }, 'thread'],
    ['a non-string subject', withThread({ subject: 42 }), { now: NOW }, 'thread.subject'],
    [
      'a subject that is an object',
      withThread({ subject: { text: 'x' } }),
      { now: NOW },
      'thread.subject',
    ],
    ['no owner', withThread({ owner: null }), { now: NOW }, 'thread.owner'],
    [
      'numeric owner addresses',
      withThread({ owner: { emails: [7, 8] } }),
      { now: NOW },
      'thread.owner.emails',
    ],
    [
      'owner addresses that are one string',
      withThread({ owner: { emails: 'a@b.de' } }),
      { now: NOW },
      'thread.owner.emails',
    ],
    [
      'an owner name that is a number',
      withThread({ owner: { name: 5, emails: [] } }),
      { now: NOW },
      'thread.owner.name',
    ],
    [
      'messages that are an object',
      withThread({ messages: { 0: {} } }),
      { now: NOW },
      'thread.messages',
    ],
    ['options that are a string', good(), 'stage 2', 'options'],
    ['null settings', good(), { now: NOW, settings: null }, 'settings'],
    [
      'an unknown jurisdiction',
      good(),
      { now: NOW, stage: 3, settings: { jurisdiction: 'XX' } },
      'settings.jurisdiction',
    ],
    [
      'an unknown customer type',
      good(),
      { now: NOW, settings: { customerType: 'alien' } },
      'settings.customerType',
    ],
    [
      'an unknown default language',
      good(),
      { now: NOW, settings: { defaultLanguage: 'tlh' } },
      'settings.defaultLanguage',
    ],
    ['numeric aliases', good(), { now: NOW, settings: { aliases: [1, 2] } }, 'settings.aliases'],
    [
      'payment details that are null',
      good(),
      { now: NOW, settings: { payment: null } },
      'settings.payment',
    ],
    [
      'an IBAN that is a number',
      good(),
      { now: NOW, settings: { payment: { iban: 123 } } },
      'settings.payment',
    ],
    [
      'a signature that is an array',
      good(),
      { now: NOW, settings: { signature: ['Anna'] } },
      'settings.signature',
    ],
    [
      'rate tables missing a country',
      good(),
      { now: NOW, settings: { lateInterestTables: { DE: {} } } },
      'settings.lateInterestTables',
    ],
    [
      'rate tables with a broken French table (the newer laws are checked when present)',
      good(),
      {
        now: NOW,
        settings: {
          lateInterestTables: {
            ...defaultLateInterestTables,
            FR: { ...defaultLateInterestTables.FR, consumer: { marginPoints: 0, ownReference: 7 } },
          },
        },
      },
      'settings.lateInterestTables',
    ],
    ['now as a number', good(), { now: 1_795_000_000_000 }, 'now'],
    ['now that is no date', good(), { now: 'yesterday' }, 'now'],
    ['now an invalid Date', good(), { now: new Date('x') }, 'now'],
    ['stage 99', good(), { now: NOW, stage: 99 }, 'stage'],
    ['stage as a string', good(), { now: NOW, stage: '2' }, 'stage'],
    ['an analysis that is null', good(), { now: NOW, analysis: null }, 'analysis'],
  ])('%s', (_label, thread, opts, field) => {
    const result = draftFollowUp(thread as MailThread, opts as DraftOptions);
    expect(result).toEqual({ ok: false, error: { code: 'invalid_input', field } });
  });
});

describe('well-typed input still drafts, however little it says', () => {
  test.each<[string, unknown, DraftOptions]>([
    ['the labelled invoice', good(), { now: NOW }],
    ['no subject', withThread({ subject: undefined }), { now: NOW }],
    ['no messages at all', withThread({ messages: undefined }), { now: NOW }],
    [
      'junk among the messages (read like analyzeThread reads it)',
      withThread({ messages: [null, 7, ...good().messages] }),
      { now: NOW },
    ],
    ['a Date for now', good(), { now: new Date('2026-11-20T10:00:00+01:00') }],
    [
      'stage 4 by hand with a jurisdiction',
      good(),
      { now: NOW, stage: 4, settings: { jurisdiction: 'DE' } },
    ],
    ['the analysis handed in', good(), { now: NOW, analysis: analyzeThread(good(), { now: NOW }) }],
  ])('%s', (_label, thread, opts) => {
    const result = draftFollowUp(thread as MailThread, opts);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.draft.text.length).toBeGreaterThan(0);
  });
});
