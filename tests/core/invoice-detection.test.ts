import { describe, expect, test } from 'vitest';
import { analyzeThread } from '../../lib/core/analyze-thread';
import type { MailThread } from '../../lib/core/mail-thread';
import { invoiceThread, OWNER } from './thread-builder';

const NOW = '2026-11-20T10:00:00+01:00';
const MONEY = 'Total: 2.400,00 €\nPayable within 14 days.\nIBAN DE89 3704 0044 0532 0130 00';

describe('quotes, receipts, order confirmations and newsletters are not invoices', () => {
  test.each([
    ['en quote', 'Quote Q-2026-12 – website relaunch', ['Quote_Q-2026-12.pdf']],
    ['en estimate', 'Estimate for the kitchen refit', ['estimate.pdf']],
    ['en receipt', 'Your receipt from Studio – #R-1043', ['Receipt_R-1043.pdf']],
    ['en order confirmation', 'Order confirmation #5512', []],
    ['en newsletter', 'Studio newsletter – November', []],
    ['de Angebot', 'Angebot AN-2026-047 – Relaunch', ['Angebot_AN-2026-047.pdf']],
    ['de Kostenvoranschlag', 'Kostenvoranschlag Dachsanierung', []],
    ['de Quittung', 'Quittung für Ihre Zahlung', []],
    ['de Zahlungsbestätigung', 'Zahlungsbestätigung RE-2026-3', []],
    ['de Auftragsbestätigung', 'Auftragsbestätigung 4471', []],
    ['fr devis', 'Devis D-2026-04 – rénovation', ['Devis_D-2026-04.pdf']],
    ['es presupuesto', 'Presupuesto 2026-19 – diseño web', ['presupuesto.pdf']],
    ['it preventivo', 'Preventivo 2026/33 – servizio fotografico', ['preventivo.pdf']],
    ['nl offerte', 'Offerte 2026-007 – vertaling', ['offerte.pdf']],
  ])('%s: "%s"', (_name, subject, attachments) => {
    const a = analyzeThread(
      invoiceThread({
        subject,
        text: `Hello,\n\nplease find it attached.\n\n${MONEY}`,
        attachments,
      }),
      { now: NOW },
    );
    expect(a.status).toBe('not_invoice');
  });
});

describe('an invoice needs more than one weak cue', () => {
  test.each([
    [
      'the word alone',
      'Project update',
      'I will send the invoice after delivery.',
      [],
      'not_invoice',
    ],
    [
      'the word and an amount',
      'Project update',
      'The invoice will be about €500.',
      [],
      'not_invoice',
    ],
    [
      'subject word, amount and terms',
      'Invoice 2026-12',
      'Hi, total €500.00, net 14.',
      [],
      'silent',
    ],
    [
      'attachment, amount and IBAN, no subject',
      'October work',
      'Attached. €500.00 to IBAN DE89 3704 0044 0532 0130 00',
      ['Rechnung_2026-12.pdf'],
      'silent',
    ],
    [
      'Spanish factura',
      'Factura 2026-12',
      'Adjunto la factura. Importe: 500,00 €. Vencimiento: 15/10/2026',
      [],
      'silent',
    ],
    [
      'Italian fattura',
      'Fattura n. 12/2026',
      'In allegato la fattura. Totale: € 500,00. Scadenza: 15/10/2026',
      [],
      'silent',
    ],
    [
      'Dutch factuur',
      'Factuur 2026-12',
      'Bijgaand de factuur. Totaal: € 500,00. Vervaldatum: 15-10-2026',
      [],
      'silent',
    ],
  ])('%s → %s', (_name, subject, text, attachments, status) => {
    expect(analyzeThread(invoiceThread({ subject, text, attachments }), { now: NOW }).status).toBe(
      status,
    );
  });

  test('an invoice the owner received is not the owner’s invoice', () => {
    const thread: MailThread = {
      id: 't',
      client: 'gmail',
      owner: { emails: [OWNER] },
      messages: [
        {
          id: 'a',
          from: { email: 'billing@supplier.example' },
          to: [{ email: OWNER }],
          date: '2026-10-01T09:00:00+02:00',
          subject: 'Invoice 4471',
          text: `Your invoice 4471.\n${MONEY}`,
          attachments: [{ name: 'invoice-4471.pdf' }],
        },
      ],
    };
    expect(analyzeThread(thread, { now: NOW }).status).toBe('not_invoice');
  });
});

describe('the register of the owner’s own messages', () => {
  test.each([
    ['Sie', 'Sehr geehrte Frau Meyer,\n\nanbei erhalten Sie meine Rechnung RE-1.', 'formal'],
    [
      'du',
      'Hallo Lena,\n\nanbei schicke ich dir meine Rechnung RE-1. Melde dich, wenn du Fragen hast.',
      'informal',
    ],
    [
      'Hallo + title is still Sie',
      'Hallo Herr Weber,\n\nanbei die Rechnung RE-1 für Sie.',
      'formal',
    ],
  ])('German %s', (_name, opening, register) => {
    const text = `${opening}\n\nRechnungsbetrag: 500,00 €\nZahlbar innerhalb von 14 Tagen.`;
    const a = analyzeThread(invoiceThread({ subject: 'Rechnung RE-1', text }), { now: NOW });
    expect([a.language, a.register]).toEqual(['de', register]);
  });
});
