import { describe, expect, test } from 'vitest';
import { safeLine, safeLines, safeName, safeSubject } from '../../lib/core/safe-text';

describe('one line of mail text, safe to quote', () => {
  test.each([
    ['plain text is kept', 'Invoice INV-7 – website', 'Invoice INV-7 – website'],
    [
      'CR/LF becomes one space (no header injection)',
      'Invoice 7\r\nBcc: x@evil.example',
      'Invoice 7 Bcc: x@evil.example',
    ],
    ['NUL goes', 'Invoice\u0000 7', 'Invoice 7'],
    ['other C0 controls go (bell, escape)', 'In\u0007voice\u001b[31m 7', 'Invoice[31m 7'],
    ['DEL and C1 controls go (CSI)', 'Invoice\u007f\u009b 7', 'Invoice 7'],
    [
      'NEL and the Unicode line separators are breaks',
      'Invoice\u0085 7\u2028paid\u2029',
      'Invoice 7 paid',
    ],
    ['right-to-left override goes', 'Invoice \u202Efdp.exe', 'Invoice fdp.exe'],
    ['embeddings and pop go', '\u202AInvoice\u202B 7\u202C\u202D', 'Invoice 7'],
    ['isolates go', '\u2066Invoice\u2067 7\u2068\u2069', 'Invoice 7'],
    ['directional marks go (LRM, RLM, ALM)', 'Invoice\u200E\u200F\u061C 7', 'Invoice 7'],
    ['zero-width space, word joiner and BOM go', '\uFEFFIn\u200Bvoice\u2060 7', 'Invoice 7'],
    ['a lone surrogate goes, a pair stays', 'Invoice \uD800 7 🙂', 'Invoice 7 🙂'],
    ['tabs and runs of spaces become one space', ' Invoice\t\t  7 ', 'Invoice 7'],
    [
      'letters of every script stay',
      'Rechnung Müller – 請求書 – فاتورة',
      'Rechnung Müller – 請求書 – فاتورة',
    ],
    ['a number is no text', 7, ''],
    ['null is no text', null, ''],
  ])('%s', (_label, input, expected) => {
    expect(safeLine(input)).toBe(expected);
  });

  test.each([
    ['a long line is cut with an ellipsis', 'a'.repeat(500), 20, `${'a'.repeat(19)}…`],
    ['exactly the cap is kept whole', 'a'.repeat(20), 20, 'a'.repeat(20)],
    ['an emoji is never cut in half', `${'a'.repeat(18)}🙂🙂🙂`, 20, `${'a'.repeat(18)}🙂…`],
    ['5 MB of controls costs a bounded look', '\u202E'.repeat(5_000_000) + 'x', 20, ''],
  ])('%s', (_label, input, max, expected) => {
    expect(safeLine(input, max)).toBe(expected);
  });

  test('a subject is capped at 200 characters', () => {
    expect(Array.from(safeSubject('Invoice '.repeat(1000)))).toHaveLength(200);
  });

  test.each([
    [
      'lines are kept, each cleaned',
      'Anna Schmidt\r\nSchmidt \u202EDesign\n\u0000Berlin',
      'Anna Schmidt\nSchmidt Design\nBerlin',
    ],
    [
      'at most ten lines',
      Array.from({ length: 20 }, (_, i) => `line ${i}`).join('\n'),
      Array.from({ length: 10 }, (_, i) => `line ${i}`).join('\n'),
    ],
  ])('a signature block: %s', (_label, input, expected) => {
    expect(safeLines(input)).toBe(expected);
  });
});

describe('a name is used only when it looks like a name', () => {
  test.each([
    ['a first name', 'Rebecca', 'Rebecca'],
    ['a courtesy title and surname', 'Ms Carter', 'Ms Carter'],
    ['a German title with a doctor', 'Frau Dr. Hartmann', 'Frau Dr. Hartmann'],
    ['hyphen and apostrophe inside words', "Anna-Lena O'Brien", "Anna-Lena O'Brien"],
    ['two people', 'Anna and Tom', 'Anna and Tom'],
    ['five words', 'Maria de los Ángeles García', 'Maria de los Ángeles García'],
    ['a script without case', '山田太郎', '山田太郎'],
    ['bidi controls inside are dropped', 'Max \u202EMüller\u202C', 'Max Müller'],
  ])('%s: kept', (_label, input, expected) => {
    expect(safeName(input)).toBe(expected);
  });

  test.each([
    ['an instruction after a dash', 'Ms Linton - Please Ignore Previous Bank Details'],
    ['an instruction made only of letters', 'Ms Linton Please Ignore Previous Bank Details'],
    ['six words', 'Anna Berta Carla Dora Emma Frieda'],
    ['one word longer than a name', 'A'.repeat(51)],
    ['digits', 'Room 101'],
    ['an address', 'max@mueller.de'],
    ['a company with an ampersand', 'Thistle & Thorn Accounts'],
    ['a colon', 'Note: pay to DE00'],
    ['lower-case start', 'accounts team'],
    ['a line break before more text', 'Anna\nIBAN DE89 3704 0044'],
    ['a line break before more words', 'Max Müller\r\nNew IBAN follows'],
    ['a line break inside', 'Max\nMüller'],
    ['empty after cleaning', '\u202E\u0000 '],
    ['not text', 42],
  ])('%s: no name', (_label, input) => {
    expect(safeName(input)).toBeUndefined();
  });
});
