/**
 * The person reads a reply differently from Unghost: sets a promise date, says "not a dispute",
 * undoes it. The sidebar stores the correction first, then shows the thread as corrected.
 */
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test } from 'vitest';
import { invoiceThread } from '../core/thread-builder';
import { fakeBridge, fakeClient, open, renderSidebar } from './sidebar-harness';

afterEach(cleanup);

const REPLY_AT = '2026-11-02T10:00:00+01:00';
const NOW = '2026-11-04T10:00:00+01:00';
const withReply = (text: string) =>
  invoiceThread({
    text: 'Attached: invoice INV-9.\nTotal: 1.428,00 €\nDue date: 15/10/2026',
    attachments: ['invoice.pdf'],
    replies: [{ text, date: REPLY_AT }],
  });
const status = () => screen.getByTestId('thread-status');

describe('correcting how a reply was read', () => {
  test('"not a dispute" is stored for that reply, shown at once, and can be undone', async () => {
    const user = userEvent.setup();
    const bridge = fakeBridge();
    renderSidebar(fakeClient(open(withReply('The hours seem too high.'))).client, {
      now: NOW,
      bridge,
    });
    await waitFor(() => expect(status().dataset.status).toBe('disputed'));
    await user.click(screen.getByTestId('reply-correct-toggle'));
    await user.click(screen.getByRole('button', { name: 'It is not a dispute' }));
    expect(bridge.setReplyCorrection).toHaveBeenCalledWith('test:1', {
      replyDate: REPLY_AT,
      notDispute: true,
    });
    await waitFor(() => expect(status().dataset.status).toBe('answered'));
    expect(screen.getByText('Your reading of this reply is used.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Undo my correction' }));
    expect(bridge.setReplyCorrection).toHaveBeenLastCalledWith('test:1', null);
    await waitFor(() => expect(status().dataset.status).toBe('disputed'));
  });

  test('a promise date the person enters makes the thread promised until that day', async () => {
    const user = userEvent.setup();
    const bridge = fakeBridge();
    renderSidebar(fakeClient(open(withReply('Thanks, I will look into it.'))).client, {
      now: NOW,
      bridge,
    });
    await waitFor(() => expect(status().dataset.status).toBe('answered'));
    await user.click(screen.getByTestId('reply-correct-toggle'));
    const date = screen.getByLabelText('They promised to pay by');
    await user.clear(date);
    await user.type(date, '2026-11-20');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(status().dataset.status).toBe('promised'));
    expect(status().dataset.promisedDate).toBe('2026-11-20');
    expect(screen.getByTestId('reply-meaning').textContent).toMatch(/Promised to pay by/);
  });

  test('a correction the background could not store is said, and the reading stays', async () => {
    const user = userEvent.setup();
    const bridge = fakeBridge();
    bridge.setReplyCorrection.mockRejectedValueOnce(new Error('background restarting'));
    renderSidebar(fakeClient(open(withReply("We'll pay on Friday."))).client, { now: NOW, bridge });
    await waitFor(() => expect(status().dataset.status).toBe('promised'));
    await user.click(screen.getByTestId('reply-correct-toggle'));
    await user.click(screen.getByRole('button', { name: 'It is not a promise' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toMatch(/could not be saved/),
    );
    expect(status().dataset.status).toBe('promised');
  });

  test('a stored correction of an older reply does not apply to a newer one', async () => {
    const bridge = fakeBridge({
      correction: { replyDate: '2026-10-20T10:00:00+01:00', notDispute: true },
    });
    renderSidebar(fakeClient(open(withReply('The hours seem too high.'))).client, {
      now: NOW,
      bridge,
    });
    await waitFor(() => expect(status().dataset.stored).toBe('true'));
    expect(status().dataset.status).toBe('disputed');
    expect(screen.queryByText('Your reading of this reply is used.')).toBeNull();
  });
});
