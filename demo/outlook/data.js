// The demo Outlook mailbox: invented customers and invoices, dated relative to today so every
// conversation keeps its status (silent, waiting, paid, ...) and stage on any day.
// Shown as Outlook shows a conversation by default (app.js): the newest message expanded, the
// older ones collapsed to their preview line (most invoices among them), and in conversations
// of five or more messages all but the newest three folded behind "See N more messages".
(function () {
  const { at, textDate } = window.OutlookDemoFormat;

  const P = {
    max: { name: 'Max Müller', email: 'max@mueller-gmbh.de' },
    jane: { name: 'Jane Doe', email: 'jane.doe@northwind-shop.com' },
    sabine: { name: 'Sabine Krüger', email: 's.krueger@zahnarzt-krueger.de' },
    tom: { name: 'Tom Baker', email: 'tom@bakerandco.co.uk' },
    olivia: { name: 'Olivia Chen', email: 'olivia@chen-studio.com' },
    peter: { name: 'Peter Wolf', email: 'p.wolf@wolf-immobilien.de' },
    daniel: { name: 'Daniel Hughes', email: 'd.hughes@brightpath.io' },
    lena: { name: 'Lena Vogel', email: 'lena.vogel@cafe-vogel.de' },
    mark: { name: 'Mark Ellis', email: 'mark@elis-motion.com' }, // typo in the domain: bounces
    ruth: { name: 'Ruth Meyer', email: 'ruth.meyer@meyer-packaging.com' },
    accounts: { name: 'Northwind Accounts', email: 'accounts@northwind-shop.com' },
    postmaster: { name: 'Microsoft Outlook', email: 'postmaster@schmidt-design.de' },
  };

  /** `owner`: { name, email }. Returns conversations, newest activity first. */
  function buildMailbox(owner) {
    const me = owner;
    const d = (daysAgo) => textDate(at(daysAgo), 'de');
    const e = (daysAgo) => textDate(at(daysAgo), 'en');
    const sigDe = [
      'Mit freundlichen Grüßen',
      'Anna Schmidt',
      '',
      '--',
      'Schmidt Design – Grafik & Web',
      'Lindenstraße 12, 50674 Köln',
    ];
    const sigEn = [
      'Best regards',
      'Anna Schmidt',
      '',
      '--',
      'Schmidt Design – Graphic & Web',
      'Lindenstrasse 12, 50674 Cologne, Germany',
    ];
    const pdf = (name) => [{ name, size: '84 KB' }];

    return [
      {
        key: 'c1',
        subject: 'Rechnung RE-2026-031 – Logo und Geschäftsausstattung',
        messages: [
          {
            from: me,
            to: [P.max],
            daysAgo: 19,
            time: '09:12',
            attachments: pdf('RE-2026-031.pdf'),
            lines: [
              'Sehr geehrter Herr Müller,',
              '',
              'anbei erhalten Sie die Rechnung RE-2026-031 für das neue Logo und die Geschäftsausstattung.',
              '',
              'Gesamtbetrag: 1.190,00 €',
              `Zahlbar bis ${d(5)} auf das Konto IBAN DE02 1203 0000 0000 2020 51.`,
              '',
              ...sigDe,
            ],
          },
        ],
      },
      {
        key: 'c2',
        subject: 'Invoice INV-2026-042 – website relaunch',
        messages: [
          {
            from: me,
            to: [P.jane],
            daysAgo: 48,
            time: '16:30',
            attachments: pdf('INV-2026-042.pdf'),
            lines: [
              'Hi Jane,',
              '',
              'please find attached invoice INV-2026-042 for the website relaunch.',
              '',
              'Amount due: €2,380.00',
              'Payable within 14 days to IBAN DE02 1203 0000 0000 2020 51.',
              '',
              ...sigEn,
            ],
          },
          {
            from: P.jane,
            to: [me],
            cc: [P.accounts],
            daysAgo: 47,
            time: '14:47',
            lines: ['Thanks Anna, received. I have passed it to our accounts team.', '', 'Jane'],
          },
          {
            from: me,
            to: [P.jane],
            cc: [P.accounts],
            daysAgo: 20,
            time: '09:05',
            lines: [
              'Hi Jane,',
              '',
              `just a friendly reminder that invoice INV-2026-042 for €2,380.00 was due on ${e(34)}.`,
              'Could you let me know when I can expect payment?',
              '',
              'Best regards',
              'Anna',
            ],
          },
        ],
      },
      {
        key: 'c3',
        subject: 'Rechnung Nr. 2026-1187 – Netzwerk und Server Praxis',
        messages: [
          {
            from: me,
            to: [P.sabine],
            daysAgo: 70,
            time: '16:22',
            attachments: pdf('Rechnung_2026-1187.pdf'),
            lines: [
              'Sehr geehrte Frau Krüger,',
              '',
              'anbei erhalten Sie die Rechnung Nr. 2026-1187 für die Gestaltung der neuen Praxis-Website.',
              '',
              'Gesamtbetrag: 1.547,00 €',
              `Zahlbar bis ${d(56)} ohne Abzug auf das Konto IBAN DE02 1203 0000 0000 2020 51.`,
              '',
              ...sigDe,
            ],
          },
          {
            from: me,
            to: [P.sabine],
            daysAgo: 40,
            time: '10:15',
            lines: [
              'Sehr geehrte Frau Krüger,',
              '',
              `die Rechnung Nr. 2026-1187 über 1.547,00 € (fällig am ${d(56)}) ist noch offen. Sicher ist das im Praxisalltag untergegangen.`,
              '',
              ...sigDe,
            ],
          },
          {
            from: me,
            to: [P.sabine],
            daysAgo: 20,
            time: '11:40',
            lines: [
              'Sehr geehrte Frau Krüger,',
              '',
              `leider habe ich auf meine Erinnerung noch keine Rückmeldung erhalten; die Rechnung Nr. 2026-1187 über 1.547,00 € ist seit dem ${d(56)} fällig.`,
              'Gern können wir auch eine Zahlung in zwei Raten vereinbaren.',
              '',
              ...sigDe,
            ],
          },
        ],
      },
      {
        key: 'c4',
        subject: 'Invoice 2026-0815 – product photography',
        messages: [
          {
            from: me,
            to: [P.tom],
            daysAgo: 100,
            time: '11:00',
            attachments: pdf('Invoice-2026-0815.pdf'),
            lines: [
              'Dear Tom,',
              '',
              'please find attached invoice 2026-0815 for the product photography.',
              '',
              'Total: £1,800.00',
              'Payment terms: net 14.',
              '',
              ...sigEn,
            ],
          },
          {
            from: me,
            to: [P.tom],
            daysAgo: 70,
            time: '10:00',
            lines: [
              'Dear Tom,',
              '',
              'a quick reminder that invoice 2026-0815 (£1,800.00) is now overdue.',
              '',
              ...sigEn,
            ],
          },
          {
            from: me,
            to: [P.tom],
            daysAgo: 50,
            time: '10:00',
            lines: [
              'Dear Tom,',
              '',
              'invoice 2026-0815 (£1,800.00) is still unpaid. Please settle it or let me know if there is a problem.',
              '',
              ...sigEn,
            ],
          },
          {
            from: me,
            to: [P.tom],
            daysAgo: 30,
            time: '10:00',
            lines: [
              'Dear Tom,',
              '',
              'I have still not received payment of invoice 2026-0815. Please pay within 7 days; I will otherwise charge statutory late-payment interest.',
              '',
              ...sigEn,
            ],
          },
        ],
      },
      {
        key: 'c5',
        subject: 'Invoice INV-2026-051 – brand workshop',
        messages: [
          {
            from: me,
            to: [P.olivia],
            daysAgo: 3,
            time: '15:10',
            attachments: pdf('INV-2026-051.pdf'),
            lines: [
              'Hi Olivia,',
              '',
              'thanks again for the workshop. Please find attached invoice INV-2026-051.',
              '',
              'Amount: €960.00',
              'Payable within 30 days.',
              '',
              ...sigEn,
            ],
          },
        ],
      },
      {
        key: 'c6',
        subject: 'Rechnung RE-2026-027 – Exposé-Layouts',
        messages: [
          {
            from: me,
            to: [P.peter],
            daysAgo: 30,
            time: '08:45',
            attachments: pdf('RE-2026-027.pdf'),
            lines: [
              'Sehr geehrter Herr Wolf,',
              '',
              'anbei die Rechnung RE-2026-027 für die Exposé-Layouts.',
              '',
              'Gesamtbetrag: 714,00 €',
              'Zahlbar innerhalb von 14 Tagen.',
              '',
              ...sigDe,
            ],
          },
          {
            from: P.peter,
            to: [me],
            daysAgo: 10,
            time: '17:20',
            lines: [
              'Hallo Frau Schmidt,',
              '',
              'ich habe die Rechnung heute überwiesen. Entschuldigen Sie die Verzögerung.',
              '',
              'Gruß',
              'Peter Wolf',
            ],
          },
        ],
      },
      {
        key: 'c7',
        subject: 'Invoice INV-2026-039 – newsletter templates',
        messages: [
          {
            from: me,
            to: [P.daniel],
            daysAgo: 25,
            time: '13:00',
            attachments: pdf('INV-2026-039.pdf'),
            lines: [
              'Hi Daniel,',
              '',
              'attached is invoice INV-2026-039 for the newsletter templates.',
              '',
              'Amount due: €1,450.00',
              `Due date: ${e(11)}`,
              '',
              ...sigEn,
            ],
          },
          {
            from: P.daniel,
            to: [me],
            daysAgo: 2,
            time: '09:30',
            lines: [
              'Hi Anna,',
              '',
              'could you resend the invoice with our PO number (PO-7731)? Our AP team cannot process it otherwise.',
              '',
              'Thanks,',
              'Daniel',
            ],
          },
        ],
      },
      {
        key: 'c8',
        subject: 'Angebot Speisekarten und Schaufenster',
        messages: [
          {
            from: me,
            to: [P.lena],
            daysAgo: 6,
            time: '12:00',
            attachments: [{ name: 'Angebot_AN-2026-014.pdf', size: '61 KB' }],
            lines: [
              'Hallo Lena,',
              '',
              'wie besprochen schicke ich dir mein Angebot AN-2026-014 für die neuen Speisekarten und die Schaufenstergestaltung.',
              '',
              'Gesamt: 860,00 €',
              'Das Angebot gilt 30 Tage.',
              '',
              'Viele Grüße',
              'Anna',
            ],
          },
        ],
      },
      {
        key: 'c9',
        subject: 'Invoice INV-2026-053 – logo animation',
        messages: [
          {
            from: me,
            to: [P.mark],
            daysAgo: 9,
            time: '10:20',
            attachments: pdf('INV-2026-053.pdf'),
            lines: [
              'Hi Mark,',
              '',
              'please find attached invoice INV-2026-053 for the logo animation.',
              '',
              'Amount due: €640.00',
              'Payable within 14 days.',
              '',
              ...sigEn,
            ],
          },
          {
            from: P.postmaster,
            to: [me],
            daysAgo: 9,
            time: '10:21',
            lines: [
              "Your message to mark@elis-motion.com couldn't be delivered.",
              '',
              'Delivery has failed to these recipients or groups:',
              'mark@elis-motion.com',
              "The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.",
            ],
          },
        ],
      },
      {
        // The hard case: the invoice and the auto-reply to it are folded behind "See 2 more
        // messages", the first two reminders collapsed; only the reminders state the invoice's
        // number, amount and due date.
        key: 'c10',
        subject: 'Invoice INV-2026-036 – packaging design',
        messages: [
          {
            from: me,
            to: [P.ruth],
            daysAgo: 100,
            time: '10:30',
            attachments: pdf('INV-2026-036.pdf'),
            lines: [
              'Hi Ruth,',
              '',
              'please find attached invoice INV-2026-036 for the packaging design.',
              '',
              'Amount due: €3,150.00',
              `Due date: ${e(86)}`,
              '',
              ...sigEn,
            ],
          },
          {
            from: P.ruth,
            to: [me],
            daysAgo: 100,
            time: '10:31',
            lines: [
              'Thank you for your message. I am out of the office until Monday and will have limited access to email.',
              '',
              'Ruth Meyer',
            ],
          },
          {
            from: me,
            to: [P.ruth],
            daysAgo: 70,
            time: '09:40',
            lines: [
              'Hi Ruth,',
              '',
              `a quick reminder that invoice INV-2026-036 for €3,150.00 was due on ${e(86)}.`,
              '',
              ...sigEn,
            ],
          },
          {
            from: me,
            to: [P.ruth],
            daysAgo: 50,
            time: '09:40',
            lines: [
              'Hi Ruth,',
              '',
              `invoice INV-2026-036 (€3,150.00, due ${e(86)}) is still unpaid. Please settle it or let me know if there is a problem.`,
              '',
              ...sigEn,
            ],
          },
          {
            from: me,
            to: [P.ruth],
            daysAgo: 30,
            time: '09:40',
            lines: [
              'Hi Ruth,',
              '',
              `I have still not received payment of invoice INV-2026-036 for €3,150.00, due on ${e(86)}. Please pay within 7 days; I will otherwise charge statutory late-payment interest.`,
              '',
              ...sigEn,
            ],
          },
        ],
      },
    ];
  }

  window.OutlookDemoData = { buildMailbox };
})();
