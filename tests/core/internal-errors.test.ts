/**
 * A bug inside the core is not an answer: analyzeThread throws it as an AnalysisError (the
 * sidebar then says it could not analyse the conversation), draftFollowUp reports it as an
 * internal error. Hostile input is no bug: it still gets an ordinary answer.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { AnalysisError, analyzeThread } from '../../lib/core/analyze-thread';
import { draftFollowUp } from '../../lib/core/draft';
import type { MailThread } from '../../lib/core/mail-thread';
import { invoiceThread } from './thread-builder';

const bug = vi.hoisted(() => ({ in: undefined as 'status' | 'render' | undefined }));

vi.mock('../../lib/core/thread-status', async (original) => {
  const real = await original<typeof import('../../lib/core/thread-status')>();
  return {
    ...real,
    threadStatus: (...args: Parameters<typeof real.threadStatus>) => {
      if (bug.in === 'status')
        throw new TypeError("Cannot read properties of undefined (reading 'date')");
      return real.threadStatus(...args);
    },
  };
});
vi.mock('../../lib/core/drafts/render', async (original) => {
  const real = await original<typeof import('../../lib/core/drafts/render')>();
  return {
    ...real,
    renderDraft: (...args: Parameters<typeof real.renderDraft>) => {
      if (bug.in === 'render') throw new RangeError('Invalid time value');
      return real.renderDraft(...args);
    },
  };
});

afterEach(() => {
  bug.in = undefined;
});

const NOW = '2026-11-20T10:00:00+01:00';
const invoice = () =>
  invoiceThread({
    text: 'Invoice INV-1\nTotal: €100.00\nDue date: 15/10/2026',
    attachments: ['invoice.pdf'],
  });

describe('analyzeThread: a bug comes out as an AnalysisError, never as "not an invoice"', () => {
  test('a thrown error inside the analysis is re-thrown with its cause', () => {
    bug.in = 'status';
    let thrown: unknown;
    try {
      analyzeThread(invoice(), { now: NOW });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AnalysisError);
    expect(thrown).toMatchObject({ code: 'internal', cause: expect.any(TypeError) });
  });

  test.each([
    ['a null thread', null, { now: NOW }],
    ['a number for a thread', 42, { now: NOW }],
    ['null options', invoice(), null],
    ['null settings', invoice(), { now: NOW, settings: null }],
    ['now as a number', invoice(), { now: 5 }],
    ['numeric owner addresses', { ...invoice(), owner: { emails: [1, 2] } }, { now: NOW }],
    ['a non-string subject', { ...invoice(), subject: 42 }, { now: NOW }],
  ])('hostile input is no bug: %s gets an ordinary analysis', (_label, thread, opts) => {
    const a = analyzeThread(thread as MailThread, opts as never);
    expect(typeof a.status).toBe('string');
    expect(a.ghostScore).toBeGreaterThanOrEqual(0);
  });
});

describe('draftFollowUp: a bug is reported, never thrown', () => {
  test.each([
    ['in the analysis it runs itself', 'status' as const],
    ['in the renderer', 'render' as const],
  ])('%s', (_label, where) => {
    bug.in = where;
    expect(draftFollowUp(invoice(), { now: NOW })).toEqual({
      ok: false,
      error: { code: 'internal' },
    });
  });
});
