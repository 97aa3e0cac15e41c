/**
 * Outlook on the web (outlook.office.com, outlook.office365.com, outlook.live.com,
 * outlook.cloud.microsoft) behind the MailClient seam. Reading is the pure readOutlookThread; the client adds the live page: the
 * URL, the owner hints from the settings, navigation, expanding collapsed and folded items,
 * what the person sends, and the reply editor. Never sends.
 */
import { findElement } from '../dom';
import type { MailClient, OpenThread } from '../mail-client';
import { expandOutlookMessages } from './expand-outlook-messages';
import { insertOutlookReply } from './insert-outlook-reply';
import { outlookLayout } from './outlook-layout';
import { OUTLOOK_SELECTORS as S } from './outlook-selectors';
import { readOutlookThread } from './read-outlook-thread';
import { watchOutlookPane } from './watch-outlook-pane';
import { watchOutlookSends } from './watch-outlook-sends';

export interface OutlookClientOptions {
  /** The owner's aliases (settings), read at every call so a change applies at once. */
  aliases?: () => readonly string[];
  /**
   * The owner's name (settings). Work accounts show the owner's own messages by name only;
   * the name resolves them when Outlook's account control has not rendered it.
   */
  ownerName?: () => string | undefined;
}

export function createOutlookClient(
  doc: Document = document,
  opts: OutlookClientOptions = {},
): MailClient {
  return {
    name: 'outlook',

    readOpenThread(): OpenThread | undefined {
      return readOutlookThread(doc, {
        url: doc.location.href,
        aliases: opts.aliases?.() ?? [],
        ownerName: opts.ownerName?.(),
      });
    },

    watchOpenThread(onChange, { signal }) {
      watchOutlookPane(doc, onChange, signal);
    },

    expandMessages() {
      return expandOutlookMessages(doc);
    },

    watchSends(onSend, { signal }) {
      watchOutlookSends(doc, onSend, signal);
    },

    /**
     * The row holding the message list and the reading region: the sidebar joins it at the
     * end, narrowing the reading pane instead of covering Outlook's own controls.
     */
    sidebarAnchor() {
      return findElement(doc, S.readCompose)?.parentElement ?? undefined;
    },

    layout: () => outlookLayout(doc),

    insertReply(text) {
      return insertOutlookReply(doc, text);
    },
  };
}
