import { describe, expect, test } from 'vitest';
import { analyzeThread } from '../../lib/core/analyze-thread';
import { invoiceThread } from './thread-builder';

const NOW = '2026-11-20T10:00:00+01:00';
const analyse = (text: string, subject?: string) =>
  analyzeThread(invoiceThread({ text, subject, attachments: ['invoice.pdf'] }), { now: NOW });

describe('the invoice amount is read in local formats', () => {
  test.each([
    ['German, euro sign after', 'Rechnungsbetrag: 1.190,00 €', 1190, 'EUR'],
    ['English, euro sign before', 'Total: €1,190.00', 1190, 'EUR'],
    ['French, space groups', 'Montant TTC : 1 190,00 €', 1190, 'EUR'],
    ['French, no-break space groups', 'Montant TTC : 1\u00a0190,00\u00a0€', 1190, 'EUR'],
    ['French, narrow no-break space groups', 'Montant TTC : 1\u202f190,00\u202f€', 1190, 'EUR'],
    ['Swiss apostrophe groups', "Total: CHF 2'500.00", 2500, 'CHF'],
    ['pounds without decimals', 'Total: £450', 450, 'GBP'],
    ['dollars with thousands comma', 'Amount due: $3,200', 3200, 'USD'],
    ['code before, German format', 'Betrag: EUR 1.190,00', 1190, 'EUR'],
    ['code after, German format', 'Betrag: 1.190,00 EUR', 1190, 'EUR'],
    ['Spanish importe', 'Importe total: 2.420,00 €', 2420, 'EUR'],
    ['Italian totale', 'Totale fattura: € 1.220,00', 1220, 'EUR'],
    ['Dutch totaal', 'Totaal: € 1.815,00', 1815, 'EUR'],
    ['cents only', 'Total: €12.50', 12.5, 'EUR'],
  ])('%s: "%s"', (_name, line, amount, currency) => {
    const a = analyse(
      `Please find attached invoice INV-1.\n\n${line}\n\nPayment due within 14 days.`,
    );
    expect(a.invoice).toMatchObject({ amount, currency });
  });

  test.each([
    [
      'the labelled total beats a larger line item',
      'Design: 3.000,00 €\nRabatt: -500,00 €\nGesamtbetrag: 2.500,00 €\nBereits bezahlt: 0,00 €',
      2500,
    ],
    [
      'the gross total beats net and VAT on one line',
      'Rechnungsbetrag: 2.380,00 € (2.000,00 € netto zzgl. 19 % USt. 380,00 €)',
      2380,
    ],
    [
      'without a label the largest amount counts',
      'Design 800,00 €\nDruck 1.200,00 €\nVersand 20,00 €',
      1200,
    ],
    [
      'percentages and phone numbers are not amounts',
      'MwSt. 19 %\nTel. 0221 4837 2291\nSumme: 119,00 €',
      119,
    ],
  ])('%s', (_name, lines, amount) => {
    const a = analyse(
      `Anbei meine Rechnung RE-7.\n\n${lines}\n\nZahlbar innerhalb von 14 Tagen.`,
      'Rechnung RE-7',
    );
    expect(a.invoice?.amount).toBe(amount);
  });
});

describe('the invoice number follows the invoice word or sits in the file name', () => {
  test.each([
    ['Invoice #LM-2026-031 – labels', 'LM-2026-031'],
    ['Rechnung Nr. 2026-041 – Website', '2026-041'],
    ['Facture n° F2026-058 – Traduction', 'F2026-058'],
    ['Factura núm. 2026/117 – Diseño web', '2026/117'],
    ['Fattura n. 45/2026 – Servizio fotografico', '45/2026'],
    ['Factuur 2026-0088 – Vertaling', '2026-0088'],
    ['AW: Rechnung RE-2026-107', 'RE-2026-107'],
  ])('subject "%s"', (subject, number) => {
    const a = analyse('Attached is the invoice.\nTotal: €500.00\nDue within 14 days.', subject);
    expect(a.invoice?.number).toBe(number);
  });
});
