/**
 * The seam between the sidebar and a webmail client. One implementation per client (Gmail,
 * Outlook on the web); the sidebar (components/sidebar) knows nothing but this interface.
 */
import type { MailAddress, MailThread, WebmailClient } from '../core/index';

/** The conversation the client shows, as far as the page lets us read it. */
export interface OpenThread {
  thread: MailThread;
  /**
   * Messages the client shows only as a "N older messages" bar: neither sender nor date can be
   * read until the person expands them. Reported to the person, never guessed.
   */
  hiddenMessages: number;
  /**
   * Ids of the hidden messages where the client gives them (Gmail's bundled messages carry
   * their ids), so text remembered from an earlier visit can stand in for them.
   */
  hiddenMessageIds?: string[];
  /**
   * Messages shown collapsed (sender and date, no body): they are in `thread.messages` with no
   * `text` (with the client's `preview` line where it shows one). Reported to the person, never
   * filled in with guesses.
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

/** What the sidebar must not cover and where it may take room (see MailClient.layout). */
export interface ClientLayout {
  /** The client's top bar (search, account): a fixed sidebar starts below it. */
  topBar?: Element;
  /** Elements the sidebar must never overlap. */
  avoid: Element[];
  /** The element that may be narrowed (a right margin) to make room for a fixed sidebar. */
  content?: Element;
}

/** A message the person sent from the client, as its compose form held it at Send. */
export interface SentMessage {
  /** The open conversation's thread id (as in MailThread.id) for a reply; absent for new mail. */
  threadId?: string;
  subject?: string;
  /** The editor's plain text, with the quoted history the client added left out where it can. */
  text: string;
  attachments: { name: string }[];
  to: MailAddress[];
  /** The signed-in account it was sent from, where the page shows it. */
  from?: MailAddress;
  /** ISO 8601, the moment Send was pressed. */
  date: string;
}

/** One conversation in the client's own search results (see SweepDriver). */
export interface SweepHit {
  /** The client's id for the conversation, the same value MailThread.id gets when it is open. */
  threadId: string;
  /** The subject as the results list shows it (for the sweep's list of skipped conversations). */
  subject: string;
  /** Whether the results list shows the conversation as unread (bold) before the sweep opens it. */
  unread: boolean;
  /** The newest message's date as the list shows it (ISO day), when it can be read. */
  date?: string;
}

/**
 * Drives the client's own interface for the sweep ("Find my open invoices"): its search, its
 * navigation to a result, its "mark as unread" control. Everything goes through what the person
 * could click or type; no mail API, no server. Every wait is event-driven (mutation observers on
 * a narrow root, with a bounded timeout), never a polling loop.
 */
export interface SweepDriver {
  /** The client's search syntax for the person's sent mail that may be an invoice since `since` (ISO day). */
  searchQuery(opts: { since: string; words: readonly string[] }): string;
  /**
   * Runs `query` through the client's own search in this tab and resolves with every hit (all
   * result pages), or rejects with SelectorError when the results cannot be read.
   */
  search(query: string, signal: AbortSignal): Promise<SweepHit[]>;
  /** Opens one hit through the client's own navigation; resolves when readOpenThread() can read it. */
  open(hit: SweepHit, signal: AbortSignal): Promise<void>;
  /** Marks the open conversation unread again through the client's own control; false when it could not. */
  markUnread(signal: AbortSignal): Promise<boolean>;
  /** Leaves the open conversation the way the person would (back to the results or the list). */
  close(signal: AbortSignal): Promise<void>;
}

/** What the sidebar needs from a webmail client. */
export interface MailClient {
  readonly name: WebmailClient;

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
   * Optional: the parts of the client's layout the sidebar's visibility check needs: the top
   * bar it docks below, the elements it must never overlap (message text, toolbars, the reply
   * editor, the client's own side panels) and the content element it may narrow to make room.
   * Looked up narrowly (no whole-document scans); undefined when no conversation is open.
   */
  layout?(): ClientLayout | undefined;

  /**
   * The element the sidebar docks into so it never covers the client's own controls, or
   * undefined to let the sidebar float at the right edge of the window.
   */
  sidebarAnchor(): Element | undefined;

  /**
   * Optional: expands the messages the client shows collapsed or bundled through the client's
   * own controls, the way the person would by clicking them. Resolves once their text is on
   * the page (or after a bounded wait) with a function that puts the view back as it was (the
   * messages it expanded collapsed again), as far as the client allows.
   */
  expandMessages?(): Promise<() => void>;

  /**
   * Optional: calls `onSend` when the person sends a message from this client (Send button or
   * its keyboard shortcut) with what the compose form held at that moment. Never delays or
   * changes the sending. Listeners end with `signal`.
   */
  watchSends?(onSend: (sent: SentMessage) => void, opts: { signal: AbortSignal }): void;

  /**
   * Puts `text` into the client's own reply editor of the open conversation, opening the
   * editor first if none is open, so that the client treats it as typed (its draft autosave
   * sees it). Never sends.
   * @throws SelectorError when the reply editor cannot be found or opened.
   */
  insertReply(text: string): Promise<void>;

  /** Optional: the client's own search and navigation, driven by the sweep. */
  readonly sweep?: SweepDriver;
}
