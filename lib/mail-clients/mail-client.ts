/**
 * The seam between the sidebar and a webmail client. One implementation per client (Gmail,
 * Outlook on the web); the sidebar (components/sidebar) knows nothing but this interface.
 */
import type { MailThread } from '../core/index';

/** The conversation the client shows, as far as the page lets us read it. */
export interface OpenThread {
  thread: MailThread;
  /**
   * Messages the client shows only as a "N older messages" bar: neither sender nor date can be
   * read until the person expands them. Reported to the person, never guessed.
   */
  hiddenMessages: number;
  /**
   * Messages shown collapsed (sender and date, no body): they are in `thread.messages` with no
   * `text`. Reported to the person, never filled in.
   */
  collapsedMessages: number;
  /**
   * Senders the client showed by name only, whose address nothing on the page gives (Outlook
   * shows people of the user's own organisation so). Their messages are in `thread.messages`
   * with an empty `from.email`. Shown to the person (never logged), never guessed. Absent or
   * empty: every sender was resolved.
   */
  unresolvedSenders?: string[];
}

/** What the sidebar needs from a webmail client. */
export interface MailClient {
  readonly name: 'gmail' | 'outlook';

  /**
   * Reads the conversation the client shows right now.
   * @returns undefined when no conversation is open (inbox, settings, search results).
   * @throws SelectorError (lib/mail-clients/dom.ts) when a conversation is open but the page
   *   layout no longer matches the client's selectors.
   */
  readOpenThread(): OpenThread | undefined;

  /**
   * Calls `onChange` (debounced) whenever the open conversation may have changed: another
   * conversation was opened or closed, or messages were added or expanded. Listeners and
   * observers are narrow (no whole-document rescans per mutation) and end with `signal`.
   */
  watchOpenThread(onChange: () => void, opts: { signal: AbortSignal }): void;

  /**
   * The element the sidebar docks into so it never covers the client's own controls, or
   * undefined to let the sidebar float at the right edge of the window.
   */
  sidebarAnchor(): Element | undefined;

  /**
   * Optional: expands the messages the client shows collapsed or bundled, the way the person
   * would by clicking them, so the next read sees their text. The change arrives through
   * `watchOpenThread` like any other.
   */
  expandMessages?(): void;

  /**
   * Puts `text` into the client's own reply editor of the open conversation, opening the
   * editor first if none is open, so that the client treats it as typed (its draft autosave
   * sees it). Never sends.
   * @throws SelectorError when the reply editor cannot be found or opened.
   */
  insertReply(text: string): Promise<void>;
}
