import type { LateInterestResult } from '../late-interest';
import type { DraftInput, DraftLanguage } from './draft-input';
import { formatterFor, type Formatter } from './format-for-language';

/**
 * English follow-ups, one step firmer per stage (docs/rules.md §5): 1 a warm check-in, 2 a polite
 * reminder with another way to pay, 3 a firm notice with a deadline and the consequence,
 * 4 a final notice naming the hand-over to a collection agency or lawyer. A fact the thread
 * does not give is left out of its sentence, never replaced by a placeholder.
 */
export const english: DraftLanguage = {
  greeting({ addressee: a, stage }) {
    if (!a) return stage <= 2 ? 'Hello,' : 'Dear Sir or Madam,';
    if (a.form !== 'given') return `Dear ${a.name},`;
    const word =
      a.ownerGreeting === 'dear' || stage >= 3
        ? 'Dear'
        : a.ownerGreeting === 'hello'
          ? 'Hello'
          : 'Hi';
    return `${word} ${a.name},`;
  },
  body(input) {
    const f = formatterFor('en', input.invoice.currency);
    switch (input.stage) {
      case 1:
        return checkIn(input, f);
      case 2:
        return reminder(input, f);
      case 3:
        return firmNotice(input, f);
      case 4:
        return finalNotice(input, f);
    }
  },
  signOff: ({ stage }) => (stage <= 2 ? 'Best wishes,' : 'Kind regards,'),
  fallbackSubject: ({ invoice }) => (invoice.number ? `Invoice ${invoice.number}` : 'Invoice'),
};

function checkIn(input: DraftInput, f: Formatter): string[] {
  return [
    `I hope you're well. I'm just checking in about ${invoice(input, f)}${dueClause(input, f)}. ` +
      "I haven't seen a payment come through yet, so I wanted to make sure the invoice reached you and that everything is in order.",
    'Is all well on your side? If anything on the invoice is unclear or needs changing, just let me know.',
  ];
}

function reminder(input: DraftInput, f: Formatter): string[] {
  return [
    `This is a friendly reminder about ${invoice(input, f)}${dueClause(input, f, true)}. ` +
      "I haven't received the payment yet.",
    ...paymentRoutes(input),
    paymentPlan(input),
    'Could you let me know when I can expect the payment? If it has crossed with this email, please disregard this reminder.',
  ];
}

function firmNotice(input: DraftInput, f: Formatter): string[] {
  const interest = input.lateInterest
    ? ` I will charge ${interestClause(input.lateInterest, input, f)}, and`
    : ' I will';
  return [
    `${capitalise(invoice(input, f))}${stillUnpaid(input, f)}${remindersUnanswered(input)}`,
    `Please pay the full amount by ${f.deadline(input.deadline)}.`,
    `If payment has not reached me by then,${interest} pause any further work for you until the invoice is settled.`,
    ...paymentRoutes(input),
    firmPaymentPlan(input),
    'If your payment has crossed with this email, please disregard it.',
  ];
}

function finalNotice(input: DraftInput, f: Formatter): string[] {
  const li = input.lateInterest;
  const agency = input.collectionAgency
    ? `to ${input.collectionAgency} for collection`
    : 'to a collection agency or a lawyer';
  return [
    (input.unansweredFollowUps > 0
      ? `Despite my earlier reminders, ${invoice(input, f)}`
      : capitalise(invoice(input, f))) +
      stillUnpaid(input, f) +
      (li ? ` I am entitled to ${interestClause(li, input, f)}.` : ''),
    `This is my final reminder: please pay the outstanding amount by ${f.deadline(input.deadline)}.`,
    ...paymentRoutes(input),
    `If payment has not reached me by then, I will hand the claim over ${agency} without further notice.`,
    `I would much rather settle this between us. ${firmPaymentPlan(input)}`,
  ];
}

/** "invoice INV-7 for €1,190.00" or "my invoice for €1,190.00", shortened to what is known. */
function invoice({ invoice: inv }: DraftInput, f: Formatter): string {
  const amount =
    inv.amount !== undefined && Number.isFinite(inv.amount) && inv.currency
      ? f.money(inv.amount, inv.currency)
      : undefined;
  const noun = inv.number ? `invoice ${inv.number}` : 'my invoice';
  return amount ? `${noun} for ${amount}` : noun;
}

/** ", which was due on 2 September 2026[ and is now 79 days overdue]", shortened to what is known. */
function dueClause(
  { invoice: inv, daysOverdue: n }: DraftInput,
  f: Formatter,
  withOverdue = false,
): string {
  const overdue =
    withOverdue && n > 0 ? `is now ${n} ${n === 1 ? 'day' : 'days'} overdue` : undefined;
  if (inv.dueDate)
    return `, which was due on ${f.date(inv.dueDate)}${overdue ? ` and ${overdue}` : ''}`;
  return overdue ? `, which ${overdue}` : '';
}

/** ", which was due on … and is now … overdue, is still unpaid." */
function stillUnpaid(input: DraftInput, f: Formatter): string {
  const clause = dueClause(input, f, true);
  return `${clause}${clause ? ',' : ''} is still unpaid.`;
}

function remindersUnanswered({ unansweredFollowUps: n }: DraftInput): string {
  return n > 0
    ? ` I have not had a reply to my ${n === 1 ? 'earlier reminder' : 'earlier reminders'}.`
    : '';
}

function lawName(li: LateInterestResult): string {
  if (li.jurisdiction === 'UK') return 'the Late Payment of Commercial Debts (Interest) Act 1998';
  if (li.jurisdiction === 'EU') return 'the EU Late Payment Directive (2011/7/EU)';
  if (li.jurisdiction === 'DE') return 'section 288 of the German Civil Code (BGB)';
  return li.legalBasis;
}

/** "statutory interest of 11.75% a year from 3 September 2026 (£41.20 as of today), plus the fixed sum of £70.00". */
function interestClause(li: LateInterestResult, input: DraftInput, f: Formatter): string {
  const currency = input.invoice.currency ?? li.feeCurrency;
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
  return (
    rate +
    (firstDay ? ` from ${f.date(firstDay)}` : '') +
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

function paymentRoutes({ payment, invoice: inv }: DraftInput): string[] {
  const routes: string[] = [];
  if (payment.iban)
    routes.push(
      `You can pay by bank transfer to IBAN ${payment.iban}${inv.number ? ` (reference: ${inv.number})` : ''}.`,
    );
  if (payment.paymentLink) routes.push(`You can also pay online: ${payment.paymentLink}`);
  return routes;
}

function paymentPlan({ payment }: DraftInput): string {
  const n = payment.instalments ?? 0;
  return n >= 2
    ? `If paying the full amount at once is difficult right now, you are welcome to pay it in ${n} monthly instalments – just let me know.`
    : 'If paying the full amount at once is difficult right now, just let me know and we can agree on a payment plan.';
}

/** Stages 3 and 4 still offer instalments, but ask to hear before the deadline. */
function firmPaymentPlan({ payment }: DraftInput): string {
  const n = payment.instalments ?? 0;
  const plan = n >= 2 ? `payment in ${n} monthly instalments` : 'a payment plan';
  return `If there is a reason for the delay or you cannot pay the full amount at once, please get in touch before that date and we can agree on ${plan}.`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
