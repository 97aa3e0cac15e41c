/**
 * The words of the popup, the options page and the import page, in the browser's language
 * (public/_locales). Keys are prefixed popup_ / options_ / import_; an unknown key shows itself,
 * so a gap is visible, never blank.
 */
import { browser } from 'wxt/browser';

const plain = new Map<string, string>();

export function t(key: string, subs?: string | number | (string | number)[]): string {
  // The same few labels repeat on every row: ask the browser once per key.
  if (subs === undefined) {
    let text = plain.get(key);
    if (text === undefined) plain.set(key, (text = browser.i18n.getMessage(key as never) || key));
    return text;
  }
  const list =
    subs === undefined ? undefined : Array.isArray(subs) ? subs.map(String) : String(subs);
  // Keys are often computed (popup_status_<status>), so they cannot be checked against the JSON.
  return browser.i18n.getMessage(key as never, list) || key;
}

export function uiLanguage(): string {
  return browser.i18n.getUILanguage() || 'en';
}
