/** Logs about a changed Gmail layout carry its skeleton, never the mail in it. */
import { describe, expect, test } from 'vitest';
import { censorHtml } from '../../lib/mail-clients/dom';
import { loadGmailFixture } from './gmail-fixtures';

describe('censorHtml', () => {
  const main = loadGmailFixture('conversation-expanded-en').querySelectorAll('[role=main]')[1]!;
  const skeleton = censorHtml(main, 30);

  test.each([
    ['a subject', 'Invoice INV-2026-041'],
    ['an address', 'max@clearwater.example'],
    ['a name', 'Max Miller'],
    ['body text', 'website relaunch'],
    ['an amount', '2,380'],
    ['an IBAN', 'DE89'],
    ['a message id', '18c3a1b2c3d4e5f6'],
    ['a date', 'Oct 6, 2026'],
  ])('leaves out %s', (_label, secret) => {
    expect(skeleton).not.toContain(secret);
  });

  test.each([
    ['the hooks by attribute name', '<span class="gD" email name data-hovercard-id>'],
    ['the message element', '<div class="adn ads" data-message-id data-legacy-message-id>'],
    ['the body', '<div class="a3s aiL"'],
  ])('keeps %s', (_label, piece) => {
    expect(skeleton).toContain(piece);
  });

  test('cuts deep trees short', () => {
    const shallow = censorHtml(main, 1);
    expect(shallow).toContain('<div class="amn">…</div>');
    expect(shallow).not.toContain('<span');
  });
});
