import { describe, expect, test } from 'vitest';
import { analyzeThread } from '../../lib/core/analyze-thread';
import { invoiceThread } from './thread-builder';

const NOW = '2026-11-20T10:00:00+01:00';
const SENT = '2026-10-01T09:00:00+02:00';
const dueOf = (line: string, settings = {}) =>
  analyzeThread(
    invoiceThread({
      text: `Attached: invoice INV-9.\nTotal: 1.000,00 €\n${line}`,
      date: SENT,
      attachments: ['invoice.pdf'],
    }),
    { now: NOW, settings },
  ).invoice?.dueDate;

describe('a stated due date is read in every language and format', () => {
  test.each([
    ['en, day month year', 'Payment due: 15 October 2026', '2026-10-15'],
    ['en, month day year', 'Terms: Net 30 (due October 15, 2026)', '2026-10-15'],
    ['en, slashes day first', 'Due date: 20/10/2026', '2026-10-20'],
    ['en, ISO', 'Due date: 2026-10-15', '2026-10-15'],
    ['en, no year', 'Payment due by 2 November', '2026-11-02'],
    ['de, dotted', 'Zahlbar bis 15.10.2026 ohne Abzug.', '2026-10-15'],
    ['de, words', 'Zahlungsziel: 15. Oktober 2026', '2026-10-15'],
    ['de, fällig am', 'Fällig am: 27.11.2026', '2026-11-27'],
    ['fr, words', 'Conditions : au plus tard le 24 octobre 2026.', '2026-10-24'],
    ['fr, slashes', "Date d'échéance : 20/10/2026", '2026-10-20'],
    ['fr, 1er', 'Échéance : 1er novembre 2026', '2026-11-01'],
    ['es, de words', 'Fecha de vencimiento: 5 de noviembre de 2026', '2026-11-05'],
    ['es, slashes', 'Vencimiento: 05/11/2026', '2026-11-05'],
    ['it, words', 'Scadenza: 15 ottobre 2026', '2026-10-15'],
    ['it, entro il', 'Da pagare entro il 30/10/2026', '2026-10-30'],
    ['nl, words', 'Vervaldatum: 15 oktober 2026', '2026-10-15'],
    ['nl, uiterlijk', 'Graag uiterlijk 15-10-2026 overmaken.', '2026-10-15'],
  ])('%s: "%s"', (_name, line, due) => {
    expect(dueOf(line)).toBe(due);
  });

  test.each([
    ['31 April does not exist', 'Zahlbar bis 31.04.2026'],
    ['29 February 2026 does not exist', 'Payment due: 29 February 2026'],
    ['month 13 does not exist either way round', 'Due date: 13/13/2026'],
  ])('an impossible date is not a due date: %s', (_name, line) => {
    expect(dueOf(line)).toBe('2026-10-15'); // default term: sent + 14 days
  });

  test('a date before the invoice was sent is not its due date (service period, order date)', () => {
    expect(dueOf('Leistungszeitraum bis zum 30.09.2026')).toBe('2026-10-15');
  });
});

describe('payment terms count from the day the invoice was sent (1 Oct 2026)', () => {
  test.each([
    ['en net 30', 'Payment terms: net 30', '2026-10-31'],
    ['en within 14 days', 'Please pay within 14 days of the invoice date.', '2026-10-15'],
    [
      'de innerhalb von 14 Tagen',
      'Bitte überweisen Sie den Betrag innerhalb von 14 Tagen.',
      '2026-10-15',
    ],
    ['de-CH innert 30 Tagen', 'Zahlbar innert 30 Tagen netto.', '2026-10-31'],
    ['fr à 30 jours', 'Paiement à 30 jours.', '2026-10-31'],
    ['es a 30 días', 'Forma de pago: transferencia a 30 días.', '2026-10-31'],
    ['it entro 30 giorni', 'Pagamento entro 30 giorni data fattura.', '2026-10-31'],
    ['nl binnen 14 dagen', 'Graag binnen 14 dagen overmaken.', '2026-10-15'],
  ])('%s', (_name, line, due) => {
    expect(dueOf(line)).toBe(due);
  });

  test('without a term the default term applies, and the setting changes it', () => {
    expect(dueOf('Thanks!')).toBe('2026-10-15');
    expect(dueOf('Thanks!', { defaultTermDays: 30 })).toBe('2026-10-31');
  });

  test('the sent day is taken in the invoice’s own time zone (late evening UTC-5 is still 30 Sep)', () => {
    const a = analyzeThread(
      invoiceThread({
        text: 'Invoice INV-9\nTotal: $100.00\nNet 30',
        date: '2026-09-30T22:30:00-05:00',
        attachments: ['invoice.pdf'],
      }),
      { now: NOW },
    );
    expect(a.invoice?.dueDate).toBe('2026-10-30');
  });
});
