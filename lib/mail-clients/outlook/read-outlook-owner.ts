/**
 * The mailbox owner as Outlook shows them: the signed-in account's address (folder pane root),
 * its display name (account manager, else the tab title, else the settings), plus the aliases
 * the person listed in the settings.
 */
import type { MailThread } from '../../core/index';
import { findElement } from '../dom';
import { OUTLOOK_SELECTORS as S, TITLE_OWNER } from './outlook-selectors';

export function readOutlookOwner(
  root: ParentNode,
  opts: { aliases?: readonly string[]; ownerName?: string },
): MailThread['owner'] {
  const account = findElement(root, S.accountRoot)
    ?.getAttribute('data-folder-name')
    ?.trim()
    .toLowerCase();
  const title =
    (root as Partial<Document>).title ?? (root as Partial<Node>).ownerDocument?.title ?? '';
  const name =
    findElement(root, S.accountName)?.textContent?.trim() ||
    TITLE_OWNER.exec(title.trim())?.[1]?.trim() ||
    opts.ownerName?.trim() ||
    undefined;
  const emails = [account, ...(opts.aliases ?? []).map((a) => a.trim().toLowerCase())].filter(
    (e, i, all): e is string => !!e && e.includes('@') && all.indexOf(e) === i,
  );
  return name ? { name, emails } : { emails };
}
