import { describe, expect, test } from 'vitest';
import { markupText } from '../../lib/html-text/markup-text';
import { dateFromReceived, readMailDate, toIsoWithOffset } from '../../lib/import/mail-date';
import { sniffMailboxFormat } from '../../lib/import/mailbox-format';
import { subjectKey } from '../../lib/core';

describe('normalised subjects for threading by subject', () => {
  test.each([
    ['English reply', 'Re: Invoice 17', 'invoice 17', true],
    ['German reply and forward stacked', 'AW: WG: Rechnung 17', 'rechnung 17', true],
    ['French forward', 'TR: Facture 17', 'facture 17', true],
    ['Spanish reply', 'RV: Factura 17', 'factura 17', true],
    ['Fwd with counter', 'Fwd[2]: Invoice 17', 'invoice 17', true],
    ['a counter in round brackets', 'Re(3): Invoice 17', 'invoice 17', true],
    ['a full-width colon', 'RE\uff1a Invoice 17', 'invoice 17', true],
    ['a tag before the prefix', '[EXT] AW: Rechnung 17', 'rechnung 17', true],
    ['Italian reply', 'R: Fattura 17', 'fattura 17', true],
    ['Dutch forward', 'Doorst: Factuur 17', 'factuur 17', true],
    ['upper case RE', 'RE: Invoice 17', 'invoice 17', true],
    ['a tag is not a reply', '[EXTERN] Invoice 17', 'invoice 17', false],
    ['an original', 'Invoice 17', 'invoice 17', false],
    ['"Re" inside a word stays', 'Reminder: Invoice 17', 'reminder: invoice 17', false],
  ])('%s', (_label, subject, key, isReply) => {
    expect(subjectKey(subject)).toEqual({ key, isReply });
  });
});

describe('dates keep the sender’s offset', () => {
  test.each([
    ['+0200', 'Tue, 1 Sep 2026 11:12:00 +0200', '2026-09-01T11:12:00+02:00'],
    [
      '-0500 with a zone comment',
      'Tue, 1 Sep 2026 06:00:00 -0500 (EST)',
      '2026-09-01T06:00:00-05:00',
    ],
    ['GMT', 'Tue, 1 Sep 2026 09:12:00 GMT', '2026-09-01T09:12:00+00:00'],
    ['garbage', 'sometime last week', undefined],
    ['29 February of a leap year', 'Tue, 29 Feb 2028 10:00:00 +0100', '2028-02-29T10:00:00+01:00'],
    ['two-digit year, as RFC 5322 reads it', '1 Oct 26 09:12 GMT', '2026-10-01T09:12:00+00:00'],
    ['asctime form', 'Thu Oct  1 09:12:00 2026', '2026-10-01T09:12:00+00:00'],
    [
      'the widest offset in use, +1400',
      'Thu, 1 Oct 2026 09:12:00 +1400',
      '2026-10-01T09:12:00+14:00',
    ],
    ['31 February is not rolled over into 3 March', 'Tue, 31 Feb 2026 10:00:00 +0100', undefined],
    ['an offset of +9999 is not taken', 'Tue, 3 Mar 2026 10:00:00 +9999', undefined],
    ['year 0000 is not read as 2000', 'Fri, 3 Mar 0000 10:00:00 +0000', undefined],
  ])('%s', (_label, header, iso) => {
    expect(toIsoWithOffset(header)).toBe(iso);
  });
});

describe('an impossible date is named, not rolled over', () => {
  test.each([
    ['31 February', 'Tue, 31 Feb 2026 10:00:00 +0100', 'day'],
    ['29 February of a common year', 'Sun, 29 Feb 2027 10:00:00 +0100', 'day'],
    ['31 April, ISO form', '2026-04-31T10:00:00Z', 'day'],
    ['day 0', '0 Oct 2026 10:00:00 +0200', 'day'],
    ['month 13, ISO form', '2026-13-01T10:00:00Z', 'month'],
    ['year 0000', 'Fri, 3 Mar 0000 10:00:00 +0000', 'year'],
    ['year 1066', '14 Oct 1066 10:00:00 +0000', 'year'],
    ['hour 25', 'Thu, 1 Oct 2026 25:12:00 +0200', 'time'],
    ['minute 60', 'Thu, 1 Oct 2026 09:60:00 +0200', 'time'],
    ['offset +9999', 'Tue, 3 Mar 2026 10:00:00 +9999', 'offset'],
    ['offset minutes 60', 'Thu, 1 Oct 2026 09:12:00 +0260', 'offset'],
    ['offset beyond 14 hours', 'Thu, 1 Oct 2026 09:12:00 -1500', 'offset'],
    ['31 Feb in a Received header', 'from a by b; Tue, 31 Feb 2026 10:00:00 +0100', undefined],
  ])('%s', (_label, header, why) => {
    if (why === undefined) expect(dateFromReceived(header)).toBeUndefined();
    else expect(readMailDate(header)).toEqual({ impossible: why });
  });

  test('a possible date is read with its offset', () => {
    expect(readMailDate('Tue, 1 Sep 2026 06:00:00 -0500 (EST)')).toEqual({
      iso: '2026-09-01T06:00:00-05:00',
    });
  });
});

describe('text from HTML-only mail', () => {
  test.each([
    [
      'paragraphs are set apart, breaks become lines',
      '<p>Dear John,</p><p>amount due: &euro;2,400.00<br>net 30</p>',
      'Dear John,\n\namount due: €2,400.00\nnet 30',
    ],
    [
      'scripts and styles are dropped, not shown',
      '<style>p{}</style><script>alert(1)</script><p>Hi</p>',
      'Hi',
    ],
    ['entities, numeric and named', 'Gr&uuml;&szlig;e &#8364; &#x20AC; &amp;', 'Grüße € € &'],
    [
      'table cells are spaced',
      '<table><tr><td>Total</td><td>1.190,00 €</td></tr></table>',
      'Total 1.190,00 €',
    ],
    ['comments are dropped', '<p>A<!-- hidden <b>x</b> -->B</p>', 'AB'],
    ['an unclosed style hides the rest, as in a browser', '<p>Total</p><style>p{}', 'Total'],
    ['hostile: 50,000 unclosed <style tags', 'Hi' + '<style>'.repeat(50_000), 'Hi'],
    ['hostile: 100,000 unclosed comments', 'Hi' + '<!--'.repeat(100_000), 'Hi'],
    [
      'hostile: a run of unclosed "<" stays text',
      'Hi ' + '<'.repeat(100_000) + 'b>',
      'Hi ' + '<'.repeat(99_999),
    ],
  ])('%s', (_label, html, text) => {
    expect(markupText(html)).toBe(text);
  });
});

describe('telling the format from the first bytes', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  test.each([
    ['an mbox', bytes('From a@b Mon Oct  5 10:00:00 2026\nSubject: x\n'), 'mbox'],
    ['an .eml', bytes('Return-Path: <a@b>\nSubject: x\n'), 'eml'],
    ['an .eml with a BOM and CRLF', bytes('\ufeffSubject: x\r\n'), 'eml'],
    [
      'a PNG',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      'binary',
    ],
    ['a CSV', bytes('name,email\nMax,max@x.de\n'), 'not-mail'],
    ['a JSON file', bytes('{"threads": []}\n'), 'not-mail'],
    ['a URL list', bytes('https://example.com/a\n'), 'not-mail'],
  ])('%s', (_label, head, format) => {
    expect(sniffMailboxFormat(head)).toBe(format);
  });
});
