import type { LanguageCues } from './language-cues';

/** French (FR, BE, CH). */
export const fr: LanguageCues = {
  code: 'fr',
  commonWords: ['le', 'la', 'les', 'et', 'est', 'pour', 'vous', 'du', 'des', 'je', 'merci', 'bonjour', 'cordialement', 'ci', 'joint', 'votre', 'vos', 'nous', 'une', 'un', 'au', 'aux', 'sur', 'pas', 'avec', 'dans', 'madame', 'monsieur', 'facture', 'bien', 'suite'],
  invoiceWords: ['facture', 'factures', 'note d honoraires', 'facturation'],
  invoiceFileNames: ['facture', 'fa-', 'fa_'],
  notInvoiceWords: ['devis', 'proposition commerciale', 'reçu', 'quittance', 'confirmation de paiement', 'confirmation de commande', 'bon de commande', 'avoir n', 'lettre d information', 'désabonner', 'désinscrire'],
  notInvoiceFileNames: ['devis', 'recu', 'reçu', 'quittance', 'confirmation-commande', 'bon-de-commande'],
  numberFillers: ['n°', 'nº', 'no', 'no.', 'numéro', 'num', 'num.', '#'],
  totalLabels: ['montant', 'total', 'montant total', 'montant ttc', 'total ttc', 'net à payer', 'à payer', 'somme'],
  paymentDetailWords: ['iban', 'bic', 'rib', 'virement', 'coordonnées bancaires'],
  dueDatePhrases: ['échéance', 'date d échéance', 'au plus tard le', 'payable le', 'à régler avant le', 'avant le', 'à payer avant le', 'exigible le'],
  termPhrases: ['à {n} jours', 'a {n} jours', '{n} jours net', 'sous {n} jours', 'dans les {n} jours', 'dans un délai de {n} jours', 'paiement {n} jours', 'paiement à {n} jours', 'conditions de paiement {n} jours'],
  months: {
    janvier: 1, janv: 1, février: 2, fevrier: 2, févr: 2, fev: 2, mars: 3, avril: 4, avr: 4, mai: 5, juin: 6, juillet: 7,
    juil: 7, août: 8, aout: 8, septembre: 9, sept: 9, octobre: 10, oct: 10, novembre: 11, nov: 11, décembre: 12,
    decembre: 12, déc: 12,
  },
  autoReplySubjects: ['réponse automatique', 'reponse automatique', 'absence du bureau', 'absent du bureau', 'message d absence', 'absence'],
  bounceSubjects: ['non remis', 'échec de la remise', 'echec de la remise', 'message non distribué', 'non distribuable'],
  outOfOfficePhrases: ['absent du bureau', 'absente du bureau', 'je suis absent', 'je suis absente', 'en congé', 'en congés', 'en vacances', 'hors du bureau', 'actuellement absent', 'actuellement absente'],
  returnDatePhrases: ['jusqu au', 'jusqu à', 'retour le', 'de retour le', 'de retour'],
  paymentCues: [
    'virement effectué', 'paiement effectué', 'règlement effectué', 'j ai payé', 'avons payé', 'payé', 'payée', 'réglé', 'réglée',
    'avons réglé', 'virement envoyé', 'paiement envoyé', 'avis de virement', 'paiement reçu', 'règlement reçu', 'reçu le règlement',
    'reçu votre paiement', 'reçu le paiement', 'reçu votre règlement', 'merci pour votre paiement', 'merci pour le règlement',
    'merci pour votre règlement', 'virement a été fait', 'virement fait', 'virement a été effectué',
  ],
  paymentBlockers: ['n', 'ne', 'pas', 'jamais', 'aucun', 'aucune', 'si', 'dès', 'lorsque', 'quand', 'vais', 'allons', 'va', 'ferai', 'ferons', 'effectuerai', 'effectuerons', 'réglerai', 'réglerons', 'prochain', 'prochaine', 'bientôt', 'demain'],
  quoteIntro: { lead: 'le', verb: 'écrit' },
  quoteSeparators: ['message d origine', 'message original', 'message transféré'],
  quoteHeaderFrom: ['de'],
  quoteHeaderSent: ['envoyé', 'date'],
  replyPrefixes: ['tr', 'réf', 'ref'],
  register: {
    formalWords: ['vous', 'votre', 'vos', 'Vous', 'Votre', 'Vos'],
    informalWords: ['tu', 'toi', 'ton', 'ta', 'tes', 'Tu', 'Ton', 'Ta', 'Tes'],
    formalGreetings: ['madame', 'monsieur', 'bonjour madame', 'bonjour monsieur'],
    informalGreetings: ['salut', 'coucou'],
    titles: ['madame', 'monsieur', 'mme', 'm', 'mlle', 'maître'],
  },
};
