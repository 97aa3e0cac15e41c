/**
 * The sweep's Gmail driver on small Gmail-shaped pages: the search query, result rows read with
 * their unread state once the results replace the list shown before, opening a result, Mark as
 * unread, and a layout it does not know reported as such instead of a crash.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { createGmailSweep } from '../../lib/mail-clients/gmail/gmail-sweep';
import { SelectorError } from '../../lib/mail-clients/dom';

afterEach(() => {
  document.body.replaceChildren();
  history.replaceState(null, '', '#inbox');
});

const row = (id: string, subject: string, unread: boolean) =>
  `<tr class="zA ${unread ? 'zE' : 'yO'}"><td class="xY a4W"><span class="bog"><span class="bqe" data-legacy-thread-id="${id}">${subject}</span></span></td><td class="xW xY"><span title="Thu, Nov 20, 2026 at 9:12 AM">Nov 20</span></td></tr>`;
const list = (label: string, rows: string[]) =>
  `<div role="main" aria-label="${label}"><table><tbody>${rows.join('')}</tbody></table></div>`;

/** Gmail's answer to a search: the results replace the list a moment after the hash changes. */
function answerSearchWith(html: string): void {
  window.addEventListener(
    'hashchange',
    () => setTimeout(() => (document.getElementById('lists')!.innerHTML = html), 10),
    { once: true },
  );
}

describe('the sweep’s Gmail driver', () => {
  test('asks Gmail for sent mail with an attachment since a day, in every language’s word', () => {
    const driver = createGmailSweep(document);
    expect(
      driver.searchQuery({
        since: '2025-12-05',
        words: ['invoice', 'rechnung', 'note d honoraires'],
      }),
    ).toBe('in:sent after:2025/12/05 has:attachment (invoice OR rechnung OR "note d honoraires")');
  });

  test('reads the results, not the list shown before them, with their unread state and day', async () => {
    document.body.innerHTML = `<div id="lists">${list('Inbox', [row('aaa1', 'Lunch', false)])}</div>`;
    answerSearchWith(
      list('Search results', [
        row('18f1', 'Invoice INV-1', true),
        row('18f2', 'Rechnung 2', false),
      ]),
    );
    const hits = await createGmailSweep(document).search(
      'in:sent invoice',
      new AbortController().signal,
    );
    expect(hits).toEqual([
      { threadId: 'gmail:18f1', subject: 'Invoice INV-1', unread: true, date: '2026-11-20' },
      { threadId: 'gmail:18f2', subject: 'Rechnung 2', unread: false, date: '2026-11-20' },
    ]);
    expect(location.hash).toBe(`#search/${encodeURIComponent('in:sent invoice')}`);
  });

  test('rows whose conversation id it cannot find are a layout it does not know: SelectorError', async () => {
    document.body.innerHTML = `<div id="lists">${list('Inbox', [row('aaa1', 'Lunch', false)])}</div>`;
    answerSearchWith(list('Search results', ['<tr class="zA zE"><td>Invoice</td></tr>']));
    await expect(
      createGmailSweep(document).search('in:sent invoice', new AbortController().signal),
    ).rejects.toBeInstanceOf(SelectorError);
  });

  test('opens a result by clicking its row and resolves when that conversation is open', async () => {
    document.body.innerHTML = `<div id="lists">${list('Search results', [row('18f1', 'Invoice INV-1', true)])}</div>`;
    document.querySelector('tr')!.addEventListener('click', () =>
      setTimeout(() => {
        document.getElementById('lists')!.style.display = 'none';
        document.body.insertAdjacentHTML(
          'beforeend',
          '<div role="main"><h2 class="hP" data-legacy-thread-id="18f1">Invoice INV-1</h2></div>',
        );
      }, 10),
    );
    await createGmailSweep(document).open(
      { threadId: 'gmail:18f1', subject: 'Invoice INV-1', unread: true },
      new AbortController().signal,
    );
    expect(document.querySelector('h2')!.getAttribute('data-legacy-thread-id')).toBe('18f1');
  });

  test('without Gmail’s "Mark as unread" button, says it could not restore the unread state', async () => {
    document.body.innerHTML =
      '<div role="main"><h2 class="hP" data-legacy-thread-id="18f1">Invoice</h2></div>';
    expect(await createGmailSweep(document).markUnread(new AbortController().signal)).toBe(false);
  });

  test('Mark as unread clicks Gmail’s button and waits for Gmail to leave the conversation', async () => {
    document.body.innerHTML =
      '<div role="main"><div role="button" data-tooltip="Mark as unread">Mark as unread</div><h2 class="hP" data-legacy-thread-id="18f1">Invoice</h2></div>';
    document
      .querySelector('[data-tooltip]')!
      .addEventListener('click', () =>
        setTimeout(() => document.querySelector('h2')!.remove(), 10),
      );
    expect(await createGmailSweep(document).markUnread(new AbortController().signal)).toBe(true);
  });
});
