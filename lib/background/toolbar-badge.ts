/** The toolbar badge: how many threads are silent, after the person's decisions. */
import { browser } from 'wxt/browser';

/**
 * The toolbar button's API: `action` in Manifest V3 (Chromium), `browserAction` in the Firefox
 * build, which is Manifest V2 (README, "Browsers").
 */
function toolbarButton(): typeof browser.action {
  return (
    browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction
  );
}

export async function showSilentCount(count: number): Promise<void> {
  const button = toolbarButton();
  await button.setBadgeText({ text: count > 0 ? String(count) : '' });
  await button.setBadgeBackgroundColor({ color: '#b91c1c' });
}
