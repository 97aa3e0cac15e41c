/**
 * browser.i18n.getMessage for tests, answering from public/_locales/<lang>/messages.json the
 * way Chromium does ($NAME$ placeholders, $1..$9 substitutions, '' for an unknown key).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Messages = Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;

/** Any locale in public/_locales: en, de, fr, es, it, nl. */
export function loadMessages(lang: string): Messages {
  return JSON.parse(
    readFileSync(
      join(import.meta.dirname, '..', '..', 'public', '_locales', lang, 'messages.json'),
      'utf8',
    ),
  );
}

export function format(messages: Messages, key: string, subs?: string | string[]): string {
  const entry = messages[key];
  if (!entry) return '';
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  const withPlaceholders = entry.message.replace(
    /\$([A-Za-z0-9_]+)\$/g,
    (whole, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? whole,
  );
  return withPlaceholders.replace(/\$(\d)/g, (_w, n: string) => list[Number(n) - 1] ?? '');
}

/** Call in beforeEach: fakeBrowser.reset() does not give i18n an implementation. */
export function useMessages(lang: string = 'en'): void {
  const messages = loadMessages(lang);
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((
    key: string,
    subs?: string | string[],
  ) => format(messages, key, subs)) as never);
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockImplementation(() => lang);
}
