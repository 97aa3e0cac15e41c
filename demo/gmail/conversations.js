/*
 * The demo mailbox's conversations. Dates are relative to today (computed from Date.now()), so
 * every status and stage shows on any day: an invoice "sent 24 days ago, due 14 days later" is
 * always 10 days overdue. All people, companies and addresses are invented.
 *
 * Each message: from/to as [name, email]; ago = [days ago, hour, minute] in local time;
 * lines = the body, one entry per line ('' = blank line). How Gmail shows each message when the
 * conversation opens is computed by defaultViews() below, as Gmail does by default; a message
 * may override it with view: 'expanded', 'collapsed' (sender, date and a preview line) or
 * 'bundled' (hidden in the "N older messages" bar, no sender or date).
 */
(function () {
  'use strict';
  var DAY = 86400000;
  var now = Date.now();
  function at(ago) {
    var d = new Date(now - ago[0] * DAY);
    d.setHours(ago[1], ago[2], 0, 0);
    return d;
  }
  function due(ago, plusDays, lang) {
    var d = new Date(at(ago).getTime() + plusDays * DAY);
    return lang === 'de'
      ? String(d.getDate()).padStart(2, '0') +
          '.' +
          String(d.getMonth() + 1).padStart(2, '0') +
          '.' +
          d.getFullYear()
      : d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  }

  /**
   * Gmail's default view of a conversation: the newest message expanded; the first collapsed
   * (with its preview) unless it is the newest; when three or more messages lie between the
   * first and the newest, the older of them fold into the "N older messages" bar and the last
   * one (of three) or two (of four or more) before the newest stay collapsed.
   */
  function defaultViews(messages) {
    var n = messages.length;
    var between = n - 2;
    var keep = between >= 4 ? 2 : 1;
    return messages.map(function (m, i) {
      if (m.view) return m.view;
      if (i === n - 1) return 'expanded';
      if (i > 0 && between >= 3 && i < n - 1 - keep) return 'bundled';
      return 'collapsed';
    });
  }

  var ANNA = ['Anna Schmidt', 'anna@schmidt-design.example'];
  var EMILY = ['Emily Carter', 'emily.carter@northwind-studio.example'];
  var BECKER = ['Thomas Becker', 't.becker@becker-moebel.example'];
  var RAJ = ['Raj Patel', 'raj@lumen-apps.example'];
  var JONAS = ['Jonas Weber', 'jonas@weber-kaffee.example'];
  var HOFFMANN = ['Dr. Claudia Hoffmann', 'c.hoffmann@stadtwerke-lindau.example'];
  var LAURA = ['Laura Bennett', 'laura@greenleaf-coop.example'];
  var MARK = ['Mark Ellis', 'mark@ellis-agency.example'];
  var DAEMON = ['Mail Delivery Subsystem', 'mailer-daemon@googlemail.com'];
  var VOGEL = ['Petra Vogel', 'p.vogel@vogel-events.example'];
  var OSCAR = ['Oscar Lindqvist', 'oscar@fjord-outdoor.example'];
  var HOSTING = ['Hostwerk Rechnungsservice', 'rechnung@hostwerk.example'];
  var GRETA = ['Greta Nilsson', 'greta.nilsson@harbour-bakery.example'];
  var KAI = ['Kai Brandt', 'kai@brandt-fahrraeder.example'];
  var NINA = ['Nina Okafor', 'nina@okafor-events.example'];
  var CLAIRE = ['Claire Dubois', 'claire.dubois@atelier-dubois.example'];
  var LUCY = ['Lucy Moreno', 'lucy@harbour-lights.example'];
  var SANNE = ['Sanne de Vries', 's.devries@devries-architecten.example'];
  var MARC = ['Marc Lefèvre', 'marc.lefevre@boulangerie-lefevre.example'];

  var conversations = [
    {
      id: '18f1a2b3c4d5e601',
      label: 'silent, stage 1 (en)',
      subject: 'Invoice INV-2026-052 – Brand guidelines',
      messages: [
        {
          from: EMILY,
          to: [ANNA],
          ago: [26, 15, 4],
          lines: [
            'Hi Anna,',
            '',
            'the guidelines look fantastic, the whole team loves the new colour palette. Please send over the invoice whenever you are ready.',
            '',
            'Cheers,',
            'Emily',
          ],
        },
        {
          from: ANNA,
          to: [EMILY],
          ago: [24, 9, 12],
          attachments: ['INV-2026-052.pdf'],
          lines: [
            'Hi Emily,',
            '',
            'thank you, that is lovely to hear! Please find attached invoice INV-2026-052 for the brand guidelines.',
            '',
            'Amount due: €1,450.00',
            'Payment due: ' +
              due([24, 9, 12], 14, 'en') +
              ', by bank transfer to IBAN DE89 3704 0044 0532 0130 00.',
            '',
            'Best regards,',
            'Anna',
          ],
        },
      ],
    },
    {
      id: '18f1a2b3c4d5e602',
      label: 'silent, stage 2 (de, Sie)',
      subject: 'Rechnung RE-2026-031 – Fotografie Produktkatalog',
      messages: [
        {
          from: ANNA,
          to: [BECKER],
          ago: [45, 10, 30],
          attachments: ['RE-2026-031.pdf'],
          lines: [
            'Sehr geehrter Herr Becker,',
            '',
            'vielen Dank für die angenehme Zusammenarbeit beim Shooting für Ihren Produktkatalog. Anbei erhalten Sie meine Rechnung RE-2026-031.',
            '',
            'Gesamtbetrag: 2.142,00 € (inkl. 19 % USt.)',
            'Zahlbar bis ' +
              due([45, 10, 30], 14, 'de') +
              ' auf das Konto IBAN DE89 3704 0044 0532 0130 00.',
            '',
            'Mit freundlichen Grüßen',
            'Anna Schmidt',
          ],
        },
        {
          from: ANNA,
          to: [BECKER],
          ago: [20, 9, 0],
          lines: [
            'Sehr geehrter Herr Becker,',
            '',
            'ich möchte freundlich an meine Rechnung RE-2026-031 über 2.142,00 € erinnern, die am ' +
              due([45, 10, 30], 14, 'de') +
              ' fällig war. Vielleicht ist sie im Tagesgeschäft untergegangen?',
            '',
            'Mit freundlichen Grüßen',
            'Anna Schmidt',
          ],
        },
      ],
    },
    {
      id: '18f1a2b3c4d5e603',
      label: 'silent, stage 3 (en)',
      subject: 'Invoice #2026-044 – Mobile app, sprint 3',
      messages: [
        {
          from: ANNA,
          to: [RAJ],
          ago: [62, 11, 0],
          attachments: ['Invoice-2026-044.pdf', 'Timesheet-sprint-3.pdf'],
          lines: [
            'Hi Raj,',
            '',
            'sprint 3 is wrapped up – the release notes are in the shared folder. Attached is invoice #2026-044 for the sprint.',
            '',
            'Total: £3,600.00, net 14.',
            'Bank details are on the invoice.',
            '',
            'Best,',
            'Anna',
          ],
        },
        {
          from: RAJ,
          to: [ANNA],
          ago: [61, 18, 20],
          lines: ['Thanks Anna, passing it to accounts now.', '', 'Raj'],
        },
        {
          from: ANNA,
          to: [RAJ],
          ago: [40, 9, 45],
          lines: [
            'Hi Raj,',
            '',
            'just checking in on invoice #2026-044 (£3,600.00), which was due ' +
              due([62, 11, 0], 14, 'en') +
              '. Could you check with accounts whether anything is missing?',
            '',
            'Thanks,',
            'Anna',
          ],
        },
        {
          from: ANNA,
          to: [RAJ],
          ago: [20, 14, 10],
          lines: [
            'Hi Raj,',
            '',
            'I have not heard back about invoice #2026-044 for £3,600.00, now well overdue. If paying in one go is difficult, I am happy to agree on two instalments.',
            '',
            'Best regards,',
            'Anna',
          ],
        },
      ],
    },
    {
      id: '18f1a2b3c4d5e604',
      label: 'silent, stage 4 (de, du)',
      subject: 'Rechnung 2026-019 Logo & Website',
      messages: [
        {
          from: ANNA,
          to: [JONAS],
          ago: [90, 16, 5],
          attachments: ['Rechnung-2026-019.pdf'],
          lines: [
            'Hallo Jonas,',
            '',
            'die neue Website ist online und das Logo hängt schon über der Theke – hat richtig Spaß gemacht! Anbei meine Rechnung 2026-019.',
            '',
            'Betrag: 3.570,00 €',
            'Zahlbar innerhalb von 14 Tagen auf IBAN DE89 3704 0044 0532 0130 00.',
            '',
            'Liebe Grüße',
            'Anna',
          ],
        },
        {
          from: ANNA,
          to: [JONAS],
          ago: [70, 10, 0],
          lines: [
            'Hallo Jonas,',
            '',
            'kurze Erinnerung an meine Rechnung 2026-019 über 3.570,00 € – ist bei dir alles in Ordnung?',
            '',
            'Liebe Grüße',
            'Anna',
          ],
        },
        {
          from: ANNA,
          to: [JONAS],
          ago: [50, 9, 30],
          lines: [
            'Hallo Jonas,',
            '',
            'die Rechnung 2026-019 über 3.570,00 € ist leider immer noch offen. Wenn es gerade eng ist, können wir gern Raten vereinbaren.',
            '',
            'Viele Grüße',
            'Anna',
          ],
        },
        {
          from: ANNA,
          to: [JONAS],
          ago: [30, 11, 15],
          lines: [
            'Hallo Jonas,',
            '',
            'ich habe auf meine beiden Erinnerungen keine Antwort bekommen. Bitte überweise die 3.570,00 € für Rechnung 2026-019 bis ' +
              due([30, 11, 15], 10, 'de') +
              ', sonst muss ich Verzugszinsen berechnen und die Website-Pflege pausieren.',
            '',
            'Viele Grüße',
            'Anna',
          ],
        },
      ],
    },
    {
      id: '18f1a2b3c4d5e605',
      label: 'waiting (de, Sie)',
      subject: 'Rechnung RE-2026-036 – Workshop Barrierefreiheit',
      messages: [
        {
          from: HOFFMANN,
          to: [ANNA],
          ago: [6, 8, 40],
          lines: [
            'Sehr geehrte Frau Schmidt,',
            '',
            'herzlichen Dank für den Workshop, das Feedback der Kolleginnen und Kollegen war durchweg positiv. Bitte schicken Sie uns die Rechnung an diese Adresse.',
            '',
            'Mit freundlichen Grüßen',
            'Claudia Hoffmann',
          ],
        },
        {
          from: ANNA,
          to: [HOFFMANN],
          ago: [4, 14, 0],
          attachments: ['RE-2026-036.pdf'],
          lines: [
            'Sehr geehrte Frau Dr. Hoffmann,',
            '',
            'vielen Dank für die freundliche Rückmeldung! Anbei die Rechnung RE-2026-036 für den Workshop.',
            '',
            'Rechnungsbetrag: 1.190,00 €',
            'Zahlbar innerhalb von 30 Tagen ohne Abzug, IBAN DE89 3704 0044 0532 0130 00.',
            '',
            'Mit freundlichen Grüßen',
            'Anna Schmidt',
          ],
        },
      ],
    },
    {
      id: '18f1a2b3c4d5e606',
      label: 'answered (en)',
      subject: 'Invoice INV-2026-049 – Newsletter templates',
      messages: [
        {
          from: ANNA,
          to: [LAURA],
          ago: [16, 10, 0],
          attachments: ['INV-2026-049.pdf'],
          lines: [
            'Hi Laura,',
            '',
            'attached is invoice INV-2026-049 for the three newsletter templates.',
            '',
            'Amount: €960.00, payable within 14 days.',
            'IBAN DE89 3704 0044 0532 0130 00',
            '',
            'Kind regards,',
            'Anna',
          ],
        },
        {
          from: LAURA,
          to: [ANNA],
          ago: [2, 12, 30],
          lines: [
            'Hi Anna,',
            '',
            'sorry for the slow reply! Our treasurer asks whether you could split the invoice into two, one per funding pot (60/40). Is that possible?',
            '',
            'Thanks so much,',
            'Laura',
          ],
        },
      ],
    },
    {
      id: '18f1a2b3c4d5e607',
      label: 'bounced (en)',
      subject: 'Invoice INV-2026-050 – Illustrations for the annual report',
      messages: [
        {
          from: ANNA,
          to: [MARK],
          ago: [9, 9, 0],
          attachments: ['INV-2026-050.pdf'],
          lines: [
            'Dear Mark,',
            '',
            'please find attached invoice INV-2026-050 for the six illustrations.',
            '',
            'Amount due: €1,800.00',
            'Payment due within 14 days to IBAN DE89 3704 0044 0532 0130 00.',
            '',
            'Kind regards,',
            'Anna Schmidt',
          ],
        },
        {
          from: DAEMON,
          to: [ANNA],
          ago: [9, 9, 1],
          lines: [
            'Address not found',
            '',
            "Your message wasn't delivered to mark@ellis-agency.example because the address couldn't be found, or is unable to receive mail.",
            '',
            'The response from the remote server was:',
            '550 5.1.1 The email account that you tried to reach does not exist.',
          ],
        },
      ],
    },
    {
      id: '18f1a2b3c4d5e608',
      label: 'paid (de, Sie)',
      subject: 'Rechnung RE-2026-028 – Messestand Grafik',
      messages: [
        {
          from: ANNA,
          to: [VOGEL],
          ago: [50, 9, 20],
          attachments: ['RE-2026-028.pdf'],
          lines: [
            'Sehr geehrte Frau Vogel,',
            '',
            'anbei meine Rechnung RE-2026-028 für die Gestaltung Ihres Messestands.',
            '',
            'Gesamtbetrag: 4.046,00 €',
            'Zahlbar bis ' + due([50, 9, 20], 14, 'de') + '.',
            '',
            'Mit freundlichen Grüßen',
            'Anna Schmidt',
          ],
        },
        {
          from: ANNA,
          to: [VOGEL],
          ago: [25, 10, 0],
          lines: [
            'Sehr geehrte Frau Vogel,',
            '',
            'darf ich freundlich an die Rechnung RE-2026-028 erinnern?',
            '',
            'Mit freundlichen Grüßen',
            'Anna Schmidt',
          ],
        },
        {
          from: VOGEL,
          to: [ANNA],
          ago: [24, 16, 20],
          lines: [
            'Liebe Frau Schmidt,',
            '',
            'danke für die Erinnerung, ich kümmere mich nach der Messe darum.',
            '',
            'Herzliche Grüße',
            'Petra Vogel',
          ],
        },
        {
          from: ANNA,
          to: [VOGEL],
          ago: [12, 10, 0],
          lines: [
            'Sehr geehrte Frau Vogel,',
            '',
            'die Rechnung RE-2026-028 über 4.046,00 € ist weiterhin offen. Bitte geben Sie mir kurz Bescheid.',
            '',
            'Mit freundlichen Grüßen',
            'Anna Schmidt',
          ],
        },
        {
          from: VOGEL,
          to: [ANNA],
          ago: [5, 17, 45],
          lines: [
            'Liebe Frau Schmidt,',
            '',
            'entschuldigen Sie die Verzögerung – nach der Messe war hier Land unter. Den Betrag habe ich heute überwiesen. Er sollte in den nächsten Tagen bei Ihnen eingehen.',
            '',
            'Herzliche Grüße',
            'Petra Vogel',
          ],
        },
      ],
    },
    {
      id: '18f1a2b3c4d5e609',
      label: 'not an invoice: a quote (en)',
      subject: 'Quote for the 2027 website refresh',
      messages: [
        {
          from: OSCAR,
          to: [ANNA],
          ago: [12, 13, 0],
          lines: [
            'Hi Anna,',
            '',
            'we would like to refresh our online shop before the spring season. Could you send us a quote?',
            '',
            'Best,',
            'Oscar',
          ],
        },
        {
          from: ANNA,
          to: [OSCAR],
          ago: [10, 9, 30],
          attachments: ['Quote-Q-2027-003.pdf'],
          lines: [
            'Hi Oscar,',
            '',
            'thanks for thinking of me! Attached is my quote Q-2027-003 for the refresh: €6,400.00 in total, valid for 30 days.',
            '',
            'Happy to talk it through on a call.',
            '',
            'Best,',
            'Anna',
          ],
        },
      ],
    },
    {
      id: '18f1a2b3c4d5e610',
      label: 'not an invoice: a bill the owner received (de)',
      subject: 'Ihre Rechnung 88213047 von Hostwerk',
      messages: [
        {
          from: HOSTING,
          to: [ANNA],
          ago: [3, 6, 15],
          attachments: ['Rechnung_88213047.pdf'],
          lines: [
            'Guten Tag Anna Schmidt,',
            '',
            'anbei erhalten Sie Ihre Rechnung 88213047 für den Zeitraum des laufenden Monats.',
            '',
            'Rechnungsbetrag: 11,90 €',
            'Der Betrag wird am ' + due([3, 6, 15], 7, 'de') + ' von Ihrem Konto abgebucht.',
            '',
            'Ihr Hostwerk-Team',
          ],
        },
      ],
    },
    {
      id: '18f1a2b3c4d5e611',
      label: 'silent, stage 3, the invoice bundled (en)',
      subject: 'Invoice INV-2026-045 – Shop window lettering',
      messages: [
        {
          from: GRETA,
          to: [ANNA],
          ago: [70, 10, 15],
          lines: [
            'Hi Anna,',
            '',
            'the lettering looks wonderful, customers keep stopping to take photos. Could you send us the invoice for it?',
            '',
            'Best wishes,',
            'Greta',
          ],
        },
        {
          from: ANNA,
          to: [GRETA],
          ago: [68, 9, 0],
          attachments: ['INV-2026-045.pdf'],
          lines: [
            'Hi Greta,',
            '',
            'so glad you like it! Attached is invoice INV-2026-045 for the shop window lettering.',
            '',
            'Amount due: €2,750.00',
            'Payment due: ' +
              due([68, 9, 0], 14, 'en') +
              ', by bank transfer to IBAN DE89 3704 0044 0532 0130 00.',
            '',
            'Best regards,',
            'Anna',
          ],
        },
        {
          from: GRETA,
          to: [ANNA],
          ago: [67, 14, 30],
          lines: ['Thanks, received – I have passed it on to our bookkeeper.', '', 'Greta'],
        },
        {
          from: ANNA,
          to: [GRETA],
          ago: [45, 9, 30],
          lines: [
            'Hi Greta,',
            '',
            'a quick reminder about invoice INV-2026-045 for €2,750.00, which was due on ' +
              due([68, 9, 0], 14, 'en') +
              '. Could you check with your bookkeeper whether it went through?',
            '',
            'Thanks,',
            'Anna',
          ],
        },
        {
          from: ANNA,
          to: [GRETA],
          ago: [22, 11, 0],
          lines: [
            'Hi Greta,',
            '',
            'I still have not received payment for invoice INV-2026-045 (€2,750.00, due ' +
              due([68, 9, 0], 14, 'en') +
              '). If something is holding it up, just let me know and we will find a way.',
            '',
            'Best regards,',
            'Anna',
          ],
        },
      ],
    },
    {
      id: '18f1a2b3c4d5e612',
      label: 'answered, a long thread (de, du)',
      subject: 'Neues Logo für Brandt Fahrräder',
      messages: [
        {
          from: KAI,
          to: [ANNA],
          ago: [60, 9, 10],
          lines: [
            'Hallo Anna,',
            '',
            'wir möchten unser Logo auffrischen – nichts Radikales, eher moderner und besser lesbar auf dem Ladenschild. Hast du im nächsten Monat Zeit?',
            '',
            'Viele Grüße',
            'Kai',
          ],
        },
        {
          from: ANNA,
          to: [KAI],
          ago: [59, 11, 0],
          lines: [
            'Hallo Kai,',
            '',
            'sehr gern! Ich schlage drei Entwürfe und zwei Korrekturrunden vor, pauschal 1.980,00 € inkl. USt.',
            '',
            'Liebe Grüße',
            'Anna',
          ],
        },
        { from: KAI, to: [ANNA], ago: [58, 17, 45], lines: ['Passt, leg los!', '', 'Kai'] },
        {
          from: ANNA,
          to: [KAI],
          ago: [45, 10, 0],
          lines: [
            'Hallo Kai,',
            '',
            'hier die drei Entwürfe als PDF. Sag mir, welche Richtung dir am besten gefällt.',
            '',
            'Liebe Grüße',
            'Anna',
          ],
        },
        {
          from: KAI,
          to: [ANNA],
          ago: [43, 8, 30],
          lines: [
            'Hallo Anna,',
            '',
            'Entwurf 2, aber das Rad etwas kräftiger und die Schrift eine Spur enger.',
            '',
            'Kai',
          ],
        },
        {
          from: ANNA,
          to: [KAI],
          ago: [36, 15, 0],
          lines: [
            'Hallo Kai,',
            '',
            'die finalen Dateien liegen im geteilten Ordner: Logo in allen Formaten plus eine kleine Anleitung für die Druckerei.',
            '',
            'Liebe Grüße',
            'Anna',
          ],
        },
        {
          from: ANNA,
          to: [KAI],
          ago: [35, 9, 0],
          attachments: ['Rechnung-2026-023.pdf'],
          lines: [
            'Hallo Kai,',
            '',
            'anbei meine Rechnung 2026-023 für das Logo.',
            '',
            'Betrag: 1.980,00 €',
            'Zahlbar bis ' + due([35, 9, 0], 14, 'de') + ' auf IBAN DE89 3704 0044 0532 0130 00.',
            '',
            'Liebe Grüße',
            'Anna',
          ],
        },
        {
          from: ANNA,
          to: [KAI],
          ago: [12, 10, 30],
          lines: [
            'Hallo Kai,',
            '',
            'kurze Erinnerung an meine Rechnung 2026-023 über 1.980,00 €, die am ' +
              due([35, 9, 0], 14, 'de') +
              ' fällig war.',
            '',
            'Liebe Grüße',
            'Anna',
          ],
        },
        {
          from: KAI,
          to: [ANNA],
          ago: [2, 18, 5],
          lines: [
            'Hallo Anna,',
            '',
            'sorry, das ist bei mir liegen geblieben. Kannst du die Rechnung bitte auf die Brandt Fahrräder GmbH statt auf mich persönlich ausstellen? Dann überweise ich sofort.',
            '',
            'Viele Grüße',
            'Kai',
          ],
        },
      ],
    },
    {
      id: '18f1a2b3c4d5e613',
      label: 'promised: a customer promises to pay by a date (en)',
      subject: 'Invoice INV-2026-058 – Conference visuals',
      messages: [
        {
          from: ANNA,
          to: [NINA],
          ago: [30, 9, 15],
          attachments: ['INV-2026-058.pdf'],
          lines: [
            'Hi Nina,',
            '',
            'please find attached invoice INV-2026-058 for the conference visuals.',
            '',
            'Amount due: €1,180.00',
            'Payment due: ' +
              due([30, 9, 15], 14, 'en') +
              ', by bank transfer to IBAN DE89 3704 0044 0532 0130 00.',
            '',
            'Best regards,',
            'Anna',
          ],
        },
        {
          from: ANNA,
          to: [NINA],
          ago: [6, 10, 0],
          lines: [
            'Hi Nina,',
            '',
            'just checking in on invoice INV-2026-058 (€1,180.00), which was due on ' +
              due([30, 9, 15], 14, 'en') +
              '. Has it reached the right people?',
            '',
            'Best,',
            'Anna',
          ],
        },
        {
          from: NINA,
          to: [ANNA],
          ago: [2, 16, 40],
          lines: [
            'Hi Anna,',
            '',
            'so sorry, it slipped through while our finance lead was away. We will pay the full amount by ' +
              due([2, 16, 40], 6, 'en') +
              '.',
            '',
            'Thanks for your patience,',
            'Nina',
          ],
        },
      ],
    },
    {
      id: '18f1a2b3c4d5e614',
      label: 'disputed: the customer contests the hours (fr)',
      subject: 'Facture F-2026-019 – Identité visuelle',
      messages: [
        {
          from: ANNA,
          to: [CLAIRE],
          ago: [21, 9, 30],
          attachments: ['F-2026-019.pdf'],
          lines: [
            'Bonjour Claire,',
            '',
            'veuillez trouver ci-joint la facture F-2026-019 pour l’identité visuelle de l’atelier (32 heures).',
            '',
            'Montant : 2 560,00 €',
            'À régler avant le ' +
              due([21, 9, 30], 30, 'en') +
              ' par virement, IBAN DE89 3704 0044 0532 0130 00.',
            '',
            'Bien cordialement,',
            'Anna Schmidt',
          ],
        },
        {
          from: CLAIRE,
          to: [ANNA],
          ago: [3, 11, 20],
          lines: [
            'Bonjour Anna,',
            '',
            'merci pour la facture. Je conteste toutefois le nombre d’heures facturées : nous avions convenu de 24 heures, pas de 32. Je ne peux pas la régler en l’état.',
            '',
            'Cordialement,',
            'Claire Dubois',
          ],
        },
      ],
    },
    {
      id: '18f1a2b3c4d5e615',
      label: 'not an invoice yet: a workshop is agreed, the invoice still to send (en)',
      subject: 'Workshop dates for January',
      messages: [
        {
          from: ANNA,
          to: [LUCY],
          ago: [9, 10, 0],
          lines: [
            'Hi Lucy,',
            '',
            'I could run the brand workshop for your team on 12 or 14 January. Which day suits you better?',
            '',
            'Best,',
            'Anna',
          ],
        },
        {
          from: LUCY,
          to: [ANNA],
          ago: [1, 15, 30],
          lines: [
            'Hi Anna,',
            '',
            'the 14th is perfect. Send me the invoice whenever you like and I will get it approved before the holidays.',
            '',
            'Lucy',
          ],
        },
      ],
    },
    {
      id: '18f1a2b3c4d5e616',
      label: 'silent, stage 2 (nl, u)',
      subject: 'Factuur 2026-061 – Huisstijl De Vries Architecten',
      messages: [
        {
          from: ANNA,
          to: [SANNE],
          ago: [50, 9, 45],
          attachments: ['Factuur-2026-061.pdf'],
          lines: [
            'Beste mevrouw De Vries,',
            '',
            'Hartelijk dank voor de prettige samenwerking aan uw nieuwe huisstijl. In de bijlage vindt u factuur 2026-061.',
            '',
            'Totaalbedrag: € 2.380,00',
            'Te betalen vóór ' +
              due([50, 9, 45], 14, 'en') +
              ' op IBAN DE89 3704 0044 0532 0130 00.',
            '',
            'Met vriendelijke groet,',
            'Anna Schmidt',
          ],
        },
        {
          from: ANNA,
          to: [SANNE],
          ago: [15, 10, 0],
          lines: [
            'Beste mevrouw De Vries,',
            '',
            'Mag ik u vriendelijk herinneren aan factuur 2026-061 van € 2.380,00? Wellicht is deze aan uw aandacht ontsnapt.',
            '',
            'Met vriendelijke groet,',
            'Anna Schmidt',
          ],
        },
      ],
    },
    {
      id: '18f1a2b3c4d5e617',
      label: 'silent, stage 1 (fr, vous)',
      subject: 'Facture F-2026-023 – Menu et signalétique',
      messages: [
        {
          from: ANNA,
          to: [MARC],
          ago: [40, 11, 0],
          attachments: ['F-2026-023.pdf'],
          lines: [
            'Bonjour Monsieur Lefèvre,',
            '',
            'Merci encore pour votre confiance. Vous trouverez ci-joint la facture F-2026-023 pour le nouveau menu et la signalétique de la boulangerie.',
            '',
            'Montant total : 1 320,00 €',
            'À régler avant le ' +
              due([40, 11, 0], 30, 'en') +
              ' par virement, IBAN DE89 3704 0044 0532 0130 00.',
            '',
            'Bien cordialement,',
            'Anna Schmidt',
          ],
        },
      ],
    },
  ];

  window.demoMailbox = {
    owner: ANNA,
    conversations: conversations,
    at: at,
    defaultViews: defaultViews,
  };
})();
