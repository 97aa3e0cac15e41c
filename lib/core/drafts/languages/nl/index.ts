import type { LateInterestResult } from '../../../late-interest-rates';
import type { DisputeTopic, ScoreReason } from '../../../results';
import type { Formatter } from '../../format-for-language';
import type { DraftContext, LanguagePack } from '../../language-pack';

/**
 * Dutch follow-ups in both registers: "u" unless the owner writes "je" (docs/rules.md §6). Same
 * steps as English (docs/rules.md §5), written the way a Dutch freelancer writes them: direct
 * and friendly, "Beste mevrouw De Vries," (Geachte in a formal notice), "Met vriendelijke groet,".
 * For a Dutch consumer the stage-3 notice is the "veertiendagenbrief" the law asks for before
 * collection costs may be charged (artikel 6:96 lid 6 BW): the core supplies its facts.
 */
export const dutch: LanguagePack<'nl'> = {
  code: 'nl',
  name: 'Nederlands',
  locale: { base: 'nl-NL', moneyByCurrency: { CHF: 'nl-CH' } },
  registers: ['formal', 'informal'],
  euroJurisdiction: 'EU',
  greeting({ addressee: a, row, register }) {
    if (register === 'informal') {
      if (!a) return 'Hoi,';
      const first = a.form === 'full' ? (a.name.split(' ')[0] ?? a.name) : a.name;
      return `Hoi ${first},`;
    }
    const word = row.formal ? 'Geachte' : 'Beste';
    if (!a) return row.formal ? 'Geachte heer, mevrouw,' : 'Goedendag,';
    const titled = a.form === 'title' ? withTitle(a.name) : undefined;
    return `${word} ${titled ?? a.name},`;
  },
  signOff: ({ register }) => (register === 'informal' ? 'Groeten,' : 'Met vriendelijke groet,'),
  fallbackSubject: ({ invoice }) => (invoice.number ? `Factuur ${invoice.number}` : 'Factuur'),
  stages: { 1: checkIn, 2: reminder, 3: firmNotice, 4: finalNotice },
  states: {
    promiseThanks: (c) => [
      c.t(
        `Hartelijk dank voor uw bericht. Ik heb genoteerd dat ${invoice(c)} uiterlijk op ${promised(c)} wordt betaald.`,
        `Dank je wel voor je bericht! Ik heb genoteerd dat je ${invoice(c)} uiterlijk op ${promised(c)} betaalt.`,
      ),
      c.t(
        'Dat komt mij goed uit; fijn dat u mij op de hoogte houdt.',
        'Dat komt me goed uit; fijn dat je me op de hoogte houdt.',
      ),
    ],
    brokenPromise: (c) =>
      c.t(
        `U had toegezegd uiterlijk op ${promised(c)} te betalen; die datum is inmiddels verstreken.`,
        `Je had toegezegd uiterlijk op ${promised(c)} te betalen; die datum is inmiddels verstreken.`,
      ),
    dispute: (c) => [
      c.t(
        `Dank u voor uw bericht, en dat u ${topic(c)} met mij deelt. Ik wil dit graag samen met u uitzoeken.`,
        `Dank je voor je bericht, en dat je ${topic(c)} met me deelt. Ik wil dit graag samen met je uitzoeken.`,
      ),
      ...(c.agreedWork
        ? [
            `Wat er is afgesproken en geleverd, zoals ik het bij het versturen van de factuur schreef: „${c.agreedWork}”`,
          ]
        : []),
      `${capitalise(invoice(c))} ${c.agreedWork ? 'betreft precies dat werk' : 'betreft het afgesproken en geleverde werk'}.`,
      c.t(
        'Ik loop het graag met u door in een kort telefoongesprek. Klopt er iets niet op de factuur, dan stuur ik u een gecorrigeerde factuur. Laat u mij weten wat u het liefst heeft?',
        'Ik loop het graag met je door in een kort telefoongesprek. Klopt er iets niet op de factuur, dan stuur ik je een gecorrigeerde factuur. Laat je me weten wat je het liefst hebt?',
      ),
    ],
    instalmentPlan: (c) => [
      c.t(
        `Dank u voor uw bericht. Natuurlijk kunnen we de betaling van ${invoice(c)} in ${c.instalments?.length ?? 0} termijnen verdelen. Ik stel de volgende betalingsregeling voor:`,
        `Dank je voor je bericht! Natuurlijk kunnen we de betaling van ${invoice(c)} in ${c.instalments?.length ?? 0} termijnen verdelen. Ik stel deze betalingsregeling voor:`,
      ),
      (c.instalments ?? [])
        .map((part, i) => `${i + 1}. ${c.f.date(part.date)}: ${c.money(part.amount) ?? ''}`)
        .join('\n'),
      ...paymentRoutes(c),
      c.t(
        'Als deze data u uitkomen, hoor ik dat graag; dan noteer ik de regeling.',
        'Als deze data je uitkomen, laat het me weten; dan noteer ik de regeling.',
      ),
    ],
    invoiceResend: (c) => [
      c.t(
        'Dank u voor uw bericht. De factuur stuur ik als pdf opnieuw mee als bijlage bij deze e-mail.',
        'Dank je voor je bericht! De factuur stuur ik als pdf opnieuw mee als bijlage bij deze e-mail.',
      ),
      ['Ter herinnering de gegevens:', ...invoiceDetails(c)].join('\n'),
      ...paymentRoutes(c),
      c.t(
        'Heeft u een gecorrigeerde factuur nodig, een inkoopordernummer of een ander factuuradres? Laat het mij weten, dan stuur ik een aangepaste versie.',
        'Heb je een gecorrigeerde factuur nodig, een inkoopordernummer of een ander factuuradres? Laat het me weten, dan stuur ik een aangepaste versie.',
      ),
    ],
    partialPayment: (c) => {
      const paid = c.money(c.paidAmount);
      const open = c.money(c.outstandingAmount);
      const total = c.money(c.invoice.amount);
      return [
        c.t(
          `Hartelijk dank voor uw betaling${paid ? ` van ${paid}` : ''} voor ${invoiceNoun(c)}.`,
          `Dank je wel voor je betaling${paid ? ` van ${paid}` : ''} voor ${invoiceNoun(c)}!`,
        ),
        `Volgens mijn administratie staat er nog ${open ?? 'een bedrag'} open${total ? ` van het totaal van ${total}` : ''}. ` +
          c.t(
            'Kunt u mij laten weten wanneer ik het resterende bedrag kan verwachten?',
            'Laat je me weten wanneer ik de rest kan verwachten?',
          ),
        ...paymentRoutes(c),
      ];
    },
  },
  describeReason,
};

function checkIn(c: DraftContext): string[] {
  const { t } = c;
  const due = c.invoice.dueDate ? `, die op ${c.f.date(c.invoice.dueDate)} vervallen is` : '';
  return [
    t(
      `Ik hoop dat alles goed met u gaat. Ik neem even contact op over ${invoice(c)}${due}. ` +
        'Ik heb de betaling nog niet binnengekregen en wil graag zeker weten dat de factuur goed is aangekomen en dat alles in orde is.',
      `Ik hoop dat alles goed met je gaat. Ik stuur je even een berichtje over ${invoice(c)}${due}. ` +
        'Ik heb de betaling nog niet binnengekregen en wil graag zeker weten dat de factuur goed is aangekomen en dat alles in orde is.',
    ),
    t(
      'Is alles in orde aan uw kant? Als er iets op de factuur onduidelijk is of aangepast moet worden, laat het mij gerust weten.',
      'Is alles in orde aan jouw kant? Als er iets op de factuur onduidelijk is of aangepast moet worden, laat het me gerust weten.',
    ),
  ];
}

function reminder(c: DraftContext): string[] {
  const { t } = c;
  return [
    `${t('Graag herinner ik u eraan', 'Even een herinnering')} dat ${invoice(c)} nog openstaat.${dueSentence(c)}`,
    ...paymentRoutes(c),
    paymentPlan(c),
    t(
      'Kunt u mij laten weten wanneer ik de betaling kan verwachten? Heeft u inmiddels betaald, dan kunt u deze herinnering als niet verzonden beschouwen.',
      'Laat je me weten wanneer ik de betaling kan verwachten? Heb je inmiddels betaald, dan kun je deze herinnering negeren.',
    ),
  ];
}

function firmNotice(c: DraftContext): string[] {
  const { t } = c;
  const li = c.lateInterest;
  const work = `leg ik verdere werkzaamheden voor ${t('u', 'jou')} stil tot de factuur is voldaan`;
  return [
    `${capitalise(invoice(c))} is nog steeds niet betaald.${dueSentence(c)}${remindersUnanswered(c)}`,
    `${t('Ik verzoek u', 'Ik vraag je')} het openstaande bedrag uiterlijk op ${c.f.deadline(c.deadline)} te betalen.`,
    ...costNotice(c),
    `Heb ik de betaling dan niet ontvangen, dan ${work}.` +
      (li ? ` Ook breng ik dan ${interestClause(li, c)} in rekening.` : ''),
    ...paymentRoutes(c),
    firmPaymentPlan(c),
    t(
      'Heeft u inmiddels betaald, dan kunt u deze e-mail als niet verzonden beschouwen.',
      'Heb je inmiddels betaald, dan kun je deze e-mail negeren.',
    ),
  ];
}

function finalNotice(c: DraftContext): string[] {
  const { t } = c;
  const li = c.lateInterest;
  const agency = c.collectionAgency ?? 'een incassobureau of advocaat';
  return [
    (c.unansweredFollowUps > 0
      ? `Ondanks mijn eerdere herinneringen is ${invoice(c)}`
      : `${capitalise(invoice(c))} is`) +
      ` nog steeds niet betaald.${dueSentence(c)}` +
      (li ? ` Ik heb recht op ${interestClause(li, c)}.` : ''),
    t(
      `Dit is mijn laatste herinnering: ik verzoek u het openstaande bedrag uiterlijk op ${c.f.deadline(c.deadline)} te betalen.`,
      `Dit is mijn laatste herinnering: betaal het openstaande bedrag alsjeblieft uiterlijk op ${c.f.deadline(c.deadline)}.`,
    ),
    ...costNotice(c),
    ...paymentRoutes(c),
    `Heb ik de betaling dan niet ontvangen, dan draag ik de vordering zonder verdere aankondiging over aan ${agency}.`,
    `${t('Ik los dit veel liever samen met u op.', 'Ik los dit veel liever samen met jou op.')} ${firmPaymentPlan(c)}`,
  ];
}

/** "mevrouw De Vries" for "Ms De Vries" or "Frau De Vries": the title as a Dutch letter writes it. */
function withTitle(name: string): string | undefined {
  const match = /^(\S+?)\.?\s+(.+)$/.exec(name);
  const title = match?.[1]?.toLowerCase() ?? '';
  const rest = match?.[2] ?? name;
  if (['ms', 'mrs', 'miss', 'frau', 'mevrouw', 'mevr', 'mw', 'mme', 'madame'].includes(title))
    return `mevrouw ${rest}`;
  if (['mr', 'herr', 'herrn', 'meneer', 'dhr', 'heer', 'monsieur'].includes(title))
    return `heer ${rest}`;
  return undefined;
}

function promised(c: DraftContext): string {
  return c.f.date(c.promisedDate ?? c.today);
}

/** "factuur 2026-017" or "mijn factuur". */
function invoiceNoun({ invoice: inv }: DraftContext): string {
  return inv.number ? `factuur ${inv.number}` : 'mijn factuur';
}

/** "factuur 2026-017 van € 1.190,00 (waarvan nog € 690,00 openstaat)", as far as known. */
function invoice(c: DraftContext): string {
  const amount = c.money(c.invoice.amount);
  const outstanding = c.money(c.outstandingAmount);
  return (
    invoiceNoun(c) +
    (amount ? ` van ${amount}` : '') +
    (outstanding ? ` (waarvan nog ${outstanding} openstaat)` : '')
  );
}

/** The invoice's facts, one per line, for a re-sent invoice. */
function invoiceDetails(c: DraftContext): string[] {
  const amount = c.money(c.invoice.amount);
  const outstanding = c.money(c.outstandingAmount);
  return [
    c.invoice.number ? `Factuurnummer: ${c.invoice.number}` : undefined,
    amount ? `Bedrag: ${amount}` : undefined,
    outstanding ? `Nog open: ${outstanding}` : undefined,
    c.invoice.dueDate ? `Vervaldatum: ${c.f.date(c.invoice.dueDate)}` : undefined,
  ].filter((line): line is string => line !== undefined);
}

/** " De vervaldatum was 15 oktober 2026; de factuur is nu 36 dagen te laat." */
function dueSentence(c: DraftContext): string {
  const n = c.daysOverdue;
  const late = n > 0 ? `${n} ${n === 1 ? 'dag' : 'dagen'} te laat` : undefined;
  if (c.invoice.dueDate)
    return ` De vervaldatum was ${c.f.date(c.invoice.dueDate)}${late ? `; de factuur is nu ${late}` : ''}.`;
  return late ? ` De factuur is nu ${late}.` : '';
}

function remindersUnanswered(c: DraftContext): string {
  const n = c.unansweredFollowUps;
  if (n <= 0) return '';
  const which = n === 1 ? 'mijn eerdere herinnering' : 'mijn eerdere herinneringen';
  return c.t(
    ` Op ${which} heb ik geen reactie ontvangen.`,
    ` Op ${which} heb ik nog niets van je gehoord.`,
  );
}

/** "uw / je twijfels over de gefactureerde uren", as the register asks. */
function topic(c: DraftContext): string {
  const your = c.t('uw', 'je');
  const t: DisputeTopic | undefined = c.disputeTopic;
  switch (t) {
    case 'hours':
      return `${your} twijfels over de gefactureerde uren`;
    case 'amount':
      return `${your} twijfels over het bedrag`;
    case 'quality':
      return `${your} bedenkingen over de kwaliteit van het werk`;
    case 'scope':
      return `dat het werk volgens ${c.t('u', 'jou')} niet overeenkomt met de opdracht`;
    case 'not_owed':
      return `dat deze factuur volgens ${c.t('u', 'jou')} niet verschuldigd is`;
    default:
      return `${your} bedenkingen`;
  }
}

function lawName(li: LateInterestResult): string {
  if (/6:119a/.test(li.legalBasis)) return 'artikel 6:119a BW (wettelijke handelsrente)';
  if (/6:119 /.test(`${li.legalBasis} `)) return 'artikel 6:119 BW (wettelijke rente)';
  if (/2 août 2002/.test(li.legalBasis))
    return 'de wet van 2 augustus 2002 betreffende de bestrijding van de betalingsachterstand';
  if (/livre XIX/.test(li.legalBasis)) return 'boek XIX van het Wetboek van economisch recht';
  if (li.jurisdiction === 'UK')
    return 'de Britse Late Payment of Commercial Debts (Interest) Act 1998';
  if (li.jurisdiction === 'EU')
    return 'richtlijn 2011/7/EU betreffende bestrijding van betalingsachterstand';
  if (li.jurisdiction === 'DE') return 'artikel 288 van het Duitse Burgerlijk Wetboek (BGB)';
  return li.legalBasis;
}

/**
 * "de wettelijke handelsrente van 10,15% per jaar vanaf 16 oktober 2026 (€ 11,82 tot vandaag)
 * op grond van artikel 6:119a BW, plus de vergoeding van € 40,00 voor incassokosten".
 */
function interestClause(li: LateInterestResult, c: DraftContext): string {
  const { f } = c;
  const currency = c.invoice.currency ?? li.feeCurrency;
  const firstDay = li.periods[0]?.from;
  const accrued = li.interest > 0 ? f.money(li.interest, currency) : undefined;
  const fee = li.flatFee !== undefined ? f.money(li.flatFee, li.feeCurrency) : undefined;
  const legalRate = li.marginPoints === 0;
  const name = legalRate ? 'de wettelijke rente' : 'de wettelijke handelsrente';
  // Past the last published reference rate the figure would be a guess: state the margin instead.
  const rate = li.assumedAfter
    ? legalRate
      ? name
      : `${name} (de ECB-herfinancieringsrente plus ${String(li.marginPoints).replace('.', ',')} procentpunt)`
    : `${name} van ${f.percent(li.ratePercent)} per jaar`;
  const from = li.awaitsReminder
    ? ' vanaf de dag na deze aanmaning'
    : firstDay
      ? ` vanaf ${f.date(firstDay)}`
      : '';
  return (
    rate +
    from +
    (accrued && !li.assumedAfter ? ` (${accrued} tot vandaag)` : '') +
    ` op grond van ${lawName(li)}` +
    (fee ? `, plus de vergoeding van ${fee} voor incassokosten` : '')
  );
}

/**
 * Costs the law adds (the Dutch scale for businesses), or the letter it asks for before any
 * (a Dutch consumer's veertiendagenbrief, a Belgian consumer's free first reminder).
 */
function costNotice(c: DraftContext): string[] {
  const costs = c.legal?.costs;
  if (!costs || costs.kind === 'none') return [];
  if (costs.kind === 'charge') {
    // The fixed compensation is already named with the interest.
    if (costs.amount === c.lateInterest?.flatFee) return [];
    const amount = c.f.money(costs.amount, costs.currency);
    return amount
      ? [
          `Daarnaast breng ik buitengerechtelijke incassokosten van ${amount} in rekening op grond van ${costs.legalBasis}.`,
        ]
      : [];
  }
  const n = costs.notice;
  const due = c.f.money(n.amountDue, n.currency);
  const fee = c.f.money(n.costs, n.currency);
  const upTo = n.requiresContractClause ? 'ten hoogste ' : '';
  if (costs.kind === 'wait')
    return [
      `Zoals in mijn vorige brief vermeld: is het bedrag van ${due} niet uiterlijk op ${c.f.date(n.payBy)} betaald, dan zijn incassokosten van ${upTo}${fee} verschuldigd.`,
    ];
  const free = n.kind === 'be-free-reminder' ? 'Deze eerste herinnering is kosteloos. ' : '';
  return [
    free +
      c.t(
        `U heeft 14 dagen, te rekenen vanaf de dag na ontvangst van deze brief, om het verschuldigde bedrag van ${due} te betalen, dus uiterlijk op ${c.f.date(n.payBy)}. `,
        `Je hebt 14 dagen, te rekenen vanaf de dag na ontvangst van deze brief, om het verschuldigde bedrag van ${due} te betalen, dus uiterlijk op ${c.f.date(n.payBy)}. `,
      ) +
      c.t(
        `Betaalt u niet binnen deze termijn, dan bent u buitengerechtelijke incassokosten verschuldigd van ${upTo}${fee} (${n.legalBasis}).`,
        `Betaal je niet binnen deze termijn, dan ben je buitengerechtelijke incassokosten verschuldigd van ${upTo}${fee} (${n.legalBasis}).`,
      ),
  ];
}

function paymentRoutes(c: DraftContext): string[] {
  const { payment, invoice: inv } = c;
  const routes: string[] = [];
  if (payment.iban)
    routes.push(
      `${c.t('U kunt', 'Je kunt')} het bedrag overmaken naar IBAN ${payment.iban}${inv.number ? ` onder vermelding van ${inv.number}` : ''}.`,
    );
  if (payment.paymentLink)
    routes.push(`${c.t('U kunt', 'Je kunt')} ook online betalen: ${payment.paymentLink}`);
  return routes;
}

function paymentPlan(c: DraftContext): string {
  const n = c.payment.instalments ?? 0;
  return n >= 2
    ? c.t(
        `Is het lastig om het volledige bedrag in één keer te betalen, dan kunt u ook in ${n} maandelijkse termijnen betalen; laat het mij gewoon weten.`,
        `Is het lastig om het hele bedrag in één keer te betalen, dan kun je ook in ${n} maandelijkse termijnen betalen; laat het me gewoon weten.`,
      )
    : c.t(
        'Is het lastig om het volledige bedrag in één keer te betalen, laat het mij dan weten; dan spreken we een betalingsregeling af.',
        'Is het lastig om het hele bedrag in één keer te betalen, laat het me dan weten; dan spreken we een betalingsregeling af.',
      );
}

/** Stages 3 and 4 still offer instalments, but ask to hear before the deadline. */
function firmPaymentPlan(c: DraftContext): string {
  const n = c.payment.instalments ?? 0;
  const plan = n >= 2 ? `betaling in ${n} maandelijkse termijnen` : 'een betalingsregeling';
  return c.t(
    `Is er een reden voor de vertraging, of kunt u het volledige bedrag niet in één keer betalen, neem dan vóór die datum contact met mij op; dan spreken we ${plan} af.`,
    `Is er een reden voor de vertraging, of kun je het hele bedrag niet in één keer betalen, laat het me dan vóór die datum weten; dan spreken we ${plan} af.`,
  );
}

/** One reason as the person reads it: "42 dagen te laat" (the value comes whole and checked). */
function describeReason(reason: ScoreReason, f: Formatter): string {
  const n = reason.value;
  const one = n === 1;
  switch (reason.code) {
    case 'days_overdue':
      return `${n} ${one ? 'dag' : 'dagen'} te laat`;
    case 'unanswered_follow_ups':
      return `${n} ${one ? 'herinnering' : 'herinneringen'} zonder antwoord`;
    case 'amount':
      return `${f.count(n)} openstaand`;
    case 'auto_replies_only':
      return 'Alleen automatische antwoorden';
    case 'no_reply_ever':
      return 'Geen antwoord sinds de factuur';
    case 'promise_broken':
      return reason.date && /^\d{4}-\d{2}-\d{2}$/.test(reason.date)
        ? `Betaalbelofte van ${f.date(reason.date)} niet nagekomen`
        : 'Betaalbelofte niet nagekomen';
    default:
      return '';
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
