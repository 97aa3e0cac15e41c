import type { LateInterestResult } from '../../../late-interest-rates';
import type { DisputeTopic, ScoreReason } from '../../../results';
import type { Formatter } from '../../format-for-language';
import type { DraftContext, LanguagePack } from '../../language-pack';

/**
 * Italian follow-ups in both registers: "Lei" unless the owner writes "tu" (docs/rules.md §6).
 * Same steps as English (docs/rules.md §5), written the way an Italian professional writes them:
 * the courtesy forms capitalised ("La ringrazio", "ricordarLe", "il Suo pagamento"), the article
 * elided before a day read with a vowel ("l'8 novembre"), and no participle that would need the
 * writer's or the reader's gender.
 */
export const italian: LanguagePack<'it'> = {
  code: 'it',
  name: 'Italiano',
  locale: { base: 'it-IT', moneyByCurrency: { CHF: 'it-CH' } },
  registers: ['formal', 'informal'],
  euroJurisdiction: 'EU',
  greeting({ addressee: a, register }) {
    if (register === 'informal') {
      if (!a) return 'Ciao,';
      const first = a.form === 'full' ? (a.name.split(' ')[0] ?? a.name) : a.name;
      return `Ciao ${first},`;
    }
    if (!a) return 'Gentile Cliente,';
    return `Gentile ${a.form === 'title' ? withTitle(a.name, a.gender) : a.name},`;
  },
  signOff: ({ row, register }) =>
    register === 'informal'
      ? row.formal
        ? 'Un saluto,'
        : 'A presto,'
      : row.formal
        ? 'Distinti saluti,'
        : 'Cordiali saluti,',
  fallbackSubject: ({ invoice }) => (invoice.number ? `Fattura n. ${invoice.number}` : 'Fattura'),
  stages: { 1: checkIn, 2: reminder, 3: firmNotice, 4: finalNotice },
  states: {
    promiseThanks: (c) => [
      c.t(
        `La ringrazio per il Suo messaggio. Ho preso nota che ${invoice(c, 'la')} sarà saldata entro ${onDay(c.f.date(c.promisedDate ?? c.today))}.`,
        `Grazie mille per il tuo messaggio! Ho preso nota che ${invoice(c, 'la')} sarà saldata entro ${onDay(c.f.date(c.promisedDate ?? c.today))}.`,
      ),
      c.t(
        'Per me va benissimo; La ringrazio per avermelo fatto sapere.',
        'Per me va benissimo, grazie per avermelo fatto sapere.',
      ),
    ],
    brokenPromise: (c) =>
      c.t(
        `Mi aveva assicurato che avrebbe pagato entro ${onDay(c.f.date(c.promisedDate ?? c.today))}, ma la data è ormai passata.`,
        `Mi avevi detto che avresti pagato entro ${onDay(c.f.date(c.promisedDate ?? c.today))}, ma la data è ormai passata.`,
      ),
    dispute: (c) => [
      c.t(
        `La ringrazio per il Suo messaggio e per avermi segnalato ${topic(c)}. Vorrei chiarire la questione insieme a Lei.`,
        `Grazie per il messaggio e per avermi fatto presente ${topic(c)}. Vorrei chiarire la cosa insieme a te.`,
      ),
      ...(c.agreedWork
        ? [
            `Per riassumere quanto concordato e consegnato, nell'e-mail di accompagnamento della fattura avevo scritto: «${c.agreedWork}»`,
          ]
        : []),
      `${capitalise(invoice(c, 'la'))} ${c.agreedWork ? 'riguarda proprio questo lavoro' : 'riguarda il lavoro concordato e consegnato'}.`,
      c.t(
        "Se Le va bene, possiamo esaminarla insieme in una breve telefonata. Se nella fattura c'è qualcosa che non va, Le invierò una fattura corretta. Mi faccia sapere che cosa preferisce.",
        "Se vuoi, possiamo rivederla insieme con una breve telefonata. Se nella fattura c'è qualcosa che non va, ti mando una fattura corretta. Fammi sapere cosa preferisci.",
      ),
    ],
    instalmentPlan: (c) => [
      c.t(
        `La ringrazio per il Suo messaggio: certamente, possiamo suddividere il pagamento ${invoice(c, 'della')} in ${c.instalments?.length ?? 0} rate. Le propongo il seguente piano:`,
        `Grazie per il messaggio! Certo, possiamo dividere il pagamento ${invoice(c, 'della')} in ${c.instalments?.length ?? 0} rate. Ti propongo questo piano:`,
      ),
      (c.instalments ?? [])
        .map((part, i) => `${i + 1}ª rata, ${c.f.date(part.date)}: ${c.money(part.amount) ?? ''}`)
        .join('\n'),
      ...paymentRoutes(c),
      c.t(
        'Se queste date Le vanno bene, me lo confermi e prenderò nota del piano.',
        'Se queste date ti vanno bene, confermamelo e mi segno il piano.',
      ),
    ],
    invoiceResend: (c) => [
      c.t(
        'La ringrazio per la segnalazione. In allegato trova di nuovo la fattura in PDF.',
        'Grazie per avermelo fatto sapere! In allegato trovi di nuovo la fattura in PDF.',
      ),
      [c.t('Per comodità, ecco i dati:', 'Ecco i dati, per comodità:'), ...invoiceDetails(c)].join(
        '\n',
      ),
      ...paymentRoutes(c),
      c.t(
        "Se Le serve una fattura corretta, un numero d'ordine o un altro indirizzo di fatturazione, me lo faccia sapere e Le invierò una versione aggiornata.",
        "Se ti serve una fattura corretta, un numero d'ordine o un altro indirizzo di fatturazione, dimmelo e ti mando una versione aggiornata.",
      ),
    ],
    partialPayment: (c) => {
      const paid = c.money(c.paidAmount);
      const open = c.money(c.outstandingAmount);
      const total = c.money(c.invoice.amount);
      const which = `${paid ? `il pagamento di ${paid}` : 'il pagamento parziale'} relativo ${invoiceNoun(c, 'alla')}`;
      return [
        c.t(`La ringrazio per ${which}.`, `Grazie mille per ${which}!`),
        `Secondo quanto mi risulta, ${open ? `restano ancora da saldare ${open}` : 'resta ancora da saldare la parte restante'}${total ? ` su un totale di ${total}` : ''}. ` +
          c.t(
            "Può indicarmi quando posso contare sull'importo restante?",
            'Mi dici quando posso contare sul resto?',
          ),
        ...paymentRoutes(c),
      ];
    },
  },
  describeReason,
};

function checkIn(c: DraftContext): string[] {
  const { t } = c;
  const due = c.invoice.dueDate ? `, con scadenza ${onDay(c.f.date(c.invoice.dueDate))}` : '';
  return [
    t(
      `Spero che stia bene. Le scrivo in merito ${invoice(c, 'alla')}${due}. ` +
        'Non mi risulta ancora il pagamento, quindi volevo assicurarmi che la fattura Le sia arrivata correttamente e che sia tutto in ordine.',
      `Spero che tu stia bene! Ti scrivo per ${invoice(c, 'la')}${due}. ` +
        'Non ho ancora visto arrivare il pagamento, quindi volevo assicurarmi che la fattura ti sia arrivata e che sia tutto a posto.',
    ),
    t(
      'Va tutto bene? Se qualcosa nella fattura non è chiaro o va modificato, non esiti a farmelo sapere.',
      'Va tutto bene? Se qualcosa nella fattura non è chiaro o va cambiato, fammelo sapere senza problemi.',
    ),
  ];
}

function reminder(c: DraftContext): string[] {
  const { t } = c;
  return [
    `${t('Le scrivo per ricordarLe', 'Ti scrivo per ricordarti')} che ${invoice(c, 'la')} risulta ancora da saldare.${dueSentence(c)}`,
    ...paymentRoutes(c),
    paymentPlan(c),
    t(
      'Può farmi sapere quando posso contare sul pagamento? Se nel frattempo ha già provveduto, La prego di non tenere conto di questo sollecito.',
      'Mi fai sapere quando posso contare sul pagamento? Se nel frattempo hai già pagato, ignora pure questo messaggio.',
    ),
  ];
}

function firmNotice(c: DraftContext): string[] {
  const { t } = c;
  const li = c.lateInterest;
  const work = `sospenderò ogni ulteriore lavoro ${t('per Lei', 'per te')} fino al saldo della fattura`;
  return [
    `${capitalise(invoice(c, 'la'))} risulta ancora insoluta.${dueSentence(c)}${remindersUnanswered(c)}`,
    `${t('La invito a saldare', 'Ti chiedo di saldare')} l'importo dovuto entro ${c.f.deadline(c.deadline)}.`,
    ...costNotice(c),
    'Se il pagamento non mi sarà pervenuto entro tale data, ' +
      (li
        ? `${work} e ${t('Le addebiterò', 'ti addebiterò')} ${interestClause(li, c)}.`
        : `${work}.`),
    ...paymentRoutes(c),
    firmPaymentPlan(c),
    t(
      'Se il Suo pagamento si è incrociato con questa e-mail, La prego di non tenerne conto.',
      'Se il tuo pagamento si è incrociato con questa e-mail, ignora pure questo messaggio.',
    ),
  ];
}

function finalNotice(c: DraftContext): string[] {
  const { t } = c;
  const li = c.lateInterest;
  const agency = c.collectionAgency ?? "un'agenzia di recupero crediti o a un avvocato";
  return [
    (c.unansweredFollowUps > 0
      ? `Nonostante i miei precedenti solleciti, ${invoice(c, 'la')}`
      : capitalise(invoice(c, 'la'))) +
      ` risulta ancora insoluta.${dueSentence(c)}` +
      (li ? ` Mi spettano ${interestClause(li, c)}.` : ''),
    t(
      `Questo è il mio ultimo sollecito: La invito a saldare l'importo dovuto entro ${c.f.deadline(c.deadline)}.`,
      `Questo è il mio ultimo sollecito: ti chiedo di saldare l'importo dovuto entro ${c.f.deadline(c.deadline)}.`,
    ),
    ...costNotice(c),
    ...paymentRoutes(c),
    `Se entro tale data il pagamento non mi sarà pervenuto, affiderò la pratica a ${agency} per il recupero del credito, senza ulteriore preavviso.`,
    `${t('Preferirei davvero risolvere la questione direttamente con Lei.', 'Preferirei davvero risolvere la cosa direttamente con te.')} ${firmPaymentPlan(c)}`,
  ];
}

/** "Sig.ra Rossi" for "Ms Rossi" or "Frau Rossi": the title as an Italian letter writes it. */
function withTitle(name: string, gender: 'female' | 'male' | undefined): string {
  const match = /^(\S+?)\.?\s+(.+)$/.exec(name);
  const title = match?.[1]?.toLowerCase() ?? '';
  const rest = match?.[2] ?? name;
  if (['ms', 'mrs', 'miss', 'frau'].includes(title)) return `Sig.ra ${rest}`;
  if (['mr', 'herr', 'herrn'].includes(title)) return `Sig. ${rest}`;
  if (title === 'dr') return `${gender === 'female' ? 'Dott.ssa' : 'Dott.'} ${rest}`;
  return name;
}

/** "il 15 ottobre 2026", "l'8 novembre 2026": the article before a day. */
function onDay(date: string): string {
  return /^(8|11)(?!\d)/.test(date) ? `l'${date}` : `il ${date}`;
}

/** "dal 16 ottobre 2026", "dall'8 novembre 2026". */
function fromDay(date: string): string {
  return /^(8|11)(?!\d)/.test(date) ? `dall'${date}` : `dal ${date}`;
}

/** "del 10,15%", "dell'1,60%", "dell'8,00%": the article before a figure read with a vowel. */
function ofFigure(figure: string): string {
  return /^(1|8|11|18|8\d)(?!\d)/.test(figure) ? `dell'${figure}` : `del ${figure}`;
}

type Article = 'la' | 'alla' | 'della';

/** "la fattura n. F-2026-017", with the article or preposition asked for. */
function invoiceNoun({ invoice: inv }: DraftContext, article: Article): string {
  return `${article} fattura${inv.number ? ` n. ${inv.number}` : ''}`;
}

/** "la fattura n. F-2026-017 dell'importo di 1.190,00 € (restano da saldare 690,00 €)", as known. */
function invoice(c: DraftContext, article: Article): string {
  const amount = c.money(c.invoice.amount);
  const outstanding = c.money(c.outstandingAmount);
  return (
    invoiceNoun(c, article) +
    (amount ? ` dell'importo di ${amount}` : '') +
    (outstanding ? ` (restano da saldare ${outstanding})` : '')
  );
}

/** The invoice's facts, one per line, for a re-sent invoice. */
function invoiceDetails(c: DraftContext): string[] {
  const amount = c.money(c.invoice.amount);
  const outstanding = c.money(c.outstandingAmount);
  return [
    c.invoice.number ? `Numero fattura: ${c.invoice.number}` : undefined,
    amount ? `Importo: ${amount}` : undefined,
    outstanding ? `Ancora da saldare: ${outstanding}` : undefined,
    c.invoice.dueDate ? `Scadenza: ${c.f.date(c.invoice.dueDate)}` : undefined,
  ].filter((line): line is string => line !== undefined);
}

/** " La scadenza era il 15 ottobre 2026, quindi la fattura risulta scaduta da 36 giorni." */
function dueSentence(c: DraftContext): string {
  const n = c.daysOverdue;
  const late = n > 0 ? `scaduta da ${n} ${n === 1 ? 'giorno' : 'giorni'}` : undefined;
  if (c.invoice.dueDate)
    return ` La scadenza era ${onDay(c.f.date(c.invoice.dueDate))}${late ? `, quindi la fattura risulta ${late}` : ''}.`;
  return late ? ` La fattura risulta ${late}.` : '';
}

function remindersUnanswered(c: DraftContext): string {
  const n = c.unansweredFollowUps;
  if (n <= 0) return '';
  const which = n === 1 ? 'al mio precedente sollecito' : 'ai miei precedenti solleciti';
  const after = n === 1 ? 'dopo il mio precedente sollecito' : 'dopo i miei precedenti solleciti';
  return c.t(` Non ho ricevuto risposta ${which}.`, ` Non ho avuto tue notizie ${after}.`);
}

/** "i Suoi dubbi sulle ore fatturate" / "i tuoi dubbi sulle ore fatturate". */
function topic(c: DraftContext): string {
  const t: DisputeTopic | undefined = c.disputeTopic;
  const your = c.t('i Suoi', 'i tuoi');
  const yourDoubts = c.t('le Sue', 'le tue');
  switch (t) {
    case 'hours':
      return `${your} dubbi sulle ore fatturate`;
    case 'amount':
      return `${your} dubbi sull'importo`;
    case 'quality':
      return `${yourDoubts} perplessità sulla qualità del lavoro`;
    case 'scope':
      return c.t(
        'che il lavoro non corrisponde a quanto ordinato',
        'che il lavoro non corrisponde a quello che avevi ordinato',
      );
    case 'not_owed':
      return c.t(
        'che secondo Lei questa fattura non è dovuta',
        'che secondo te questa fattura non è dovuta',
      );
    default:
      return `${your} dubbi`;
  }
}

/** " ai sensi del D.Lgs. 231/2002 (artt. 5 e 6)". */
function lawName(li: LateInterestResult): string {
  if (li.jurisdiction === 'IT' && /\b231\b/.test(li.legalBasis))
    return ' ai sensi del D.Lgs. 231/2002 (artt. 5 e 6)';
  if (li.jurisdiction === 'IT' && /^artt?\. /.test(li.legalBasis))
    return ` ai sensi degli ${li.legalBasis}`;
  if (li.jurisdiction === 'UK')
    return ' ai sensi del Late Payment of Commercial Debts (Interest) Act 1998 britannico';
  if (li.jurisdiction === 'EU')
    return ' ai sensi della Direttiva 2011/7/UE sui ritardi di pagamento';
  if (li.jurisdiction === 'DE') return ' ai sensi del § 288 del Codice civile tedesco (BGB)';
  return ` (${li.legalBasis})`;
}

/**
 * "gli interessi di mora al tasso del 10,15% annuo dal 16 ottobre 2026 (11,82 € ad oggi) ai sensi
 * del D.Lgs. 231/2002 (artt. 5 e 6), oltre all'importo forfettario di 40,00 € per i costi di
 * recupero".
 */
function interestClause(li: LateInterestResult, c: DraftContext): string {
  const { f } = c;
  const currency = c.invoice.currency ?? li.feeCurrency;
  const firstDay = li.periods[0]?.from;
  const accrued = li.interest > 0 ? f.money(li.interest, currency) : undefined;
  const fee = li.flatFee !== undefined ? f.money(li.flatFee, li.feeCurrency) : undefined;
  // A rate with no margin is the legal rate itself (consumers): "interessi al tasso legale".
  const legalRate = li.marginPoints === 0;
  // Past the last published reference rate the figure would be a guess: state the margin instead.
  const rate = li.assumedAfter
    ? legalRate
      ? 'gli interessi al tasso legale'
      : `gli interessi di mora al tasso di ${referenceName(li)} maggiorato di ${String(li.marginPoints).replace('.', ',')} punti percentuali`
    : legalRate
      ? `gli interessi al tasso legale ${ofFigure(f.percent(li.ratePercent))} annuo`
      : `gli interessi di mora al tasso ${ofFigure(f.percent(li.ratePercent))} annuo`;
  const from = li.awaitsReminder
    ? ' dal giorno successivo a questa comunicazione'
    : firstDay
      ? ` ${fromDay(f.date(firstDay))}`
      : '';
  return (
    rate +
    from +
    (accrued && !li.assumedAfter ? ` (${accrued} ad oggi)` : '') +
    lawName(li) +
    (fee ? `, oltre all'importo forfettario di ${fee} per i costi di recupero` : '')
  );
}

function referenceName(li: LateInterestResult): string {
  if (li.jurisdiction === 'UK') return 'riferimento della Bank of England';
  if (li.jurisdiction === 'DE') return 'riferimento tedesco (Basiszinssatz)';
  if (li.jurisdiction === 'CH') return `riferimento (${li.referenceName})`;
  return 'riferimento della BCE';
}

/**
 * Costs the law adds (the Dutch scale for businesses), or the letter it asks for before any
 * (a Dutch consumer's 14-day letter, a Belgian consumer's free first reminder).
 */
function costNotice(c: DraftContext): string[] {
  const costs = c.legal?.costs;
  if (!costs || costs.kind === 'none') return [];
  if (costs.kind === 'charge') {
    // The fixed compensation is already named with the interest.
    if (costs.amount === c.lateInterest?.flatFee) return [];
    const amount = c.f.money(costs.amount, costs.currency);
    return amount
      ? [`A ciò si aggiungono costi di recupero pari a ${amount} (${costs.legalBasis}).`]
      : [];
  }
  const n = costs.notice;
  const due = c.f.money(n.amountDue, n.currency);
  const fee = c.f.money(n.costs, n.currency);
  const upTo = n.requiresContractClause ? 'fino a un massimo di' : 'pari a';
  if (costs.kind === 'wait')
    return [
      `Come indicato nella mia precedente comunicazione, se l'importo di ${due} non sarà saldato entro ${onDay(c.f.date(n.payBy))}, verranno addebitati costi di recupero ${upTo} ${fee}.`,
    ];
  const free = n.kind === 'be-free-reminder' ? 'Questo sollecito è gratuito. ' : '';
  return [
    free +
      c.t(
        `Ha 14 giorni di tempo, a partire dal giorno successivo al ricevimento di questa comunicazione, per saldare l'importo dovuto di ${due}, cioè entro ${onDay(c.f.date(n.payBy))}. `,
        `Hai 14 giorni di tempo, a partire dal giorno successivo al ricevimento di questa comunicazione, per saldare l'importo dovuto di ${due}, cioè entro ${onDay(c.f.date(n.payBy))}. `,
      ) +
      `Se a quella data l'importo non sarà stato pagato, verranno addebitati costi di recupero ${upTo} ${fee} (${n.legalBasis}).`,
  ];
}

function paymentRoutes(c: DraftContext): string[] {
  const { payment, invoice: inv } = c;
  const routes: string[] = [];
  const reference = inv.number ? ` (causale: ${inv.number})` : '';
  if (payment.iban)
    routes.push(
      c.t(
        `Può effettuare il pagamento tramite bonifico bancario sull'IBAN ${payment.iban}${reference}.`,
        `Puoi pagare con un bonifico sull'IBAN ${payment.iban}${reference}.`,
      ),
    );
  if (payment.paymentLink)
    routes.push(
      `${c.t('In alternativa, può pagare online', 'In alternativa, puoi pagare online')}: ${payment.paymentLink}`,
    );
  return routes;
}

function paymentPlan(c: DraftContext): string {
  const n = c.payment.instalments ?? 0;
  return n >= 2
    ? c.t(
        `Se in questo momento Le risulta difficile saldare l'importo in un'unica soluzione, può pagarlo in ${n} rate mensili: basta farmelo sapere.`,
        `Se in questo momento ti è difficile pagare tutto in una volta, puoi pagarlo in ${n} rate mensili: basta dirmelo.`,
      )
    : c.t(
        "Se in questo momento Le risulta difficile saldare l'importo in un'unica soluzione, me lo faccia sapere e concorderemo una rateizzazione.",
        'Se in questo momento ti è difficile pagare tutto in una volta, dimmelo e concordiamo una rateizzazione.',
      );
}

/** Stages 3 and 4 still offer instalments, but ask to hear before the deadline. */
function firmPaymentPlan(c: DraftContext): string {
  const n = c.payment.instalments ?? 0;
  const plan = n >= 2 ? `un pagamento in ${n} rate mensili` : 'una rateizzazione';
  return c.t(
    `Se c'è un motivo per il ritardo o non può saldare l'importo in un'unica soluzione, mi contatti prima di tale data e concorderemo ${plan}.`,
    `Se c'è un motivo per il ritardo o non puoi pagare tutto in una volta, scrivimi prima di quella data e concordiamo ${plan}.`,
  );
}

/** One reason as the person reads it: "42 giorni di ritardo" (the value comes whole and checked). */
function describeReason(reason: ScoreReason, f: Formatter): string {
  const n = reason.value;
  const one = n === 1;
  switch (reason.code) {
    case 'days_overdue':
      return `${n} ${one ? 'giorno' : 'giorni'} di ritardo`;
    case 'unanswered_follow_ups':
      return `${n} ${one ? 'sollecito' : 'solleciti'} senza risposta`;
    case 'amount':
      return `${f.count(n)} da saldare`;
    case 'auto_replies_only':
      return 'Solo risposte automatiche';
    case 'no_reply_ever':
      return 'Nessuna risposta dopo la fattura';
    case 'promise_broken':
      return reason.date && /^\d{4}-\d{2}-\d{2}$/.test(reason.date)
        ? `Promessa di pagamento del ${f.date(reason.date)} non mantenuta`
        : 'Promessa di pagamento non mantenuta';
    default:
      return '';
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
