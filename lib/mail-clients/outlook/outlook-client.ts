/**
 * Outlook on the web (outlook.office.com, outlook.office365.com, outlook.live.com) behind the
 * MailClient seam. Reading is the pure readOutlookThread; the client adds the live page: the
 * URL, the owner hints from the settings, navigation and the reply editor. Never sends.
 */
import { anyCss } from '../dom';
import type { MailClient, OpenThread } from '../mail-client';
import { insertOutlookReply } from './insert-outlook-reply';
import { outlookLayout } from './outlook-layout';
import { OUTLOOK_SELECTORS as S } from './outlook-selectors';
import { readOutlookThread } from './read-outlook-thread';
import { watchOutlookPane } from './watch-outlook-pane';

export interface OutlookClientOptions {
  /** The owner's aliases (settings), read at every call so a change applies at once. */
  aliases?: () => readonly string[];
  /**
   * The owner's name (settings). Work accounts show the owner's own messages by name only;
   * the name resolves them when Outlook's account control has not rendered it.
   */
  ownerName?: () => string | undefined;
}

export function createOutlookClient(doc: Document = document, opts: OutlookClientOptions = {}): MailClient {
  return {
    name: 'outlook',

    readOpenThread(): OpenThread | undefined {
      return readOutlookThread(doc, { url: doc.location.href, aliases: opts.aliases?.() ?? [], ownerName: opts.ownerName?.() });
    },

    watchOpenThread(onChange, { signal }) {
      watchOutlookPane(doc, onChange, signal);
    },

    /**
     * The row holding the message list and the reading region: the sidebar joins it at the
     * end, narrowing the reading pane instead of covering Outlook's own controls.
     */
    sidebarAnchor() {
      return doc.querySelector(anyCss(S.readCompose))?.parentElement ?? undefined;
    },

    layout: () => outlookLayout(doc),

    insertReply(text) {
      return insertOutlookReply(doc, text);
    },
  };
}
