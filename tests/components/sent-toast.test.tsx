/** The confirmation of a tracking at Send: what it says, its Undo, and that it goes by itself. */
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { SentToast, TOAST_MS } from '../../components/sidebar/sent-toast';
import { t } from './sidebar-harness';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const tracked = {
  threadId: 'gmail:sent:subject:invoice-2026-044',
  invoiceNumber: '2026-044',
  amount: 1450,
  currency: 'EUR',
  dueDate: '2026-12-03',
};

describe('the confirmation of a tracking at Send', () => {
  test('says what is tracked with its amount and due day, as a status line', () => {
    render(<SentToast tracked={tracked} t={t} locale="en-GB" onUndo={async () => true} />);
    const toast = screen.getByTestId('send-tracked');
    expect(toast.dataset.invoiceNumber).toBe('2026-044');
    expect(screen.getByRole('status').textContent).toBe(
      'Tracking invoice 2026-044 · €1,450.00 · due 3 Dec 2026',
    );
  });

  test('Undo asks the background and says what happened', async () => {
    const onUndo = vi.fn(async () => true);
    render(<SentToast tracked={tracked} t={t} locale="en-GB" onUndo={onUndo} />);
    await act(async () => screen.getByTestId('send-tracked-undo').click());
    expect(onUndo).toHaveBeenCalledWith(tracked.threadId);
    expect(screen.getByRole('status').textContent).toMatch(/Not tracked/);
    expect(screen.queryByTestId('send-tracked-undo')).toBeNull();
  });

  test('an Undo the background refuses is said, not hidden', async () => {
    render(<SentToast tracked={tracked} t={t} locale="en-GB" onUndo={async () => false} />);
    await act(async () => screen.getByTestId('send-tracked-undo').click());
    expect(screen.getByRole('status').textContent).toMatch(/Could not undo/);
  });

  test('it goes by itself after ten seconds, and the close button closes it at once', () => {
    vi.useFakeTimers();
    const { rerender } = render(
      <SentToast tracked={tracked} t={t} locale="en-GB" onUndo={async () => true} />,
    );
    act(() => vi.advanceTimersByTime(TOAST_MS - 1));
    expect(screen.queryByTestId('send-tracked')).not.toBeNull();
    act(() => vi.advanceTimersByTime(1));
    expect(screen.queryByTestId('send-tracked')).toBeNull();
    // The next send shows again; Dismiss closes it.
    rerender(<SentToast tracked={{ ...tracked }} t={t} locale="en-GB" onUndo={async () => true} />);
    act(() => screen.getByRole('button', { name: 'Dismiss' }).click());
    expect(screen.queryByTestId('send-tracked')).toBeNull();
  });
});
