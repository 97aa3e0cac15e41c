/**
 * Errors surface once, where a person sees them: a failing part shows a short line and the
 * rest keeps working; a follow-up that could not be recorded says so.
 */
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ErrorBoundary } from '../../components/shared/error-boundary';
import { SelectorError } from '../../lib/mail-clients/dom';
import type { MailThread } from '../../lib/core/index';
import silentDe from '../fixtures/threads/de-silent-two-reminders.json';
import { fakeBridge, fakeClient, open, renderSidebar } from './sidebar-harness';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function Broken(): never {
  throw new TypeError('Cannot read properties of undefined (reading "Dear Ms Linton")');
}

describe('a part that fails', () => {
  test.each(['sidebar summary', 'popup', 'options backup'])(
    '%s: shows its line, the parts beside it stay, the log carries no text',
    (name) => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      vi.spyOn(console, 'error').mockImplementation(() => undefined); // React's own report in tests
      render(
        <div>
          <ErrorBoundary name={name} fallback="This part failed.">
            <Broken />
          </ErrorBoundary>
          <p>Still here</p>
        </div>,
      );
      expect(screen.getByRole('alert').textContent).toBe('This part failed.');
      expect(screen.getByText('Still here')).toBeTruthy();
      expect(warn).toHaveBeenCalledWith(
        `[unghost] ${name} failed (TypeError); the rest keeps working`,
      );
      expect(JSON.stringify(warn.mock.calls)).not.toContain('Linton');
    },
  );
});

describe('the sidebar', () => {
  test('a follow-up inserted but not recorded says so (the ladder would otherwise stall without a word)', async () => {
    const user = userEvent.setup();
    const page = fakeClient(open(silentDe.thread as MailThread));
    const bridge = fakeBridge();
    bridge.recordFollowUp.mockRejectedValueOnce(new Error('background restarting'));
    renderSidebar(page.client, { now: silentDe.now, bridge });
    await user.click(screen.getByTestId('insert-draft'));
    expect(page.client.inserted).toHaveLength(1);
    await waitFor(() => expect(screen.getByText(/could not record it/)).toBeTruthy());
    // The next insert that is recorded clears the line.
    await user.click(screen.getByTestId('insert-draft'));
    await waitFor(() => expect(screen.queryByText(/could not record it/)).toBeNull());
  });
});

describe('what the sidebar says when something other than the layout fails', () => {
  test.each([
    [
      'a layout the selectors miss',
      () => new SelectorError('gmail.message'),
      /Can't read this conversation/,
      /bug/,
    ],
    [
      'a bug in the reader',
      () => new TypeError("Cannot read properties of undefined (reading 'x')"),
      /hit a bug while reading/,
      /Can't read this conversation/,
    ],
  ])('%s', (_label, error, says, doesNotSay) => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    renderSidebar(fakeClient(error()).client, { now: silentDe.now });
    expect(screen.getByRole('alert').textContent).toMatch(says);
    expect(screen.getByRole('alert').textContent).not.toMatch(doesNotSay);
  });

  test('a conversation the background did not take says it is not saved yet', async () => {
    const bridge = fakeBridge(new Error('Could not establish connection'));
    renderSidebar(fakeClient(open(silentDe.thread as MailThread)).client, {
      now: silentDe.now,
      bridge,
    });
    await waitFor(() => expect(screen.getByText(/Not saved yet/)).toBeTruthy());
    expect(screen.getByTestId('thread-status').dataset.stored).toBe('false');
  });
});
