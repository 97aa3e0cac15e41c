/**
 * The interface speaks every language in public/_locales: each locale has every key of every
 * other, each message keeps the same placeholders as English, and a translated locale really
 * is translated. A key added to one locale only fails here with its name.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

type Messages = Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;

const ROOT = join(import.meta.dirname, '..', '..', 'public', '_locales');
const LOCALES = readdirSync(ROOT).sort();
const messages: Record<string, Messages> = Object.fromEntries(
  LOCALES.map((l) => [l, JSON.parse(readFileSync(join(ROOT, l, 'messages.json'), 'utf8'))]),
);

/** The $NAME$ references of a message and the substitutions its placeholders stand for. */
function shape(entry: Messages[string]): { names: string[]; contents: string[] } {
  const names = [...entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]!.toLowerCase());
  const contents = names.map((n) => entry.placeholders?.[n]?.content ?? `missing ${n}`);
  return { names: [...new Set(names)].sort(), contents: [...new Set(contents)].sort() };
}

test('the interface ships en, de, fr, es, it and nl', () => {
  expect(LOCALES).toEqual(['de', 'en', 'es', 'fr', 'it', 'nl']);
});

describe.each(LOCALES)('%s', (locale) => {
  test.each(LOCALES.filter((other) => other !== locale))('has every key of %s', (other) => {
    const missing = Object.keys(messages[other]!).filter((k) => !(k in messages[locale]!));
    expect(missing, `${locale} lacks keys that ${other} has: ${missing.join(', ')}`).toEqual([]);
  });

  test('every message is text and keeps the placeholders of English', () => {
    const wrong = Object.entries(messages[locale]!)
      .filter(([key, entry]) => {
        const en = messages.en![key];
        if (!en) return false;
        return (
          typeof entry.message !== 'string' ||
          entry.message.trim() === '' ||
          JSON.stringify(shape(entry)) !== JSON.stringify(shape(en))
        );
      })
      .map(([key]) => key);
    expect(
      wrong,
      `${locale}: empty messages or placeholders unlike English: ${wrong.join(', ')}`,
    ).toEqual([]);
  });
});

test.each(LOCALES.filter((l) => l !== 'en'))(
  '%s is a translation, not a copy of English',
  (locale) => {
    const keys = Object.keys(messages.en!);
    // Names (Unghost, Gmail, IBAN) and bare placeholders stay as they are; little else may.
    const same = keys.filter((k) => messages[locale]![k]?.message === messages.en![k]!.message);
    expect(same.length / keys.length).toBeLessThan(0.05);
  },
);
