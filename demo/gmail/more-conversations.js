/*
 * More of the demo mailbox: conversations in Spanish, Italian, Dutch, French, English and German
 * that the sweep ("Find my open invoices") must find or pass over, some unread. Appended to
 * window.demoMailbox.conversations (conversations.js) before the views render. Dates are
 * relative to today as there. All people, companies and addresses are invented.
 */
(function () {
  'use strict';
  var box = window.demoMailbox;
  var ANNA = box.owner;
  var DAY = 86400000;
  /** A due day `plus` days after the message `ago`, written the way `lang` writes dates. */
  function due(ago, plus, lang) {
    var d = new Date(box.at(ago).getTime() + plus * DAY);
    var dd = String(d.getDate()).padStart(2, '0');
    var mm = String(d.getMonth() + 1).padStart(2, '0');
    if (lang === 'num') return dd + '/' + mm + '/' + d.getFullYear();
    if (lang === 'de') return dd + '.' + mm + '.' + d.getFullYear();
    return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  }
  function msg(from, to, ago, lines, attachments) {
    var m = { from: from, to: [to], ago: ago, lines: lines };
    if (attachments) m.attachments = attachments;
    return m;
  }
  var LUCIA = ['Lucía García', 'lucia.garcia@estudio-garcia.example'];
  var GIULIA = ['Giulia Rossi', 'giulia.rossi@rossi-design.example'];
  var MARCO = ['Marco Bianchi', 'marco@bianchi-vini.example'];
  var PABLO = ['Pablo Martín', 'pablo@martin-viajes.example'];
  var DAAN = ['Daan Jansen', 'daan@jansen-fietsen.example'];
  var FRANK = ['Frank Neumann', 'f.neumann@neumann-druck.example'];
  var HELEN = ['Helen Price', 'helen@price-partners.example'];
  var SOPHIE = ['Sophie Laurent', 'sophie@laurent-conseil.example'];
  var TOM = ['Tom Walker', 'tom@walker-events.example'];
  var BIRGIT = ['Birgit Hahn', 'b.hahn@hahn-immobilien.example'];
  var EVA = ['Eva de Boer', 'eva@deboer-bloemen.example'];
  var RUTH = ['Ruth Adler', 'ruth@adler-media.example'];
  var MOVISTAR = ['Facturación Telco', 'facturas@telco-movil.example'];

  box.conversations.push(
    {
      id: '18f1a2b3c4d5e618',
      label: 'silent, stage 2 (es, usted)',
      subject: 'Factura F-2026-041 – Traducción de la web',
      messages: [
        msg(
          ANNA,
          LUCIA,
          [45, 10, 0],
          [
            'Estimada Sra. García:',
            '',
            'Le adjunto la factura F-2026-041 por la traducción de su web.',
            '',
            'Importe total: 1.860,00 €',
            'Vencimiento: ' + due([45, 10, 0], 15, 'num'),
            'IBAN DE89 3704 0044 0532 0130 00',
            '',
            'Un cordial saludo,',
            'Anna Schmidt',
          ],
          ['F-2026-041.pdf'],
        ),
        msg(
          ANNA,
          LUCIA,
          [18, 9, 30],
          [
            'Estimada Sra. García:',
            '',
            'Le escribo para recordarle que la factura F-2026-041 por importe de 1.860,00 € sigue pendiente de pago.',
            '',
            'Un cordial saludo,',
            'Anna Schmidt',
          ],
        ),
      ],
    },
    {
      id: '18f1a2b3c4d5e619',
      label: 'silent, stage 1 (it, Lei)',
      subject: 'Fattura 2026/038 – Servizio fotografico',
      messages: [
        msg(
          ANNA,
          GIULIA,
          [32, 11, 0],
          [
            'Gentile Dott.ssa Rossi,',
            '',
            'in allegato la fattura 2026/038 per il servizio fotografico.',
            '',
            'Totale: 980,00 €',
            'Scadenza: ' + due([32, 11, 0], 15, 'num'),
            'IBAN DE89 3704 0044 0532 0130 00',
            '',
            'Cordiali saluti,',
            'Anna Schmidt',
          ],
          ['Fattura-2026-038.pdf'],
        ),
      ],
    },
    {
      id: '18f1a2b3c4d5e620',
      label: 'paid, unread: the customer says the transfer went out (it)',
      subject: 'Fattura 2026/031 – Etichette vini',
      unread: true,
      messages: [
        msg(
          ANNA,
          MARCO,
          [40, 9, 0],
          [
            'Buongiorno Marco,',
            '',
            'ti mando in allegato la fattura 2026/031 per le etichette.',
            '',
            'Totale: 1.250,00 €',
            'Scadenza: ' + due([40, 9, 0], 30, 'num'),
            '',
            'A presto,',
            'Anna',
          ],
          ['Fattura-2026-031.pdf'],
        ),
        msg(
          MARCO,
          ANNA,
          [1, 17, 10],
          ['Ciao Anna,', '', 'abbiamo effettuato il bonifico di 1.250,00 € ieri.', '', 'Marco'],
        ),
      ],
    },
    {
      id: '18f1a2b3c4d5e621',
      label: 'promised, unread: the customer will pay on a day (es)',
      subject: 'Factura F-2026-044 – Fotografía de catálogo',
      unread: true,
      messages: [
        msg(
          ANNA,
          PABLO,
          [38, 10, 0],
          [
            'Hola, Pablo:',
            '',
            'te adjunto la factura F-2026-044 por las fotos del catálogo.',
            '',
            'Importe total: 2.400,00 €',
            'Vencimiento: ' + due([38, 10, 0], 15, 'num'),
            '',
            'Un saludo,',
            'Anna',
          ],
          ['F-2026-044.pdf'],
        ),
        msg(
          PABLO,
          ANNA,
          [1, 12, 0],
          [
            'Hola, Anna:',
            '',
            'perdona el retraso. Te pagaremos el ' + due([1, 12, 0], 5, 'num') + '.',
            '',
            'Pablo',
          ],
        ),
      ],
    },
    {
      id: '18f1a2b3c4d5e622',
      label: 'waiting (nl, je)',
      subject: 'Factuur 2026-072 – Productfotografie',
      messages: [
        msg(
          ANNA,
          DAAN,
          [5, 9, 0],
          [
            'Hoi Daan,',
            '',
            'Hierbij factuur 2026-072 voor de productfoto’s.',
            '',
            'Totaal: € 760,00',
            'Te betalen vóór ' + due([5, 9, 0], 30, 'num'),
            'IBAN DE89 3704 0044 0532 0130 00',
            '',
            'Groeten,',
            'Anna',
          ],
          ['Factuur-2026-072.pdf'],
        ),
      ],
    },
    {
      id: '18f1a2b3c4d5e623',
      label: 'answered, unread: the customer asks for the invoice again (de)',
      subject: 'Rechnung RE-2026-044 – Flyer',
      unread: true,
      messages: [
        msg(
          ANNA,
          FRANK,
          [25, 10, 0],
          [
            'Sehr geehrter Herr Neumann,',
            '',
            'anbei meine Rechnung RE-2026-044 für die Flyer.',
            '',
            'Gesamtbetrag: 540,00 €',
            'Zahlbar bis ' + due([25, 10, 0], 14, 'de'),
            '',
            'Mit freundlichen Grüßen',
            'Anna Schmidt',
          ],
          ['RE-2026-044.pdf'],
        ),
        msg(
          FRANK,
          ANNA,
          [2, 8, 40],
          [
            'Guten Tag Frau Schmidt,',
            '',
            'können Sie mir die Rechnung bitte noch einmal mit unserer Bestellnummer 4711 schicken?',
            '',
            'Mit freundlichen Grüßen',
            'Frank Neumann',
          ],
        ),
      ],
    },
    {
      id: '18f1a2b3c4d5e624',
      label: 'silent, stage 3, older messages collapsed (en)',
      subject: 'Invoice INV-2026-039 – Annual report design',
      messages: [
        msg(
          ANNA,
          HELEN,
          [72, 9, 0],
          [
            'Dear Helen,',
            '',
            'please find attached invoice INV-2026-039 for the annual report design.',
            '',
            'Amount due: £2,900.00',
            'Payment due: ' + due([72, 9, 0], 14),
            '',
            'Kind regards,',
            'Anna',
          ],
          ['INV-2026-039.pdf'],
        ),
        msg(HELEN, ANNA, [70, 14, 0], ['Thanks Anna, received.', '', 'Helen']),
        msg(
          ANNA,
          HELEN,
          [40, 9, 0],
          [
            'Dear Helen,',
            '',
            'a friendly reminder that invoice INV-2026-039 for £2,900.00 is now overdue.',
            '',
            'Kind regards,',
            'Anna',
          ],
        ),
        msg(
          ANNA,
          HELEN,
          [20, 9, 0],
          [
            'Dear Helen,',
            '',
            'invoice INV-2026-039 for £2,900.00 is still unpaid. Could you let me know when I can expect payment?',
            '',
            'Kind regards,',
            'Anna',
          ],
        ),
      ],
    },
    {
      id: '18f1a2b3c4d5e625',
      label: 'waiting (fr, vous)',
      subject: 'Facture F-2026-029 – Atelier de marque',
      messages: [
        msg(
          ANNA,
          SOPHIE,
          [9, 10, 0],
          [
            'Bonjour Madame Laurent,',
            '',
            'Veuillez trouver ci-joint la facture F-2026-029 pour l’atelier de marque.',
            '',
            'Montant total : 1 800,00 €',
            'À régler avant le ' + due([9, 10, 0], 30, 'num'),
            '',
            'Bien cordialement,',
            'Anna Schmidt',
          ],
          ['F-2026-029.pdf'],
        ),
      ],
    },
    {
      id: '18f1a2b3c4d5e626',
      label: 'not an invoice: a quote whose invoice will follow (en)',
      subject: 'Quote Q-2026-019 – Event branding',
      messages: [
        msg(
          ANNA,
          TOM,
          [14, 11, 0],
          [
            'Hi Tom,',
            '',
            'attached is my quote Q-2026-019 for the event branding: £3,400.00 in total. The invoice will follow after delivery.',
            '',
            'Best,',
            'Anna',
          ],
          ['Quote-Q-2026-019.pdf'],
        ),
      ],
    },
    {
      id: '18f1a2b3c4d5e627',
      label: 'silent, stage 4 (de, Sie)',
      subject: 'Rechnung RE-2026-019 – Exposé-Fotos',
      messages: [
        msg(
          ANNA,
          BIRGIT,
          [95, 9, 0],
          [
            'Sehr geehrte Frau Hahn,',
            '',
            'anbei meine Rechnung RE-2026-019 für die Exposé-Fotos.',
            '',
            'Gesamtbetrag: 3.120,00 €',
            'Zahlbar bis ' + due([95, 9, 0], 14, 'de'),
            '',
            'Mit freundlichen Grüßen',
            'Anna Schmidt',
          ],
          ['RE-2026-019.pdf'],
        ),
        msg(
          ANNA,
          BIRGIT,
          [60, 9, 0],
          [
            'Sehr geehrte Frau Hahn,',
            '',
            'ich möchte freundlich an meine Rechnung RE-2026-019 über 3.120,00 € erinnern.',
            '',
            'Mit freundlichen Grüßen',
            'Anna Schmidt',
          ],
        ),
        msg(
          ANNA,
          BIRGIT,
          [40, 9, 0],
          [
            'Sehr geehrte Frau Hahn,',
            '',
            'meine Rechnung RE-2026-019 über 3.120,00 € ist weiterhin offen. Bitte begleichen Sie den Betrag.',
            '',
            'Mit freundlichen Grüßen',
            'Anna Schmidt',
          ],
        ),
        msg(
          ANNA,
          BIRGIT,
          [20, 9, 0],
          [
            'Sehr geehrte Frau Hahn,',
            '',
            'trotz zweier Erinnerungen ist meine Rechnung RE-2026-019 über 3.120,00 € noch nicht bezahlt. Bitte zahlen Sie bis zum ' +
              due([20, 9, 0], 7, 'de') +
              '.',
            '',
            'Mit freundlichen Grüßen',
            'Anna Schmidt',
          ],
        ),
      ],
    },
    {
      id: '18f1a2b3c4d5e628',
      label: 'disputed, unread: the customer contests the hours (nl)',
      subject: 'Factuur 2026-066 – Huisstijl bloemenwinkel',
      unread: true,
      messages: [
        msg(
          ANNA,
          EVA,
          [28, 10, 0],
          [
            'Hoi Eva,',
            '',
            'Hierbij factuur 2026-066 voor de huisstijl.',
            '',
            'Totaal: € 1.540,00',
            'Te betalen vóór ' + due([28, 10, 0], 14, 'num'),
            '',
            'Groeten,',
            'Anna',
          ],
          ['Factuur-2026-066.pdf'],
        ),
        msg(
          EVA,
          ANNA,
          [3, 9, 15],
          [
            'Hoi Anna,',
            '',
            'Ik ga niet akkoord met het aantal uren op de factuur: we hadden 16 uur afgesproken, niet 22.',
            '',
            'Groet,',
            'Eva',
          ],
        ),
      ],
    },
    {
      id: '18f1a2b3c4d5e629',
      label: 'answered: the customer paid part (en)',
      subject: 'Invoice INV-2026-061 – Podcast artwork',
      messages: [
        msg(
          ANNA,
          RUTH,
          [35, 10, 0],
          [
            'Hi Ruth,',
            '',
            'please find attached invoice INV-2026-061 for the podcast artwork.',
            '',
            'Amount due: €2,000.00',
            'Payment due: ' + due([35, 10, 0], 14),
            '',
            'Best,',
            'Anna',
          ],
          ['INV-2026-061.pdf'],
        ),
        msg(
          RUTH,
          ANNA,
          [4, 16, 0],
          [
            'Hi Anna,',
            '',
            'we have paid €500 today; the rest will follow with our next budget.',
            '',
            'Ruth',
          ],
        ),
      ],
    },
    {
      id: '18f1a2b3c4d5e630',
      label: 'not an invoice: a bill the owner received (es)',
      subject: 'Su factura de noviembre',
      messages: [
        msg(
          MOVISTAR,
          ANNA,
          [6, 7, 0],
          [
            'Estimada clienta:',
            '',
            'ya tiene disponible su factura de noviembre por importe de 39,90 €.',
            '',
            'Atentamente,',
            'Facturación Telco',
          ],
          ['factura-noviembre.pdf'],
        ),
      ],
    },
  );
})();
