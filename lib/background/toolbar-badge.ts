/** The toolbar badge: how many threads are silent, after the person's decisions. */
import { browser } from 'wxt/browser';

export async function showSilentCount(count: number): Promise<void> {
  await browser.action.setBadgeText({ text: count > 0 ? String(count) : '' });
  await browser.action.setBadgeBackgroundColor({ color: '#b91c1c' });
}
