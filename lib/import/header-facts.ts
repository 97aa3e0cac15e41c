/**
 * What a message's headers tell beyond From/To/Subject: which ones the core keeps, whether it
 * is a draft or bulk mail, which conversation and which webmail it belongs to.
 */
import type { Email } from 'postal-mime';
import type { WebmailClient } from '../core/index';

/** Headers the core or the report reads; the rest (Received, DKIM, ...) would only weigh. */
const KEPT_HEADERS = new Set([
  'message-id',
  'in-reply-to',
  'references',
  'auto-submitted',
  'x-autoreply',
  'x-autorespond',
  'x-auto-response-suppress',
  'precedence',
  'content-type',
  'x-failed-recipients',
  'return-path',
  'list-id',
  'list-unsubscribe',
  'x-gm-thrid',
  'delivered-to',
  'reply-to',
]);

export function keptHeaders(email: Email): Record<string, string> {
  const out: Record<string, string> = {};
  for (const h of email.headers) {
    if (KEPT_HEADERS.has(h.key) && !(h.key in out))
      out[h.key] = h.value.replace(/\s+/g, ' ').trim();
  }
  return out;
}

const header = (email: Email, key: string) =>
  email.headers.find((h) => h.key === key)?.value.trim();

/** Mailing-list or bulk mail: never a customer's reply. */
export function isBulk(headers: Record<string, string>): boolean {
  const precedence = (headers.precedence ?? '').toLowerCase();
  return (
    'list-id' in headers ||
    'list-unsubscribe' in headers ||
    precedence === 'bulk' ||
    precedence === 'list'
  );
}

// Takeout's label names follow the account's language.
const DRAFT_LABELS = /(^|,)\s*(drafts|entwürfe|brouillons|borradores|bozze|concepten)\s*(,|$)/i;

/** An unsent draft (Gmail's Drafts label, Thunderbird's draft header): never a sent reminder. */
export function isDraft(email: Email): boolean {
  return email.headers.some(
    (h) =>
      h.key === 'x-mozilla-draft-info' ||
      (h.key === 'x-gmail-labels' && DRAFT_LABELS.test(h.value)),
  );
}

/** X-GM-THRID is the decimal form of the hex id in Gmail's own links (#inbox/<hex>). */
export function gmailThreadIdOf(email: Email): { gmailThreadId?: string } {
  const thrid = header(email, 'x-gm-thrid');
  return thrid && /^\d{1,20}$/.test(thrid) ? { gmailThreadId: BigInt(thrid).toString(16) } : {};
}

/**
 * Ids the mail system gives the whole conversation: Gmail's X-GM-THRID, Exchange's
 * Thread-Index (its first 22 bytes name the conversation).
 */
export function conversationKeys(email: Email): string[] {
  const keys: string[] = [];
  const thrid = header(email, 'x-gm-thrid');
  if (thrid) keys.push(`gm-thrid:${thrid}`);
  // 28 base64 characters = the first 21 bytes: reserved byte, time and most of the GUID.
  const index = header(email, 'thread-index')?.replace(/\s+/g, '');
  if (index && index.length >= 28) keys.push(`thread-index:${index.slice(0, 28)}`);
  return keys;
}

/** Takeout adds X-GM-THRID / X-Gmail-Labels; Exchange adds Thread-Index and X-MS-Exchange-*. */
export function webmailOf(email: Email): WebmailClient | undefined {
  if (email.headers.some((h) => h.key === 'x-gm-thrid' || h.key === 'x-gmail-labels'))
    return 'gmail';
  if (email.headers.some((h) => h.key === 'thread-index' || h.key.startsWith('x-ms-exchange-')))
    return 'outlook';
  return undefined;
}

/**
 * A delivery report names the bounced message only inside its returned headers (Postfix and
 * Exim set no In-Reply-To): its Message-ID is what joins the bounce to the invoice.
 */
export function bouncedMessageIds(email: Email): string[] {
  const type = header(email, 'content-type') ?? '';
  if (!/^multipart\/report/i.test(type)) return [];
  const ids: string[] = [];
  for (const part of email.attachments) {
    if (!/^(text\/rfc822-headers|message\/rfc822|message\/rfc822-headers)$/i.test(part.mimeType))
      continue;
    const content =
      typeof part.content === 'string' ? part.content : new TextDecoder().decode(part.content);
    const id = /^message-id:\s*<([^<>\s]+)>/im.exec(content)?.[1];
    if (id) ids.push(id);
  }
  return ids;
}
