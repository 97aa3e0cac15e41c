/** Loads a dated Gmail fixture from tests/fixtures/gmail/ as a parsed Document. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const GMAIL_FIXTURES = [
  'conversation-expanded-en',
  'conversation-collapsed-de',
  'inbox-en',
  'conversation-unknown-layout',
  'conversation-just-sent-en',
  'conversation-reply-bars-en',
  'conversation-empty-body-en',
  'conversation-bundled-en',
  'compose-popup-en',
] as const;
export type GmailFixture = (typeof GMAIL_FIXTURES)[number];

export function loadGmailFixture(name: GmailFixture): Document {
  const html = readFileSync(
    join(import.meta.dirname, '..', 'fixtures', 'gmail', `${name}.html`),
    'utf8',
  );
  return new DOMParser().parseFromString(html, 'text/html');
}
