/**
 * Who may ask the background what. The mail page is hostile: a script injected into Gmail or
 * Outlook can talk to whatever the content script there can talk to. So each message type names
 * who may send it, decided from the browser's own record of the sender (its extension id and
 * URL), never from a field of the payload. Content scripts get only what the sidebar needs, for
 * their own mail client; the popup, options and import pages (extension pages) get everything.
 */
import type { WebmailClient } from '../core/index';
import type { ProtocolMap } from '../messages';
import { MAIL_ORIGINS } from '../storage/mail-link';

export type MailClientName = WebmailClient;

export type SenderRole =
  { kind: 'extension' } | { kind: 'content'; client: MailClientName } | { kind: 'unknown' };

/** What the browser says about a message's sender (runtime.MessageSender, the fields we read). */
export interface SenderInfo {
  id?: string;
  url?: string;
  origin?: string;
}

/** The mail client a page origin belongs to, if it is one of the mail clients'. */
export function clientOfOrigin(origin: string): MailClientName | undefined {
  if (!MAIL_ORIGINS.includes(origin)) return undefined;
  return origin === 'https://mail.google.com' ? 'gmail' : 'outlook';
}

/**
 * The sender's role: an extension page (its URL is inside this extension), a content script on
 * a mail client's page, or unknown (another extension, a page of any other origin).
 */
export function senderRole(
  sender: SenderInfo,
  extensionId: string,
  extensionOrigin: string,
): SenderRole {
  if (sender.id !== extensionId) return { kind: 'unknown' };
  const url = sender.url ?? '';
  if (url.startsWith(extensionOrigin)) return { kind: 'extension' };
  let origin = sender.origin;
  if (!origin) {
    try {
      origin = new URL(url).origin;
    } catch {
      return { kind: 'unknown' };
    }
  }
  const client = clientOfOrigin(origin);
  return client ? { kind: 'content', client } : { kind: 'unknown' };
}

type ContentCheck<K extends keyof ProtocolMap> = (
  data: Parameters<ProtocolMap[K]>[0],
  client: MailClientName,
) => boolean;

const ownThread = (threadId: unknown, client: MailClientName) =>
  typeof threadId === 'string' && threadId.startsWith(`${client}:`);

/**
 * The messages a content script may send, each with what it may touch: its own client's
 * threads only, and of the settings only the owner name the sidebar asks for. Anything else
 * (backup, import, forget, rates, decisions, the thread list) is for extension pages alone.
 */
export const contentScriptMay: { [K in keyof ProtocolMap]?: ContentCheck<K> } = {
  trackThread: (data, client) =>
    data.thread?.client === client && ownThread(data.thread?.id, client),
  recordFollowUp: (data, client) => ownThread(data.threadId, client),
  // The sidebar's "correct this reading" (a promise date, "not a dispute") for its own threads.
  setReplyCorrection: (data, client) => ownThread(data.threadId, client),
  getSettings: () => true,
  saveSettings: (data) =>
    typeof data === 'object' && data !== null && Object.keys(data).every((k) => k === 'ownerName'),
  rememberSent: (data, client) =>
    (data.client === undefined || data.client === client) &&
    (data.sent?.threadId === undefined || ownThread(data.sent.threadId, client)),
  // The Undo of its own send's tracking (the store allows it only for what a send tracked).
  untrackSent: (data, client) => ownThread(data.threadId, client),
  reportReading: (data, client) => data.client === client,
  // The sweep's steps, for the client's own sweep (the controller also checks the tab is its).
  sweepTask: (data, client) => data.client === client,
  sweepSearched: (data, client) =>
    data.client === client && data.hits.every((h) => ownThread(h.threadId, client)),
  sweepCheck: (data, client) => data.client === client,
  sweepReport: (data, client) => data.client === client,
};

/** Whether `role` may send message `name` with `data`. */
export function mayAsk<K extends keyof ProtocolMap>(
  name: K,
  role: SenderRole,
  data: Parameters<ProtocolMap[K]>[0],
): boolean {
  if (role.kind === 'extension') return true;
  if (role.kind !== 'content') return false;
  const check = contentScriptMay[name] as ContentCheck<K> | undefined;
  try {
    return check !== undefined && check(data, role.client);
  } catch {
    return false; // a payload too odd to check is not allowed
  }
}
