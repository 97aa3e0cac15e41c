import { describe, expect, test } from 'vitest';
import fixture from './fixtures/threads/de-silent-invoice-only.json';
import type { MailThread } from '../lib/core/mail-thread';

describe('fixtures', () => {
  test('a labelled thread loads as a MailThread', () => {
    const thread: MailThread = fixture.thread as MailThread;
    expect(thread.messages.length).toBeGreaterThan(0);
  });
});
