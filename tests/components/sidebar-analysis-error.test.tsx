/**
 * A bug inside the analysis reaches the sidebar as what it is: "could not be analysed", not a
 * conversation that is no invoice.
 */
import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { MailThread } from '../../lib/core/index';
import silentDe from '../fixtures/threads/de-silent-two-reminders.json';
import { fakeClient, open, renderSidebar } from './sidebar-harness';

const bug = vi.hoisted(() => ({ inAnalysis: false }));
vi.mock('../../lib/core/thread-status', async (original) => {
  const real = await original<typeof import('../../lib/core/thread-status')>();
  return {
    ...real,
    threadStatus: (...args: Parameters<typeof real.threadStatus>) => {
      if (bug.inAnalysis)
        throw new TypeError("Cannot read properties of undefined (reading 'date')");
      return real.threadStatus(...args);
    },
  };
});

afterEach(() => {
  bug.inAnalysis = false;
  cleanup();
});

const thread = () => structuredClone(silentDe.thread) as MailThread;

describe('a bug in the analysis is shown as such, not as "no invoice"', () => {
  test('the sidebar says the conversation could not be analysed', async () => {
    bug.inAnalysis = true;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    renderSidebar(fakeClient(open(thread())).client, { now: silentDe.now });
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'This conversation could not be analysed.',
      ),
    );
    expect(screen.queryByTestId('thread-status')).toBeNull();
    warn.mockRestore();
  });
});
