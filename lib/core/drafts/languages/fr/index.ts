import type { LateInterestResult } from '../../../late-interest-rates';
import type { DisputeTopic, ScoreReason } from '../../../results';
import type { Formatter } from '../../format-for-language';
import type { DraftContext, LanguagePack } from '../../language-pack';

/**
 * French follow-ups in both registers: "vous" unless the owner writes "tu" (docs/rules.md §6).
 * Same steps as English (docs/rules.md §5), written the way a French freelancer writes them:
 * "Bonjour Madame Dupont," then a capital, a non-breaking space before ; : ! ? and inside « »,
 * "Bien cordialement," to close. The law is named as French, Belgian or Swiss law names it.
 */
const NBSP = '\u00a0';
/** French punctuation: a non-breaking space before ; : ! ? and inside « ». */
const fr = (text: string) =>
  text
    .replace(/ ([;:!?])/g, `${NBSP}$1`)
    .replace(/« /g, `«${NBSP}`)
    .replace(/ »/g, `${NBSP}»`);

export const french: LanguagePack<'fr'> = {
  code: 'fr',
  name: 'Français',
  locale: { base: 'fr-FR', moneyByCurrency: { CHF: 'fr-CH' } },
  registers: ['formal', 'informal'],
  euroJurisdiction: 'EU',
  greeting({ addressee: a, register }) {
    if (!a) return register === 'informal' ? 'Bonjour,' : 'Madame, Monsieur,';
    if (register === 'informal') {
      const first = a.form === 'full' ? (a.name.split(' ')[0] ?? a.name) : a.name;
      return `Bonjour ${first},`;
    }
    const titled = a.form === 'title' ? withTitle(a.name) : undefined;
    return `Bonjour ${titled ?? a.name},`;
  },
  signOff: ({ row, register }) =>
    register === 'informal'
      ? 'Belle journée,'
      : row.formal
        ? 'Cordialement,'
        : 'Bien cordialement,',
  fallbackSubject: ({ invoice }) => (invoice.number ? `Facture ${invoice.number}` : 'Facture'),
  stages: {
    1: (c) => checkIn(c).map(fr),
    2: (c) => reminder(c).map(fr),
    3: (c) => firmNotice(c).map(fr),
    4: (c) => finalNotice(c).map(fr),
  },
  states: {
    promiseThanks: (c) =>
      [
        c.t(
          `Merci beaucoup pour votre message. Je note que ${invoice(c)} sera réglée au plus tard le ${promised(c)}.`,
          `Merci beaucoup pour ton message ! Je note que tu régleras ${invoice(c)} au plus tard le ${promised(c)}.`,
        ),
        c.t(
          'Cela me convient parfaitement ; merci de me tenir au courant.',
          'Ça me va très bien ; merci de me tenir au courant.',
        ),
      ].map(fr),
    brokenPromise: (c) =>
      fr(
        c.t(
          `Vous m’aviez indiqué que le règlement interviendrait au plus tard le ${promised(c)} ; cette date est maintenant passée.`,
          `Tu m’avais dit que tu réglerais au plus tard le ${promised(c)} ; cette date est maintenant passée.`,
        ),
      ),
    dispute: (c) =>
      [
        c.t(
          `Merci pour votre message, et de m’avoir fait part de ${topic(c, 'vos')}. Je tiens à clarifier ce point avec vous.`,
          `Merci pour ton message, et de m’avoir fait part de ${topic(c, 'tes')}. Je tiens à clarifier ça avec toi.`,
        ),
        ...(c.agreedWork
          ? [
              `Ce qui a été convenu et livré, tel que l’indiquait mon message d’envoi de la facture : « ${c.agreedWork} »`,
            ]
          : []),
        `${capitalise(invoice(c))} ${c.agreedWork ? 'correspond précisément à ce travail' : 'correspond au travail convenu et livré'}.`,
        c.t(
          'Je vous propose d’en parler lors d’un court appel. Si un élément de la facture n’est pas juste, je vous enverrai une facture corrigée. Dites-moi ce que vous préférez.',
          'Je te propose qu’on en parle lors d’un court appel. Si un élément de la facture n’est pas juste, je t’enverrai une facture corrigée. Dis-moi ce que tu préfères.',
        ),
      ].map(fr),
    instalmentPlan: (c) =>
      [
        c.t(
          `Merci pour votre message. Bien sûr, nous pouvons répartir le règlement de ${invoice(c)} en ${c.instalments?.length ?? 0} échéances. Je vous propose le calendrier suivant :`,
          `Merci pour ton message ! Bien sûr, on peut répartir le règlement de ${invoice(c)} en ${c.instalments?.length ?? 0} échéances. Je te propose ce calendrier :`,
        ),
        (c.instalments ?? [])
          .map((part, i) => `${i + 1}. ${c.f.date(part.date)} : ${c.money(part.amount) ?? ''}`)
          .join('\n'),
        ...paymentRoutes(c),
        c.t(
          'Si ces dates vous conviennent, confirmez-le-moi simplement et je note l’échéancier.',
          'Si ces dates te vont, confirme-le-moi simplement et je note l’échéancier.',
        ),
      ].map(fr),
    invoiceResend: (c) =>
      [
        c.t(
          'Merci pour votre message. Vous trouverez de nouveau la facture en PDF jointe à ce message.',
          'Merci pour ton message ! Tu trouveras de nouveau la facture en PDF jointe à ce message.',
        ),
        ['Pour mémoire :', ...invoiceDetails(c)].join('\n'),
        ...paymentRoutes(c),
        c.t(
          'S’il vous faut une facture corrigée, un numéro de bon de commande ou une autre adresse de facturation, dites-le-moi et je vous envoie une version mise à jour.',
          'S’il te faut une facture corrigée, un numéro de bon de commande ou une autre adresse de facturation, dis-le-moi et je t’envoie une version mise à jour.',
        ),
      ].map(fr),
    partialPayment: (c) => {
      const paid = c.money(c.paidAmount);
      const open = c.money(c.outstandingAmount);
      const total = c.money(c.invoice.amount);
      return [
        c.t(
          `Merci beaucoup pour votre règlement${paid ? ` de ${paid}` : ' partiel'} au titre de ${invoiceNoun(c)}.`,
          `Merci beaucoup pour ton règlement${paid ? ` de ${paid}` : ' partiel'} au titre de ${invoiceNoun(c)} !`,
        ),
        `D’après mes comptes, ${open ? `il reste ${open} à régler` : 'il reste un solde à régler'}${total ? ` sur un total de ${total}` : ''}. ` +
          c.t(
            'Pourriez-vous m’indiquer quand je peux compter sur le solde ?',
            'Peux-tu me dire quand je peux compter sur le solde ?',
          ),
        ...paymentRoutes(c),
      ].map(fr);
    },
  },
  describeReason,
};

function checkIn(c: DraftContext): string[] {
  const { t } = c;
  const due = c.invoice.dueDate ? `, arrivée à échéance le ${c.f.date(c.invoice.dueDate)}` : '';
  return [
    t(
      `J’espère que vous allez bien. Je me permets de revenir vers vous au sujet de ${invoice(c)}${due}. ` +
        'Je n’ai pas encore vu passer le règlement, alors je voulais m’assurer que la facture vous est bien parvenue et que tout est en ordre.',
      `J’espère que tu vas bien. Je reviens vers toi au sujet de ${invoice(c)}${due}. ` +
        'Je n’ai pas encore vu passer le règlement, alors je voulais vérifier que la facture t’est bien arrivée et que tout est en ordre.',
    ),
    t(
      'Tout va bien de votre côté ? Si un point de la facture n’est pas clair ou doit être modifié, n’hésitez pas à me le dire.',
      'Tout va bien de ton côté ? Si un point de la facture n’est pas clair ou doit être modifié, n’hésite pas à me le dire.',
    ),
  ];
}

function reminder(c: DraftContext): string[] {
  const { t } = c;
  return [
    `${t('Je me permets de vous rappeler', 'Petit rappel :')} ${t('que ', '')}${invoice(c)} reste à régler.${dueSentence(c)}`,
    ...paymentRoutes(c),
    paymentPlan(c),
    t(
      'Pourriez-vous m’indiquer quand je peux compter sur le règlement ? Si votre paiement a croisé ce message, merci de ne pas tenir compte de ce rappel.',
      'Peux-tu me dire quand je peux compter sur le règlement ? Si ton paiement a croisé ce message, oublie ce rappel.',
    ),
  ];
}

function firmNotice(c: DraftContext): string[] {
  const { t } = c;
  const li = c.lateInterest;
  const work = `je suspendrai toute nouvelle prestation ${t('pour vous', 'pour toi')} jusqu’au règlement de la facture`;
  return [
    `${capitalise(invoice(c))} reste impayée.${dueSentence(c)}${remindersUnanswered(c)}`,
    t(
      `Je vous demande de régler le montant dû au plus tard le ${c.f.deadline(c.deadline)}.`,
      `Je te demande de régler le montant dû au plus tard le ${c.f.deadline(c.deadline)}.`,
    ),
    ...costNotice(c),
    'Sans règlement à cette date, ' +
      (li
        ? `${t('je vous facturerai', 'je te facturerai')} ${interestClause(li, c)}, et ${work}.`
        : `${work}.`),
    ...paymentRoutes(c),
    firmPaymentPlan(c),
    t(
      'Si votre paiement a croisé ce message, merci de ne pas en tenir compte.',
      'Si ton paiement a croisé ce message, n’en tiens pas compte.',
    ),
  ];
}

function finalNotice(c: DraftContext): string[] {
  const { t } = c;
  const li = c.lateInterest;
  const agency = c.collectionAgency ?? 'un cabinet de recouvrement ou un avocat';
  return [
    (c.unansweredFollowUps > 0
      ? `Malgré mes précédents rappels, ${invoice(c)}`
      : capitalise(invoice(c))) +
      ` reste impayée.${dueSentence(c)}` +
      (li ? ` Je suis en droit de réclamer ${interestClause(li, c)}.` : ''),
    t(
      `Ceci est mon dernier rappel : je vous demande de régler le montant dû au plus tard le ${c.f.deadline(c.deadline)}.`,
      `Ceci est mon dernier rappel : merci de régler le montant dû au plus tard le ${c.f.deadline(c.deadline)}.`,
    ),
    ...costNotice(c),
    ...paymentRoutes(c),
    `À défaut de règlement à cette date, je confierai le recouvrement de la créance à ${agency} sans autre préavis.`,
    `${t('Je préférerais de loin régler cela directement avec vous.', 'Je préférerais de loin régler ça directement avec toi.')} ${firmPaymentPlan(c)}`,
  ];
}

/** "Madame García" for "Ms García" or "Frau García": the title as a French letter writes it. */
function withTitle(name: string): string | undefined {
  const match = /^(\S+?)\.?\s+(.+)$/.exec(name);
  const title = match?.[1]?.toLowerCase() ?? '';
  const rest = match?.[2] ?? name;
  if (['ms', 'mrs', 'miss', 'frau', 'mme', 'madame', 'sra', 'mevrouw', 'mevr'].includes(title))
    return `Madame ${rest}`;
  if (['mr', 'herr', 'herrn', 'm', 'monsieur', 'sr', 'meneer', 'dhr'].includes(title))
    return `Monsieur ${rest}`;
  return undefined;
}

function promised(c: DraftContext): string {
  return c.f.date(c.promisedDate ?? c.today);
}

/** "la facture F-2026-017" or "ma facture". */
function invoiceNoun({ invoice: inv }: DraftContext): string {
  return inv.number ? `la facture ${inv.number}` : 'ma facture';
}

/** "la facture F-2026-017 d’un montant de 1 190,00 € (dont 690,00 € restent dus)", as far as known. */
function invoice(c: DraftContext): string {
  const amount = c.money(c.invoice.amount);
  const outstanding = c.money(c.outstandingAmount);
  return (
    invoiceNoun(c) +
    (amount ? ` d’un montant de ${amount}` : '') +
    (outstanding ? ` (dont ${outstanding} restent dus)` : '')
  );
}

/** The invoice's facts, one per line, for a re-sent invoice. */
function invoiceDetails(c: DraftContext): string[] {
  const amount = c.money(c.invoice.amount);
  const outstanding = c.money(c.outstandingAmount);
  return [
    c.invoice.number ? `Numéro de facture : ${c.invoice.number}` : undefined,
    amount ? `Montant : ${amount}` : undefined,
    outstanding ? `Reste dû : ${outstanding}` : undefined,
    c.invoice.dueDate ? `Date d’échéance : ${c.f.date(c.invoice.dueDate)}` : undefined,
  ].filter((line): line is string => line !== undefined);
}

/** " Elle était payable le 15 octobre 2026 et accuse 36 jours de retard." */
function dueSentence(c: DraftContext): string {
  const n = c.daysOverdue;
  const late = n > 0 ? `${n} ${n === 1 ? 'jour' : 'jours'} de retard` : undefined;
  if (c.invoice.dueDate)
    return ` Elle était payable le ${c.f.date(c.invoice.dueDate)}${late ? ` et accuse désormais ${late}` : ''}.`;
  return late ? ` Elle accuse désormais ${late}.` : '';
}

function remindersUnanswered(c: DraftContext): string {
  const n = c.unansweredFollowUps;
  if (n <= 0) return '';
  const which = n === 1 ? 'mon précédent rappel' : 'mes précédents rappels';
  return c.t(
    ` Je n’ai pas eu de réponse à ${which}.`,
    ` Je n’ai pas eu de nouvelles depuis ${which}.`,
  );
}

/** "vos réserves sur les heures facturées" / "tes réserves sur les heures facturées". */
function topic(c: DraftContext, your: 'vos' | 'tes'): string {
  const t: DisputeTopic | undefined = c.disputeTopic;
  switch (t) {
    case 'hours':
      return `${your} réserves sur les heures facturées`;
    case 'amount':
      return `${your} réserves sur le montant`;
    case 'quality':
      return `${your} réserves sur la qualité du travail`;
    case 'scope':
      return c.t(
        'votre constat que le travail ne correspond pas à la commande',
        'ton constat que le travail ne correspond pas à la commande',
      );
    case 'not_owed':
      return c.t(
        'votre avis selon lequel cette facture n’est pas due',
        'ton avis selon lequel cette facture n’est pas due',
      );
    default:
      return `${your} réserves`;
  }
}

function lawName(li: LateInterestResult): string {
  if (/L441-10/.test(li.legalBasis)) return 'l’article L441-10 du Code de commerce';
  if (/1231-6/.test(li.legalBasis)) return 'l’article 1231-6 du Code civil';
  if (/2 août 2002/.test(li.legalBasis))
    return 'la loi du 2 août 2002 concernant la lutte contre le retard de paiement';
  if (/livre XIX/.test(li.legalBasis)) return 'le livre XIX du Code de droit économique';
  if (/OR/.test(li.legalBasis) && li.jurisdiction === 'CH')
    return 'les articles 102 et 104 du Code des obligations';
  if (li.jurisdiction === 'UK')
    return 'la loi britannique Late Payment of Commercial Debts (Interest) Act 1998';
  if (li.jurisdiction === 'EU')
    return 'la directive 2011/7/UE concernant la lutte contre le retard de paiement';
  if (li.jurisdiction === 'DE') return 'l’article 288 du Code civil allemand (BGB)';
  return li.legalBasis;
}

/**
 * "des intérêts de retard au taux de 12,15 % l’an à compter du 16 octobre 2026 (14,16 € à ce
 * jour) en application de l’article L441-10 du Code de commerce, ainsi que l’indemnité
 * forfaitaire pour frais de recouvrement de 40,00 €".
 */
function interestClause(li: LateInterestResult, c: DraftContext): string {
  const { f } = c;
  const currency = c.invoice.currency ?? li.feeCurrency;
  const firstDay = li.periods[0]?.from;
  const accrued = li.interest > 0 ? f.money(li.interest, currency) : undefined;
  const fee = li.flatFee !== undefined ? f.money(li.flatFee, li.feeCurrency) : undefined;
  // With no margin the rate is the legal rate itself (consumers; Switzerland's 5 %).
  const legalRate = li.marginPoints === 0;
  // Past the last published reference rate the figure would be a guess: state the margin instead.
  const rate = legalRate
    ? `des intérêts au taux ${legalRateName(li)}` +
      (li.assumedAfter || li.jurisdiction === 'CH' ? '' : ` (${f.percent(li.ratePercent)} l’an)`)
    : li.assumedAfter
      ? `des intérêts de retard au taux ${referenceName(li)} majoré de ${String(li.marginPoints).replace('.', ',')} points`
      : `des intérêts de retard au taux de ${f.percent(li.ratePercent)} l’an`;
  const from = li.awaitsReminder
    ? ' à compter du lendemain de la présente mise en demeure'
    : firstDay
      ? ` à compter du ${f.date(firstDay)}`
      : '';
  return (
    rate +
    from +
    (accrued && !li.assumedAfter ? ` (${accrued} à ce jour)` : '') +
    ` en application ${of(lawName(li))}` +
    (fee ? `, ainsi que l’indemnité forfaitaire pour frais de recouvrement de ${fee}` : '')
  );
}

/** "de" before a name with its article, contracted as French does: "des articles", "du livre". */
function of(name: string): string {
  if (name.startsWith('les ')) return `des ${name.slice(4)}`;
  if (name.startsWith('le ')) return `du ${name.slice(3)}`;
  return `de ${name}`;
}

function legalRateName(li: LateInterestResult): string {
  if (li.jurisdiction === 'CH') return `légal de 5${NBSP}%`;
  return /int[ée]r[êe]t l[ée]gal/i.test(li.referenceName)
    ? 'de l’intérêt légal'
    : `légal (${li.referenceName})`;
}

function referenceName(li: LateInterestResult): string {
  if (li.jurisdiction === 'UK') return 'directeur de la Banque d’Angleterre';
  if (li.jurisdiction === 'DE') return 'de base allemand (Basiszinssatz)';
  if (li.jurisdiction === 'BE') return 'de référence de la BCE';
  return 'de refinancement de la BCE';
}

/**
 * Costs the law adds (the Dutch scale for businesses), or the letter it asks for before any
 * (a Dutch consumer's 14-day letter, a Belgian consumer's free first reminder).
 */
function costNotice(c: DraftContext): string[] {
  const costs = c.legal?.costs;
  if (!costs || costs.kind === 'none') return [];
  if (costs.kind === 'charge') {
    // The fixed indemnity is already named with the interest.
    if (costs.amount === c.lateInterest?.flatFee) return [];
    const amount = c.f.money(costs.amount, costs.currency);
    return amount
      ? [
          `S’y ajoutent des frais de recouvrement de ${amount} en application de ${costs.legalBasis}.`,
        ]
      : [];
  }
  const n = costs.notice;
  const due = c.f.money(n.amountDue, n.currency);
  const fee = c.f.money(n.costs, n.currency);
  const upTo = n.requiresContractClause ? 'au maximum ' : '';
  if (costs.kind === 'wait')
    return [
      `Comme indiqué dans mon précédent courrier, si la somme de ${due} n’est pas réglée au plus tard le ${c.f.date(n.payBy)}, des frais de recouvrement de ${upTo}${fee} seront facturés.`,
    ];
  const free = n.kind === 'be-free-reminder' ? 'Ce premier rappel est gratuit. ' : '';
  return [
    free +
      c.t(
        `Vous disposez d’un délai de 14 jours, à compter du lendemain de la réception de ce courrier, pour régler la somme due de ${due}, soit jusqu’au ${c.f.date(n.payBy)}. `,
        `Tu disposes d’un délai de 14 jours, à compter du lendemain de la réception de ce courrier, pour régler la somme due de ${due}, soit jusqu’au ${c.f.date(n.payBy)}. `,
      ) +
      `Passé ce délai, des frais de recouvrement de ${upTo}${fee} seront facturés (${n.legalBasis}).`,
  ];
}

function paymentRoutes(c: DraftContext): string[] {
  const { payment, invoice: inv } = c;
  const routes: string[] = [];
  if (payment.iban)
    routes.push(
      `${c.t('Vous pouvez', 'Tu peux')} régler par virement sur l’IBAN ${payment.iban}${inv.number ? ` (référence : ${inv.number})` : ''}.`,
    );
  if (payment.paymentLink)
    routes.push(
      `${c.t('Vous pouvez aussi', 'Tu peux aussi')} payer en ligne : ${payment.paymentLink}`,
    );
  return routes;
}

function paymentPlan(c: DraftContext): string {
  const n = c.payment.instalments ?? 0;
  return n >= 2
    ? c.t(
        `S’il vous est difficile de régler la totalité en une fois en ce moment, vous pouvez payer en ${n} mensualités ; il suffit de me le dire.`,
        `Si c’est compliqué de tout régler en une fois en ce moment, tu peux payer en ${n} mensualités ; il suffit de me le dire.`,
      )
    : c.t(
        'S’il vous est difficile de régler la totalité en une fois en ce moment, dites-le-moi et nous conviendrons d’un paiement échelonné.',
        'Si c’est compliqué de tout régler en une fois en ce moment, dis-le-moi et on conviendra d’un paiement échelonné.',
      );
}

/** Stages 3 and 4 still offer instalments, but ask to hear before the deadline. */
function firmPaymentPlan(c: DraftContext): string {
  const n = c.payment.instalments ?? 0;
  const plan = n >= 2 ? `un paiement en ${n} mensualités` : 'un paiement échelonné';
  return c.t(
    `Si ce retard a une raison ou si vous ne pouvez pas régler la totalité en une fois, contactez-moi avant cette date et nous conviendrons d’${plan}.`,
    `Si ce retard a une raison ou si tu ne peux pas tout régler en une fois, écris-moi avant cette date et on conviendra d’${plan}.`,
  );
}

/** One reason as the person reads it: "42 jours de retard" (the value comes whole and checked). */
function describeReason(reason: ScoreReason, f: Formatter): string {
  const n = reason.value;
  const one = n === 1;
  switch (reason.code) {
    case 'days_overdue':
      return `${n} ${one ? 'jour' : 'jours'} de retard`;
    case 'unanswered_follow_ups':
      return `${n} ${one ? 'rappel resté' : 'rappels restés'} sans réponse`;
    case 'amount':
      return `${f.count(n)} en attente`;
    case 'auto_replies_only':
      return 'Uniquement des réponses automatiques';
    case 'no_reply_ever':
      return 'Aucune réponse depuis la facture';
    case 'promise_broken':
      return reason.date && /^\d{4}-\d{2}-\d{2}$/.test(reason.date)
        ? `Promesse de paiement du ${f.date(reason.date)} non tenue`
        : 'Promesse de paiement non tenue';
    default:
      return '';
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
