import type { LanguageCues } from './language-cues';

/** Italian. */
export const it: LanguageCues = {
  code: 'it',
  commonWords: ['il', 'lo', 'la', 'gli', 'le', 'e', 'è', 'per', 'di', 'del', 'della', 'che', 'grazie', 'buongiorno', 'saluti', 'cordiali', 'allegato', 'allegata', 'in', 'con', 'un', 'una', 'non', 'sono', 'gentile', 'egregio', 'fattura', 'resto', 'disposizione', 'sua', 'suo', 'vi', 'ti'],
  invoiceWords: ['fattura', 'fatture', 'fatturazione', 'parcella'],
  invoiceFileNames: ['fattura', 'ft-', 'ft_'],
  notInvoiceWords: ['preventivo', 'offerta', 'ricevuta', 'quietanza', 'conferma di pagamento', 'conferma d ordine', 'conferma ordine', 'nota di credito', 'newsletter', 'disiscriviti'],
  notInvoiceFileNames: ['preventivo', 'offerta', 'ricevuta', 'quietanza', 'conferma'],
  numberFillers: ['n°', 'nº', 'n.', 'n', 'nr', 'nr.', 'numero', 'num', 'num.', '#'],
  totalLabels: ['totale', 'importo', 'importo totale', 'totale fattura', 'da pagare', 'netto a pagare', 'somma'],
  paymentDetailWords: ['iban', 'bic', 'swift', 'bonifico', 'coordinate bancarie'],
  dueDatePhrases: ['scadenza', 'data di scadenza', 'scade il', 'entro il', 'da pagare entro il', 'pagamento entro il', 'con scadenza'],
  termPhrases: ['entro {n} giorni', 'a {n} giorni', '{n} giorni data fattura', '{n} gg', 'a {n} gg', 'entro {n} gg', 'pagamento a {n} giorni'],
  months: {
    gennaio: 1, gen: 1, febbraio: 2, marzo: 3, aprile: 4, maggio: 5, mag: 5, giugno: 6, giu: 6, luglio: 7, lug: 7,
    agosto: 8, ago: 8, settembre: 9, set: 9, ottobre: 10, ott: 10, novembre: 11, dicembre: 12, dic: 12,
  },
  autoReplySubjects: ['risposta automatica', 'fuori ufficio', 'fuori sede', 'assenza'],
  bounceSubjects: ['non recapitabile', 'impossibile recapitare', 'mancato recapito', 'messaggio non recapitato'],
  outOfOfficePhrases: ['fuori ufficio', 'fuori sede', 'in ferie', 'assente', 'sono fuori', 'in vacanza', 'non sono in ufficio', 'in congedo'],
  returnDatePhrases: ['fino al', 'fino a', 'rientro il', 'rientrerò il', 'di ritorno il'],
  paymentCues: [
    'ho pagato', 'abbiamo pagato', 'pagato', 'pagata', 'bonifico effettuato', 'bonifico fatto', 'pagamento effettuato',
    'pagamento inviato', 'pagamento ricevuto', 'ricevuto il pagamento', 'ricevuto il bonifico', 'grazie per il pagamento',
    'contabile del bonifico', 'contabile bonifico', 'saldato', 'saldata', 'disposto il bonifico',
  ],
  paymentBlockers: ['non', 'mai', 'né', 'se', 'quando', 'appena', 'farò', 'faremo', 'pagherò', 'pagheremo', 'effettueremo', 'effettuerò', 'prossima', 'prossimo', 'domani', 'presto', 'ancora'],
  quoteIntro: { lead: 'il', verb: 'scritto' },
  quoteSeparators: ['messaggio originale', 'messaggio inoltrato'],
  quoteHeaderFrom: ['da'],
  quoteHeaderSent: ['inviato', 'data'],
  replyPrefixes: ['r', 'rif', 'i'],
  register: {
    formalWords: ['Lei', 'La', 'Le', 'Suo', 'Sua', 'Suoi', 'Sue'],
    informalWords: ['tu', 'ti', 'te', 'tuo', 'tua', 'tuoi', 'tue'],
    formalGreetings: ['gentile', 'egregio', 'egregia', 'spettabile', 'gentilissimo', 'gentilissima'],
    informalGreetings: ['ciao', 'caro', 'cara'],
    titles: ['sig', 'sig.ra', 'signor', 'signora', 'dott', 'dottor', 'dottoressa', 'ing', 'avv'],
  },
};
