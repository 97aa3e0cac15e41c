/**
 * Reopens a conversation: in the mail tab already open on that client if there is one (Gmail
 * follows a hash change without reloading), in a new tab otherwise.
 */
import { browser } from 'wxt/browser';
import { safeMailLink } from '../../lib/storage/mail-link';

export async function openThread(link: string): Promise<void> {
  const url = safeMailLink(link);
  if (!url) return;
  const [tab] = await browser.tabs.query({ url: `${new URL(url).origin}/*` });
  if (tab?.id !== undefined) {
    await browser.tabs.update(tab.id, { url, active: true });
    if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
  } else {
    await browser.tabs.create({ url });
  }
}
