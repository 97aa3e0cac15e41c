import type { LateInterestResult } from '../../../late-interest-rates';
import type { DisputeTopic, ScoreReason } from '../../../results';
import type { Formatter } from '../../format-for-language';
import type { DraftContext, LanguagePack } from '../../language-pack';

/**
 * English follow-ups, one step firmer per stage (docs/rules.md §5): 1 a warm check-in, 2 a polite
 * reminder with another way to pay, 3 a firm notice with a deadline and the consequence,
 * 4 a final notice naming the hand-over to a collection agency or lawyer. A fact the thread
 * does not give is left out of its sentence, never replaced by a placeholder. English has one
 * register.
 */
export const english: LanguagePack<'en'> = {
  code: 'en',
  name: 'English',
  locale: {
    base: 'en-GB',
    // Swiss francs are written the Swiss way; the dollar the way its users write it, dates too.
    moneyByCurrency: { USD: 'en-US', CAD: 'en-CA', AUD: 'en-AU', CHF: 'en-CH' },
    datesByCurrency: { USD: 'en-US', CAD: 'en-CA', AUD: 'en-AU' },
  },
  registers: ['formal'],
  euroJurisdiction: 'EU',
  greeting({ addressee: a, row }) {
    if (!a) return row.formal ? 'Dear Sir or Madam,' : 'Hello,';
    if (a.form !== 'given') return `Dear ${a.name},`;
    const word =
      a.ownerGreeting === 'dear' || row.formal
        ? 'Dear'
        : a.ownerGreeting === 'hello'
          ? 'Hello'
          : 'Hi';
    return `${word} ${a.name},`;
  },
  signOff: ({ row }) => (row.formal ? 'Kind regards,' : 'Best wishes,'),
  fallbackSubject: ({ invoice }) => (invoice.number ? `Invoice ${invoice.number}` : 'Invoice'),
  stages: { 1: checkIn, 2: reminder, 3: firmNotice, 4: finalNotice },
  states: {
    promiseThanks: (c) => [
      `Thank you for letting me know. I've made a note that ${invoice(c)} will be paid by ${c.promisedDate ? c.f.date(c.promisedDate) : 'the date you mentioned'}.`,
      'That works for me – thanks for keeping me posted.',
    ],
    brokenPromise: (c) =>
      `You said you would pay by ${c.f.date(c.promisedDate ?? c.today)}; that date has now passed.`,
    dispute: (c) => [
      `Thank you for your message, and for telling me ${topic(c.disputeTopic)}. I'd like to sort this out with you.`,
      ...(c.agreedWork
        ? [`To recap what was agreed and delivered, my invoice message said: “${c.agreedWork}”`]
        : []),
      `${capitalise(invoice(c))} ${c.agreedWork ? 'covers that work' : 'covers the work as agreed and delivered'}.`,
      'I would be glad to go through it with you on a short call. If something on the invoice is not right, I will send you a corrected invoice. Just let me know which you prefer.',
    ],
    instalmentPlan: (c) => [
      `Thank you for your message – of course we can split ${invoice(c)} into ${c.instalments?.length ?? 0} instalments. I suggest the following plan:`,
      (c.instalments ?? [])
        .map((part, i) => `${i + 1}. ${c.f.date(part.date)}: ${c.money(part.amount) ?? ''}`)
        .join('\n'),
      ...paymentRoutes(c),
      'If these dates work for you, just confirm and I will note the plan.',
    ],
    invoiceResend: (c) => [
      `Thank you for letting me know. I have attached the invoice PDF to this email again.`,
      ['For your records:', ...invoiceDetails(c)].join('\n'),
      ...paymentRoutes(c),
      'If you need a corrected invoice, a purchase order number or another billing address on it, just tell me and I will send an updated version.',
    ],
    partialPayment: (c) => [
      `Thank you for your payment of ${c.money(c.paidAmount) ?? 'part of the amount'} towards ${invoiceNoun(c)}.`,
      `According to my records, ${c.money(c.outstandingAmount) ?? 'the rest'}${c.money(c.invoice.amount) ? ` of the ${c.money(c.invoice.amount)}` : ''} is still outstanding. Could you let me know when I can expect the remaining amount?`,
      ...paymentRoutes(c),
    ],
  },
  describeReason,
};

function checkIn(c: DraftContext): string[] {
  return [
    `I hope you're well. I'm just checking in about ${invoice(c)}${dueClause(c)}. ` +
      "I haven't seen a payment come through yet, so I wanted to make sure the invoice reached you and that everything is in order.",
    'Is all well on your side? If anything on the invoice is unclear or needs changing, just let me know.',
  ];
}

function reminder(c: DraftContext): string[] {
  return [
    `This is a friendly reminder about ${invoice(c)}${dueClause(c, true)}. ` +
      "I haven't received the payment yet.",
    ...paymentRoutes(c),
    paymentPlan(c),
    'Could you let me know when I can expect the payment? If it has crossed with this email, please disregard this reminder.',
  ];
}

function firmNotice(c: DraftContext): string[] {
  const interest = c.lateInterest
    ? ` I will charge ${interestClause(c.lateInterest, c)}, and`
    : ' I will';
  return [
    `${capitalise(invoice(c))}${stillUnpaid(c)}${remindersUnanswered(c)}`,
    `Please pay the full amount by ${c.f.deadline(c.deadline)}.`,
    ...costNotice(c),
    `If payment has not reached me by then,${interest} pause any further work for you until the invoice is settled.`,
    ...paymentRoutes(c),
    firmPaymentPlan(c),
    'If your payment has crossed with this email, please disregard it.',
  ];
}

function finalNotice(c: DraftContext): string[] {
  const li = c.lateInterest;
  const agency = c.collectionAgency
    ? `to ${c.collectionAgency} for collection`
    : 'to a collection agency or a lawyer';
  return [
    (c.unansweredFollowUps > 0
      ? `Despite my earlier reminders, ${invoice(c)}`
      : capitalise(invoice(c))) +
      stillUnpaid(c) +
      (li ? ` I am entitled to ${interestClause(li, c)}.` : ''),
    `This is my final reminder: please pay the outstanding amount by ${c.f.deadline(c.deadline)}.`,
    ...costNotice(c),
    ...paymentRoutes(c),
    `If payment has not reached me by then, I will hand the claim over ${agency} without further notice.`,
    `I would much rather settle this between us. ${firmPaymentPlan(c)}`,
  ];
}

/** "invoice INV-7" or "my invoice". */
function invoiceNoun({ invoice: inv }: DraftContext): string {
  return inv.number ? `invoice ${inv.number}` : 'my invoice';
}

/** "invoice INV-7 for €1,190.00 (€690.00 still outstanding)", shortened to what is known. */
function invoice(c: DraftContext): string {
  const amount = c.money(c.invoice.amount);
  const outstanding = c.money(c.outstandingAmount);
  return (
    invoiceNoun(c) +
    (amount ? ` for ${amount}` : '') +
    (outstanding ? ` (${outstanding} still outstanding)` : '')
  );
}

/** The invoice's facts, one per line, for a re-sent invoice. */
function invoiceDetails(c: DraftContext): string[] {
  const amount = c.money(c.invoice.amount);
  return [
    c.invoice.number ? `Invoice number: ${c.invoice.number}` : undefined,
    amount ? `Amount: ${amount}` : undefined,
    c.outstandingAmount !== undefined && c.money(c.outstandingAmount)
      ? `Still outstanding: ${c.money(c.outstandingAmount)}`
      : undefined,
    c.invoice.dueDate ? `Due date: ${c.f.date(c.invoice.dueDate)}` : undefined,
  ].filter((line): line is string => line !== undefined);
}

/** ", which was due on 2 September 2026[ and is now 79 days overdue]", shortened to what is known. */
function dueClause(c: DraftContext, withOverdue = false): string {
  const n = c.daysOverdue;
  const overdue =
    withOverdue && n > 0 ? `is now ${n} ${n === 1 ? 'day' : 'days'} overdue` : undefined;
  if (c.invoice.dueDate)
    return `, which was due on ${c.f.date(c.invoice.dueDate)}${overdue ? ` and ${overdue}` : ''}`;
  return overdue ? `, which ${overdue}` : '';
}

/** ", which was due on … and is now … overdue, is still unpaid." */
function stillUnpaid(c: DraftContext): string {
  const clause = dueClause(c, true);
  return `${clause}${clause ? ',' : ''} is still unpaid.`;
}

function remindersUnanswered({ unansweredFollowUps: n }: DraftContext): string {
  return n > 0
    ? ` I have not had a reply to my ${n === 1 ? 'earlier reminder' : 'earlier reminders'}.`
    : '';
}

function topic(t: DisputeTopic | undefined): string {
  switch (t) {
    case 'hours':
      return 'about your concern with the hours';
    case 'amount':
      return 'about your concern with the amount';
    case 'quality':
      return 'about your concern with the quality of the work';
    case 'scope':
      return 'that the work does not match what you ordered';
    case 'not_owed':
      return 'that you do not think this invoice is owed';
    default:
      return 'about your concern';
  }
}

function lawName(li: LateInterestResult): string {
  if (li.jurisdiction === 'UK') return 'the Late Payment of Commercial Debts (Interest) Act 1998';
  if (li.jurisdiction === 'EU') return 'the EU Late Payment Directive (2011/7/EU)';
  if (li.jurisdiction === 'DE') return 'section 288 of the German Civil Code (BGB)';
  return li.legalBasis;
}

/** "statutory interest of 11.75% a year from 3 September 2026 (£41.20 as of today), plus the fixed sum of £70.00". */
function interestClause(li: LateInterestResult, c: DraftContext): string {
  const { f } = c;
  const currency = c.invoice.currency ?? li.feeCurrency;
  const firstDay = li.periods[0]?.from;
  const accrued = li.interest > 0 ? f.money(li.interest, currency) : undefined;
  const fee = li.flatFee !== undefined ? f.money(li.flatFee, li.feeCurrency) : undefined;
  const feeName =
    li.jurisdiction === 'UK'
      ? 'the fixed sum'
      : li.jurisdiction === 'DE'
        ? 'the flat late-payment fee'
        : 'the fixed compensation';
  // Past the last published reference rate the figure would be a guess: state the margin instead.
  const rate = li.assumedAfter
    ? li.marginPoints === 0
      ? `statutory interest at the legal rate (${li.referenceName})`
      : `statutory interest at ${li.marginPoints} percentage points above ${referenceName(li)}`
    : `statutory interest of ${f.percent(li.ratePercent)} a year`;
  const from = li.awaitsReminder
    ? ' from the day after this notice'
    : firstDay
      ? ` from ${f.date(firstDay)}`
      : '';
  return (
    rate +
    from +
    (accrued && !li.assumedAfter ? ` (${accrued} as of today)` : '') +
    ` under ${lawName(li)}` +
    (fee ? `, plus ${feeName} of ${fee}` : '')
  );
}

function referenceName(li: LateInterestResult): string {
  if (li.jurisdiction === 'UK') return 'the Bank of England base rate';
  if (li.jurisdiction === 'EU') return 'the ECB reference rate';
  if (li.jurisdiction === 'DE') return 'the German base rate (Basiszinssatz)';
  return `the reference rate (${li.referenceName})`;
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
    return amount ? [`Collection costs of ${amount} apply under ${costs.legalBasis}.`] : [];
  }
  const n = costs.notice;
  const due = c.f.money(n.amountDue, n.currency);
  const fee = c.f.money(n.costs, n.currency);
  const upTo = n.requiresContractClause ? 'at most ' : '';
  if (costs.kind === 'wait')
    return [
      `As stated in my earlier letter, collection costs of ${upTo}${fee} will be charged if ${due} has not been paid by ${c.f.date(n.payBy)}.`,
    ];
  const free = n.kind === 'be-free-reminder' ? 'This reminder is free of charge. ' : '';
  return [
    `${free}You have 14 days, counted from the day after you receive this letter, to pay the amount due of ${due}, that is until ${c.f.date(n.payBy)}. ` +
      `If it has not been paid by then, collection costs of ${upTo}${fee} will be charged (${n.legalBasis}).`,
  ];
}

function paymentRoutes({ payment, invoice: inv }: DraftContext): string[] {
  const routes: string[] = [];
  if (payment.iban)
    routes.push(
      `You can pay by bank transfer to IBAN ${payment.iban}${inv.number ? ` (reference: ${inv.number})` : ''}.`,
    );
  if (payment.paymentLink) routes.push(`You can also pay online: ${payment.paymentLink}`);
  return routes;
}

function paymentPlan({ payment }: DraftContext): string {
  const n = payment.instalments ?? 0;
  return n >= 2
    ? `If paying the full amount at once is difficult right now, you are welcome to pay it in ${n} monthly instalments – just let me know.`
    : 'If paying the full amount at once is difficult right now, just let me know and we can agree on a payment plan.';
}

/** Stages 3 and 4 still offer instalments, but ask to hear before the deadline. */
function firmPaymentPlan({ payment }: DraftContext): string {
  const n = payment.instalments ?? 0;
  const plan = n >= 2 ? `payment in ${n} monthly instalments` : 'a payment plan';
  return `If there is a reason for the delay or you cannot pay the full amount at once, please get in touch before that date and we can agree on ${plan}.`;
}

/** One reason as the person reads it: "42 days overdue" (the value comes whole and checked). */
function describeReason(reason: ScoreReason, f: Formatter): string {
  const n = reason.value;
  const one = n === 1;
  switch (reason.code) {
    case 'days_overdue':
      return `${n} ${one ? 'day' : 'days'} overdue`;
    case 'unanswered_follow_ups':
      return `${n} ${one ? 'reminder' : 'reminders'} unanswered`;
    case 'amount':
      return `${f.count(n)} outstanding`;
    case 'auto_replies_only':
      return 'Only automatic replies';
    case 'no_reply_ever':
      return 'No reply since the invoice';
    case 'promise_broken':
      return `Promise of ${reason.date ? f.date(reason.date) : 'a payment'} not kept`;
    default:
      return '';
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
