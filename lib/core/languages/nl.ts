import type { LanguageCues } from './language-cues';

/** Dutch (NL, BE). */
export const nl: LanguageCues = {
  code: 'nl',
  commonWords: ['de', 'het', 'een', 'en', 'is', 'voor', 'van', 'u', 'uw', 'ik', 'met', 'bedankt', 'groeten', 'bijgaand', 'graag', 'dank', 'je', 'jij', 'wij', 'we', 'op', 'niet', 'dat', 'zijn', 'beste', 'geachte', 'vriendelijke', 'factuur', 'hierbij', 'ontvangt', 'te'],
  invoiceWords: ['factuur', 'facturen', 'factuurnummer', 'facturatie', 'betalingsverzoek'],
  invoiceFileNames: ['factuur'],
  notInvoiceWords: ['offerte', 'prijsopgave', 'kostenraming', 'kwitantie', 'betalingsbevestiging', 'orderbevestiging', 'bestelbevestiging', 'creditnota', 'nieuwsbrief', 'afmelden'],
  notInvoiceFileNames: ['offerte', 'prijsopgave', 'kwitantie', 'orderbevestiging', 'creditnota'],
  numberFillers: ['nr', 'nr.', 'nummer', 'no', 'no.', '#'],
  totalLabels: ['totaal', 'totaalbedrag', 'bedrag', 'te betalen', 'factuurbedrag', 'totaal incl'],
  paymentDetailWords: ['iban', 'bic', 'rekeningnummer', 'overmaken', 'bankrekening'],
  dueDatePhrases: ['vervaldatum', 'uiterlijk', 'te betalen voor', 'te voldoen voor', 'vóór', 'betalen voor', 'verloopt op', 'betaaltermijn tot'],
  termPhrases: ['binnen {n} dagen', '{n} dagen na factuurdatum', 'betalingstermijn van {n} dagen', 'betaaltermijn {n} dagen', 'betalingstermijn {n} dagen', 'termijn van {n} dagen'],
  months: {
    januari: 1, jan: 1, februari: 2, feb: 2, maart: 3, mrt: 3, april: 4, apr: 4, mei: 5, juni: 6, jun: 6, juli: 7, jul: 7,
    augustus: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10, november: 11, nov: 11, december: 12, dec: 12,
  },
  autoReplySubjects: ['automatisch antwoord', 'afwezigheidsbericht', 'afwezig', 'niet op kantoor', 'automatische beantwoording'],
  bounceSubjects: ['onbestelbaar', 'niet bezorgd', 'bezorging mislukt', 'kan niet worden bezorgd'],
  outOfOfficePhrases: ['ben ik afwezig', 'ik ben afwezig', 'afwezig', 'niet op kantoor', 'met vakantie', 'op vakantie', 'met verlof', 'niet bereikbaar'],
  returnDatePhrases: ['tot en met', 'tot', 'terug op', 'weer aanwezig op', 'vanaf'],
  paymentCues: [
    'betaald', 'overgemaakt', 'heb betaald', 'hebben betaald', 'betaling verstuurd', 'betaling ontvangen', 'bedrag ontvangen',
    'bedankt voor de betaling', 'bedankt voor uw betaling', 'bedankt voor je betaling', 'dank voor de betaling',
    'overschrijving gedaan', 'betalingsbewijs', 'voldaan',
  ],
  paymentBlockers: ['niet', 'geen', 'nooit', 'als', 'indien', 'zodra', 'wanneer', 'zal', 'zullen', 'ga', 'gaan', 'volgende', 'morgen', 'binnenkort', 'straks', 'nog'],
  quoteIntro: { lead: 'op', verb: 'schreef' },
  quoteSeparators: ['oorspronkelijk bericht', 'origineel bericht', 'doorgestuurd bericht'],
  quoteHeaderFrom: ['van'],
  quoteHeaderSent: ['verzonden', 'datum'],
  replyPrefixes: ['antw', 'doorst', 'fw'],
  register: {
    formalWords: ['u', 'uw', 'U', 'Uw'],
    informalWords: ['je', 'jij', 'jou', 'jouw', 'Je', 'Jij', 'Jouw'],
    formalGreetings: ['geachte', 'beste heer', 'beste mevrouw'],
    informalGreetings: ['hoi', 'hallo', 'hey', 'beste', 'hi'],
    titles: ['heer', 'mevrouw', 'mevr', 'dhr', 'dr'],
  },
};
