import { describe, expect, test } from 'vitest';
import { detectTextLanguage, languages } from '../../lib/core/languages';
import type { LanguageCues } from '../../lib/core/languages';
import { replyLanguages, type ReplyCues } from '../../lib/core/replies';

const LISTS: (keyof LanguageCues)[] = [
  'commonWords',
  'invoiceWords',
  'invoiceFileNames',
  'notInvoiceWords',
  'notInvoiceFileNames',
  'numberFillers',
  'totalLabels',
  'paymentDetailWords',
  'dueDatePhrases',
  'termPhrases',
  'autoReplySubjects',
  'bounceSubjects',
  'outOfOfficePhrases',
  'returnDatePhrases',
  'quoteSeparators',
  'quoteHeaderFrom',
  'quoteHeaderSent',
  'replyPrefixes',
];

describe('every language file is complete (adding a language = one file + one list entry)', () => {
  test.each(languages.map((l) => [l.code, l] as const))(
    '%s has every cue list, lower-case',
    (_code, lang) => {
      for (const key of LISTS) {
        const list = lang[key] as readonly string[];
        expect({ key, size: list.length > 0 }).toEqual({ key, size: true });
        for (const phrase of list)
          expect({ key, phrase }).toEqual({ key, phrase: phrase.toLowerCase() });
      }
      expect(new Set(Object.values(lang.months))).toEqual(
        new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]),
      );
      expect(lang.termPhrases.every((p) => p.includes('{n}'))).toBe(true);
    },
  );

  const REPLY_LISTS: (keyof ReplyCues)[] = [
    'paid',
    'promise',
    'payVerbs',
    'future',
    'negations',
    'conditions',
    'instalment',
    'moreTime',
    'instalmentUnits',
    'invoiceRequest',
    'time',
    'today',
    'tomorrow',
    'nextWeek',
    'endOfMonth',
    'midMonth',
    'inDays',
    'inWeeks',
    'dayOfMonth',
  ];

  test('reply tables are listed in the same order as the languages (a phrase’s tag is its index)', () => {
    expect(replyLanguages.map((r) => r.code)).toEqual(languages.map((l) => l.code));
  });

  test.each(replyLanguages.map((r) => [r.code, r] as const))(
    '%s has every reply table, lower-case, and weekdays and numbers to 31',
    (_code, cues) => {
      for (const key of REPLY_LISTS) {
        const list = cues[key] as readonly string[];
        expect({ key, size: list.length > 0 }).toEqual({ key, size: true });
        for (const phrase of list)
          expect({ key, phrase }).toEqual({ key, phrase: phrase.toLowerCase() });
      }
      for (const topic of ['amount', 'hours', 'quality', 'scope', 'not_owed', 'general'] as const)
        expect({ topic, size: cues.dispute[topic].length > 0 }).toEqual({ topic, size: true });
      expect(new Set(Object.values(cues.weekdays))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7]));
      const numbers = new Set(Object.values(cues.numbers));
      for (const n of [1, 2, 3, 10, 15, 20, 30])
        expect({ n, has: numbers.has(n) }).toEqual({ n, has: true });
    },
  );

  test('language codes are unique', () => {
    expect(new Set(languages.map((l) => l.code)).size).toBe(languages.length);
  });
});

describe('language detection', () => {
  test.each([
    ['en', 'Hi Rebecca, please find attached the invoice for the shoot. Thanks and best regards.'],
    ['de', 'Sehr geehrte Frau Krüger, anbei erhalten Sie die Rechnung. Mit freundlichen Grüßen'],
    ['fr', 'Bonjour Madame Dubois, vous trouverez ci-joint la facture. Bien cordialement'],
    ['es', 'Estimado Sr. Ruiz: adjunto le envío la factura. Muchas gracias y saludos'],
    ['it', 'Gentile dott. Bianchi, in allegato la fattura. Resto a disposizione. Cordiali saluti'],
    ['nl', 'Geachte heer De Vries, hierbij ontvangt u de factuur. Met vriendelijke groet'],
  ])('%s', (code, text) => {
    expect(detectTextLanguage(text)).toBe(code);
  });

  test('no words, no language', () => {
    expect(detectTextLanguage('12345 !!!')).toBeUndefined();
  });
});
