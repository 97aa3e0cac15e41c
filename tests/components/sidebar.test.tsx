/**
 * The sidebar as a person meets it, driven through a scripted MailClient and background:
 * what it shows for each kind of conversation, and what its controls do.
 */
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { SelectorError } from '../../lib/mail-clients/dom';
import type { MailThread } from '../../lib/core/index';
import disputedDe from '../fixtures/threads/de-disputed-amount.json';
import silentDe from '../fixtures/threads/de-silent-two-reminders.json';
import waitingDe from '../fixtures/threads/de-waiting-not-yet-due.json';
import answeredEn from '../fixtures/threads/en-answered-question.json';
import paidEn from '../fixtures/threads/en-paid-owner-thanks.json';
import { fakeBridge, fakeClient, memoryPrefs, open, renderSidebar } from './sidebar-harness';

interface Labelled {
  now: string;
  thread: unknown;
  expect: { status: string; stage?: number };
}
const cases: Array<[string, Labelled]> = [
  ['a German invoice with two unanswered reminders', silentDe],
  ['a German invoice not due yet', waitingDe],
  ['an English invoice the customer asked about', answeredEn],
  ['an English invoice the owner confirmed paid', paidEn],
];
/** The customer asked for a reissued invoice: the draft sends its details again. */
const replyDrafts = new Map<Labelled, string>([
  [answeredEn, 'I have attached the invoice PDF to this email again.'],
]);
const thread = (l: Labelled) => structuredClone(l.thread) as MailThread;
/** The thread as the client shows it with these messages collapsed (their preview line only). */
function collapse(t: MailThread, indexes: number[], preview?: string): MailThread {
  return {
    ...t,
    messages: t.messages.map((m, i) => {
      if (!indexes.includes(i)) return m;
      const { text, attachments: _a, ...rest } = m;
      const line = preview ?? (text ?? '').replace(/\s+/g, ' ').slice(0, 100);
      return line ? { ...rest, preview: line } : rest;
    }),
  };
}
const status = () => screen.getByTestId('thread-status');

afterEach(cleanup);

describe('what the sidebar shows', () => {
  test.each(cases)(
    '%s: its status, score and (when silent) the suggested stage',
    async (_label, labelled) => {
      renderSidebar(fakeClient(open(thread(labelled))).client, { now: labelled.now });
      expect(status().dataset.status).toBe(labelled.expect.status);
      const score = Number(screen.getByTestId('ghost-score').dataset.score);
      expect(score > 0).toBe(labelled.expect.status === 'silent');
      if (labelled.expect.stage) {
        expect(screen.getByTestId('stage').dataset.stage).toBe(String(labelled.expect.stage));
        expect((screen.getByTestId('stage-picker') as HTMLSelectElement).value).toBe(
          String(labelled.expect.stage),
        );
        expect((screen.getByTestId('draft-text') as HTMLTextAreaElement).value).toContain(
          '2026-1187',
        );
      } else {
        expect(screen.queryByTestId('stage')).toBeNull();
        // A reply that asks for something gets its answer to insert; anything else none.
        const answer = replyDrafts.get(labelled);
        if (answer)
          expect((screen.getByTestId('draft-text') as HTMLTextAreaElement).value).toContain(answer);
        else expect(screen.queryByTestId('insert-draft')).toBeNull();
      }
    },
  );

  test('a disputed invoice gets a clarification to insert, not a reminder', async () => {
    const { client } = fakeClient(open(thread(disputedDe)));
    renderSidebar(client, { now: disputedDe.now });
    expect(status().dataset.status).toBe('disputed');
    expect(screen.queryByTestId('stage')).toBeNull();
    const draft = (screen.getByTestId('draft-text') as HTMLTextAreaElement).value;
    expect(draft).toContain('Bedenken zum Rechnungsbetrag');
    expect(draft).toMatch(/Telefonat/);
    expect(draft).not.toMatch(/Frist|bis spätestens|Inkasso|Zinsen|überfällig/);
    await userEvent.click(screen.getByTestId('insert-draft'));
    await waitFor(() => expect(client.inserted).toEqual([draft]));
  });

  test('the reasons behind a silent score are spelled out', () => {
    renderSidebar(fakeClient(open(thread(silentDe))).client, { now: silentDe.now });
    const box = screen.getByTestId('ghost-score');
    expect(within(box).getByText(/53 days overdue/)).toBeTruthy();
    expect(within(box).getByText(/2 reminders unanswered/)).toBeTruthy();
  });

  test.each([['no conversation is open', undefined]])(
    'nothing at all when %s',
    (_label, openThread) => {
      const { container } = renderSidebar(fakeClient(openThread).client, { now: silentDe.now });
      expect(container.innerHTML).toBe('');
    },
  );

  test('an unrecognised layout says so instead of guessing', () => {
    renderSidebar(fakeClient(new SelectorError('gmail.message')).client, { now: silentDe.now });
    expect(screen.getByRole('alert').textContent).toContain("Can't read this conversation");
    expect(screen.queryByTestId('thread-status')).toBeNull();
  });

  test.each([
    {
      label: 'the invoice collapsed to its preview: the best reading, marked incomplete',
      page: () => open(collapse(thread(silentDe), [0])),
      remembered: [],
      status: 'silent',
      complete: 'false',
      shows: /Silent \(incomplete\)/,
    },
    {
      label:
        'a subject naming no invoice, every message but a short newest one collapsed: "Not read fully", never "No invoice"',
      page: () => {
        const t = collapse(thread(silentDe), [0, 1, 2], '');
        return open({
          ...t,
          subject: 'Praxisserver',
          messages: [
            ...t.messages.slice(0, 3).map((m) => ({ ...m, subject: 'Praxisserver' })),
            { ...t.messages[3]!, text: 'Guten Tag, kurze Frage.' },
          ],
        });
      },
      remembered: [],
      status: 'not_invoice',
      complete: 'false',
      shows: /Not read fully/,
    },
    {
      label: 'older messages bundled, seen whole on an earlier visit: complete',
      page: () => {
        const t = thread(silentDe);
        return open(
          { ...t, messages: t.messages.slice(-1) },
          { hiddenMessages: 3, hiddenMessageIds: ['m1', 'm2', 'm3'] },
        );
      },
      remembered: thread(silentDe)
        .messages.slice(0, 3)
        .map((m) => ({ ...m, source: 'read' as const })),
      status: 'silent',
      complete: 'true',
      shows: /^Silent$/,
    },
  ])('$label', async ({ page, remembered, status: expected, complete, shows }) => {
    const bridge = fakeBridge({ remembered });
    renderSidebar(fakeClient(page()).client, { now: silentDe.now, bridge });
    await waitFor(() => expect(status().dataset.complete).toBe(complete));
    expect(status().dataset.status).toBe(expected);
    expect(status().textContent).toMatch(shows);
    expect(status().textContent).not.toMatch(/No invoice/);
  });

  test('senders the client shows by name only are named, not guessed', () => {
    renderSidebar(
      fakeClient(open(thread(silentDe), { unresolvedSenders: ['Kevin Tran', 'Accounts'] })).client,
      { now: silentDe.now },
    );
    expect(
      screen.getByText(/Shown by name only, without an address: Kevin Tran, Accounts\./),
    ).toBeTruthy();
  });

  test.each([
    ['a client that can expand them offers "Read all messages"', true],
    ['a client that cannot only reports them', false],
  ])('collapsed messages: %s', async (_label, canExpand) => {
    const user = userEvent.setup();
    const collapsed = open(collapse(thread(silentDe), [0, 1, 2]));
    const page = fakeClient(collapsed);
    const restore = vi.fn(() => page.show(collapsed));
    const expand = vi.fn(async () => {
      page.show(open(thread(silentDe)));
      return restore;
    });
    if (canExpand) page.client.expandMessages = expand;
    const bridge = fakeBridge();
    renderSidebar(page.client, { now: silentDe.now, bridge });
    expect(status().dataset.complete).toBe('false');
    const button = screen.queryByTestId('read-all');
    expect(button !== null).toBe(canExpand);
    if (!button) return;
    await user.click(button);
    // Read while expanded, the view put back as it was, and the reading stays complete.
    expect(expand).toHaveBeenCalledTimes(1);
    expect(restore).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(status().dataset.complete).toBe('true'));
    expect(status().dataset.status).toBe('silent');
    expect(screen.getByTestId('stage').dataset.stage).toBe('3');
    const sent = (bridge.trackThread.mock.calls as unknown as [MailThread][]).map((c) => c[0]);
    expect(sent.some((t) => t.messages.every((m) => typeof m.text === 'string'))).toBe(true);
    expect(screen.queryByTestId('read-all')).toBeNull();
  });

  test('it follows the page: another conversation, then none', async () => {
    const page = fakeClient(open(thread(silentDe)));
    const { container } = renderSidebar(page.client, { now: silentDe.now });
    expect(status().dataset.status).toBe('silent');
    act(() => page.show(open(thread(answeredEn))));
    expect(status().dataset.status).toBe('answered');
    act(() => page.show(undefined));
    expect(container.innerHTML).toBe('');
  });

  test('it works with the default settings when the background does not answer', async () => {
    const bridge = fakeBridge(new Error('Could not establish connection'));
    renderSidebar(fakeClient(open(thread(silentDe))).client, { now: silentDe.now, bridge });
    await waitFor(() => expect(bridge.trackThread).toHaveBeenCalled());
    expect(status().dataset.status).toBe('silent');
    expect(status().dataset.stored).toBe('false');
  });

  test('the status says when the background has stored the conversation, and for which one', async () => {
    let answer: (() => void) | undefined;
    const bridge = fakeBridge();
    const stored = bridge.trackThread.getMockImplementation()!;
    bridge.trackThread.mockImplementation(
      (...args) => new Promise((done) => (answer = () => done(stored(...args)))),
    );
    const page = fakeClient(open(thread(silentDe)));
    renderSidebar(page.client, { now: silentDe.now, bridge });
    expect(status().dataset.stored).toBe('false');
    await act(async () => answer!());
    expect(status().dataset.stored).toBe('true');
    act(() => page.show(open(thread(answeredEn))));
    expect(status().dataset.status).toBe('answered');
    expect(status().dataset.stored).toBe('false');
    await act(async () => answer!());
    expect(status().dataset.stored).toBe('true');
  });

  test("the person's decision from the background is shown and stops the draft", async () => {
    const bridge = fakeBridge({ decision: { kind: 'hold', since: '2026-11-01' } });
    renderSidebar(fakeClient(open(thread(silentDe))).client, { now: silentDe.now, bridge });
    await screen.findByText(/On hold/);
    expect(screen.queryByTestId('insert-draft')).toBeNull();
  });

  test.each([
    [
      'a snooze still running hides the draft and says until when, as the reader writes dates',
      '2026-11-25',
      '25 Nov 2026',
      true,
    ],
    [
      'a snooze that ran out today brings the draft back, without a note',
      '2026-11-20',
      '20 Nov 2026',
      false,
    ],
  ])('%s', async (_name, until, shown, snoozed) => {
    const bridge = fakeBridge({ decision: { kind: 'snooze', until } });
    renderSidebar(fakeClient(open(thread(silentDe))).client, { now: silentDe.now, bridge });
    await waitFor(() => expect(bridge.trackThread).toHaveBeenCalled());
    await waitFor(() =>
      expect(screen.queryByText(`Snoozed until ${shown}.`) !== null).toBe(snoozed),
    );
    expect(screen.queryByTestId('insert-draft') === null).toBe(snoozed);
  });
});

describe('what its controls do', () => {
  test('picking a stage redrafts; Insert puts the edited text into the reply and records the stage', async () => {
    const user = userEvent.setup();
    const page = fakeClient(open(thread(silentDe)));
    const { bridge } = renderSidebar(page.client, { now: silentDe.now });
    const draft = screen.getByTestId('draft-text') as HTMLTextAreaElement;
    const stage3 = draft.value;
    await user.selectOptions(screen.getByTestId('stage-picker'), '1');
    expect(draft.value).not.toBe(stage3);
    await user.type(draft, ' Danke!');
    await user.click(screen.getByTestId('insert-draft'));
    expect(page.client.inserted).toEqual([draft.value]);
    expect(draft.value.endsWith(' Danke!')).toBe(true);
    expect(bridge.recordFollowUp).toHaveBeenCalledWith(
      'gmail:1998b3d07c5e21fa',
      1,
      new Date(silentDe.now).toISOString(),
    );
    expect(screen.getByRole('status').textContent).toContain('send it yourself');
  });

  test('a reply editor that cannot be opened is explained, not thrown', async () => {
    const user = userEvent.setup();
    const page = fakeClient(open(thread(silentDe)));
    page.client.insertReply = async () => {
      throw new SelectorError('gmail.replyButton');
    };
    renderSidebar(page.client, { now: silentDe.now });
    await user.click(screen.getByTestId('insert-draft'));
    expect(screen.getByRole('status').textContent).toContain("Couldn't open the reply editor");
  });

  test('without a name to sign with, the sidebar asks for it before Insert is possible', async () => {
    const user = userEvent.setup();
    const nameless = { ...thread(silentDe), owner: { emails: thread(silentDe).owner.emails } };
    const { bridge } = renderSidebar(fakeClient(open(nameless)).client, { now: silentDe.now });
    const insert = screen.getByTestId('insert-draft') as HTMLButtonElement;
    expect(insert.disabled).toBe(true);
    await user.type(screen.getByLabelText('Your name, to sign the follow-up'), 'Markus Lehmann');
    await user.click(screen.getByRole('button', { name: 'Save name' }));
    expect(bridge.saveSettings).toHaveBeenCalledWith({ ownerName: 'Markus Lehmann' });
    await waitFor(() =>
      expect((screen.getByTestId('draft-text') as HTMLTextAreaElement).value).toContain(
        'Markus Lehmann',
      ),
    );
    expect(insert.disabled).toBe(false);
    expect(screen.queryByLabelText('Your name, to sign the follow-up')).toBeNull();
  });

  test.each([
    ['expanded, collapsing saves the choice', false, true],
    ['collapsed (remembered), expanding saves the choice', true, false],
  ])('starting %s', async (_label, startCollapsed, after) => {
    const user = userEvent.setup();
    const prefs = memoryPrefs(startCollapsed);
    renderSidebar(fakeClient(open(thread(silentDe))).client, { now: silentDe.now, prefs });
    await waitFor(() =>
      expect(screen.getByRole('complementary').dataset.collapsed).toBe(String(startCollapsed)),
    );
    await user.click(screen.getByTestId('sidebar-toggle'));
    expect(screen.getByRole('complementary').dataset.collapsed).toBe(String(after));
    expect(prefs.saved).toEqual([after]);
    expect(screen.queryByTestId('thread-status') === null).toBe(after);
  });
});

describe('what the sidebar tells the background', () => {
  test('a message the person sends is remembered, and a collapsed copy of it then reads whole', async () => {
    const t = thread(silentDe);
    const page = fakeClient(open(t));
    let onSend: (sent: import('../../lib/mail-clients/mail-client').SentMessage) => void = () =>
      undefined;
    page.client.watchSends = (cb) => {
      onSend = cb;
    };
    const bridge = fakeBridge();
    renderSidebar(page.client, { now: silentDe.now, bridge });
    const reply = {
      threadId: t.id,
      text: 'Sehr geehrte Frau Krüger, eine letzte Erinnerung.',
      attachments: [],
      to: [],
      date: '2026-11-20T08:59:00.000Z',
    };
    act(() => onSend({ ...reply, subject: 'Re: x' }));
    expect(bridge.rememberSent).toHaveBeenCalledWith(
      { ...reply, subject: 'Re: x' },
      'https://mail.google.com/mail/u/0/#inbox/x',
    );
    // The client shows the sent reply collapsed: its capture stands in for it.
    const owner = t.messages[0]!.from;
    act(() =>
      page.show(
        open({
          ...t,
          messages: [
            ...t.messages,
            { id: 'new', from: owner, date: '2026-11-20T09:00:05.000Z', preview: 'Sehr geehrte' },
          ],
        }),
      ),
    );
    await waitFor(() => expect(status().dataset.complete).toBe('true'));
  });

  test('how each conversation could be read is reported once per outcome, with hook names only', async () => {
    const page = fakeClient(open(collapse(thread(silentDe), [0])));
    const bridge = fakeBridge();
    renderSidebar(page.client, { now: silentDe.now, bridge });
    act(() => page.show(open(collapse(thread(silentDe), [0])))); // the same reading again
    act(() => page.show(new SelectorError('gmail.message')));
    await waitFor(() => expect(bridge.reportReading).toHaveBeenCalledTimes(2));
    expect(
      bridge.reportReading.mock.calls.map(
        (c) => (c as unknown as [{ result: string; client: string }])[0],
      ),
    ).toMatchObject([
      { client: 'gmail', result: 'partial' },
      { client: 'gmail', result: 'unreadable' },
    ]);
  });
});
