import type { LateInterestResult } from '../late-interest';
import type { DraftInput, DraftLanguage } from './draft-input';
import { formatterFor, type Formatter } from './format-for-language';

/**
 * German follow-ups in both registers: "Sie" unless the owner writes "du" (docs/rules.md §6). Same
 * steps as English (docs/rules.md §5). After the greeting's comma a German letter goes on in lower
 * case, so every first paragraph starts with a word that is lower case anyway ("ich", "meine",
 * "leider").
 */
export const german: DraftLanguage = {
  greeting({ addressee: a, stage, register }) {
    const du = register === 'informal';
    if (!a) return du ? 'Hallo,' : stage <= 2 ? 'Guten Tag,' : 'Sehr geehrte Damen und Herren,';
    if (du) {
      const first = a.form === 'full' ? (a.name.split(' ')[0] ?? a.name) : a.name;
      const word =
        stage <= 2 &&
        a.ownerGreeting &&
        ['hi', 'hey', 'liebe', 'lieber', 'moin', 'servus'].includes(a.ownerGreeting);
      return `${word ? capitalise(a.ownerGreeting ?? '') : 'Hallo'} ${first},`;
    }
    if (a.form === 'title') {
      const casual = stage <= 2 && (a.ownerGreeting === 'hallo' || a.ownerGreeting === 'guten tag');
      if (casual) return `${capitalise(a.ownerGreeting ?? '')} ${a.name},`;
      return `${a.gender === 'male' ? 'Sehr geehrter' : 'Sehr geehrte'} ${a.name},`;
    }
    return `Guten Tag ${a.name},`;
  },
  body(input) {
    const f = formatterFor('de', input.invoice.currency);
    const t = (sie: string, du: string) => (input.register === 'informal' ? du : sie);
    switch (input.stage) {
      case 1:
        return checkIn(input, f, t);
      case 2:
        return reminder(input, f, t);
      case 3:
        return firmNotice(input, f, t);
      case 4:
        return finalNotice(input, f, t);
    }
  },
  signOff: ({ stage, register }) =>
    register === 'informal'
      ? 'Viele Grüße'
      : stage <= 2
        ? 'Freundliche Grüße'
        : 'Mit freundlichen Grüßen',
  fallbackSubject: ({ invoice }) => (invoice.number ? `Rechnung ${invoice.number}` : 'Rechnung'),
};

/** Picks the Sie or the du wording. */
type Register = (sie: string, du: string) => string;

function checkIn(input: DraftInput, f: Formatter, t: Register): string[] {
  const due = input.invoice.dueDate
    ? `Die Rechnung war am ${f.date(input.invoice.dueDate)} fällig, und bei`
    : 'Bei';
  return [
    `${t('ich hoffe, es geht Ihnen gut.', 'ich hoffe, bei dir ist alles gut!')} ` +
      `Ich wollte kurz nachfragen, ob ${invoice(input, f)} gut bei ${t('Ihnen', 'dir')} angekommen ist. ` +
      `${due} mir ist bisher noch keine Zahlung eingegangen.`,
    t(
      'Ist bei Ihnen alles in Ordnung? Falls an der Rechnung etwas unklar ist oder geändert werden soll, geben Sie mir gern Bescheid.',
      'Ist bei dir alles in Ordnung? Falls an der Rechnung etwas unklar ist oder geändert werden soll, sag mir einfach Bescheid.',
    ),
  ];
}

function reminder(input: DraftInput, f: Formatter, t: Register): string[] {
  return [
    `${t('ich möchte Sie freundlich an', 'ich wollte dich noch einmal an')} ${invoice(input, f)} erinnern.` +
      `${dueSentence(input, f)} Eine Zahlung ist bei mir noch nicht eingegangen.`,
    ...paymentRoutes(input, t),
    paymentPlan(input, t),
    t(
      'Können Sie mir kurz sagen, wann ich mit der Zahlung rechnen kann? Sollte sich Ihre Zahlung mit dieser E-Mail überschnitten haben, betrachten Sie diese Erinnerung bitte als gegenstandslos.',
      'Kannst du mir kurz sagen, wann ich mit der Zahlung rechnen kann? Falls sich deine Zahlung mit dieser Mail überschnitten hat, vergiss diese Erinnerung einfach.',
    ),
  ];
}

function firmNotice(input: DraftInput, f: Formatter, t: Register): string[] {
  const li = input.lateInterest;
  const work = t(
    'weitere Arbeiten für Sie ruhen lassen, bis die Rechnung beglichen ist',
    'weitere Arbeiten für dich ruhen lassen, bis die Rechnung bezahlt ist',
  );
  return [
    `${invoice(input, f)} ist weiterhin unbezahlt.${dueSentence(input, f)}${remindersUnanswered(input, t)}`,
    `${t('Bitte begleichen Sie', 'Bitte überweise')} den offenen Betrag bis spätestens ${f.deadline(input.deadline)}.`,
    `${t('Sollte die Zahlung bis dahin nicht bei mir eingegangen sein', 'Wenn die Zahlung bis dahin nicht bei mir eingegangen ist')}, ` +
      (li
        ? `werde ich ${interestClause(li, input, f)} berechnen und ${work}.`
        : `muss ich ${work}.`),
    ...paymentRoutes(input, t),
    firmPaymentPlan(input, t),
    t(
      'Sollte sich Ihre Zahlung mit dieser E-Mail überschnitten haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.',
      'Falls sich deine Zahlung mit dieser Mail überschnitten hat, vergiss diese Nachricht einfach.',
    ),
  ];
}

function finalNotice(input: DraftInput, f: Formatter, t: Register): string[] {
  const li = input.lateInterest;
  const agency = input.collectionAgency
    ? `an ${input.collectionAgency}`
    : 'an ein Inkassounternehmen oder einen Rechtsanwalt';
  const despite =
    input.unansweredFollowUps > 0
      ? t(' trotz meiner bisherigen Erinnerungen', ' trotz meiner Erinnerungen')
      : '';
  return [
    `leider ist ${invoice(input, f)}${despite} noch immer nicht bezahlt.${dueSentence(input, f)}` +
      (li ? ` Mir stehen ${interestClause(li, input, f)} zu.` : ''),
    t(
      `Ich fordere Sie hiermit letztmalig auf, den offenen Betrag bis spätestens ${f.deadline(input.deadline)} zu begleichen.`,
      `Das ist meine letzte Erinnerung: Bitte überweise den offenen Betrag bis spätestens ${f.deadline(input.deadline)}.`,
    ),
    ...paymentRoutes(input, t),
    `${t('Sollte die Zahlung bis dahin nicht eingegangen sein', 'Wenn die Zahlung bis dahin nicht eingegangen ist')}, ` +
      `werde ich die Forderung ohne weitere Ankündigung ${agency} zur Beitreibung übergeben.`,
    `${t('Das möchte ich gern vermeiden.', 'Das würde ich gern vermeiden.')} ${firmPaymentPlan(input, t)}`,
  ];
}

/** "meine Rechnung RE-2026-017 über 1.190,00 €", shortened to what is known. */
function invoice({ invoice: inv }: DraftInput, f: Formatter): string {
  const amount =
    inv.amount !== undefined && Number.isFinite(inv.amount) && inv.currency
      ? f.money(inv.amount, inv.currency)
      : undefined;
  return ['meine Rechnung', inv.number, amount ? `über ${amount}` : undefined]
    .filter(Boolean)
    .join(' ');
}

/** " Die Rechnung war am 15. Oktober 2026 fällig und ist inzwischen seit 20 Tagen überfällig." */
function dueSentence({ invoice: inv, daysOverdue: n }: DraftInput, f: Formatter): string {
  const overdue = n > 0 ? `seit ${n} ${n === 1 ? 'Tag' : 'Tagen'} überfällig` : undefined;
  if (inv.dueDate)
    return ` Die Rechnung war am ${f.date(inv.dueDate)} fällig${overdue ? ` und ist inzwischen ${overdue}` : ''}.`;
  return overdue ? ` Die Rechnung ist inzwischen ${overdue}.` : '';
}

function remindersUnanswered({ unansweredFollowUps: n }: DraftInput, t: Register): string {
  if (n <= 0) return '';
  const which = n === 1 ? 'meine Erinnerung' : 'meine bisherigen Erinnerungen';
  return t(
    ` Auf ${which} habe ich leider keine Antwort erhalten.`,
    ` Auf ${which} habe ich leider nichts von dir gehört.`,
  );
}

function lawName(li: LateInterestResult): string {
  if (li.jurisdiction === 'UK')
    return 'nach dem britischen Late Payment of Commercial Debts (Interest) Act 1998';
  if (li.jurisdiction === 'EU') return 'nach der EU-Zahlungsverzugsrichtlinie (2011/7/EU)';
  if (li.jurisdiction === 'DE') return 'nach § 288 BGB';
  return `nach ${li.legalBasis}`;
}

/** "Verzugszinsen nach § 288 BGB von 10,27 % pro Jahr ab dem 16. Oktober 2026 (bis heute 11,82 €) sowie die Verzugspauschale von 40,00 €". */
function interestClause(li: LateInterestResult, input: DraftInput, f: Formatter): string {
  const currency = input.invoice.currency ?? li.feeCurrency;
  const firstDay = li.periods[0]?.from;
  const accrued = li.interest > 0 ? f.money(li.interest, currency) : undefined;
  const fee = li.flatFee !== undefined ? f.money(li.flatFee, li.feeCurrency) : undefined;
  const feeName =
    li.jurisdiction === 'DE'
      ? 'die Verzugspauschale'
      : li.jurisdiction === 'UK'
        ? 'die gesetzliche Pauschale'
        : 'die Pauschale';
  // Past the last published reference rate the figure would be a guess: state the margin instead.
  const rate = li.assumedAfter
    ? li.marginPoints === 0
      ? `in Höhe des gesetzlichen Zinssatzes (${li.referenceName})`
      : `in Höhe von ${String(li.marginPoints).replace('.', ',')} Prozentpunkten über ${referenceName(li)}`
    : `von ${f.percent(li.ratePercent)} pro Jahr`;
  return (
    `Verzugszinsen ${lawName(li)} ${rate}` +
    (firstDay ? ` ab dem ${f.date(firstDay)}` : '') +
    (accrued && !li.assumedAfter ? ` (bis heute ${accrued})` : '') +
    (fee ? ` sowie ${feeName} von ${fee}` : '')
  );
}

function referenceName(li: LateInterestResult): string {
  if (li.jurisdiction === 'UK') return 'dem Leitzins der Bank of England';
  if (li.jurisdiction === 'EU') return 'dem Referenzzinssatz der EZB';
  if (li.jurisdiction === 'DE') return 'dem Basiszinssatz';
  return `dem Referenzzinssatz (${li.referenceName})`;
}

function paymentRoutes({ payment, invoice: inv }: DraftInput, t: Register): string[] {
  const routes: string[] = [];
  const purpose = inv.number ? ` (Verwendungszweck: ${inv.number})` : '';
  if (payment.iban)
    routes.push(
      `${t('Sie können', 'Du kannst')} den Betrag auf folgendes Konto überweisen: IBAN ${payment.iban}${purpose}.`,
    );
  if (payment.paymentLink)
    routes.push(
      `${t('Sie können auch online bezahlen', 'Du kannst auch online bezahlen')}: ${payment.paymentLink}`,
    );
  return routes;
}

function paymentPlan({ payment }: DraftInput, t: Register): string {
  const n = payment.instalments ?? 0;
  return n >= 2
    ? t(
        `Falls Ihnen die Zahlung in einem Betrag gerade schwerfällt, können Sie die Rechnung gern in ${n} monatlichen Raten begleichen – geben Sie mir einfach kurz Bescheid.`,
        `Falls es gerade schwierig ist, den ganzen Betrag auf einmal zu zahlen, kannst du die Rechnung auch in ${n} monatlichen Raten zahlen – sag mir einfach Bescheid.`,
      )
    : t(
        'Falls Ihnen die Zahlung in einem Betrag gerade schwerfällt, sprechen Sie mich gern an – wir finden sicher eine Lösung, zum Beispiel eine Ratenzahlung.',
        'Falls es gerade schwierig ist, den ganzen Betrag auf einmal zu zahlen, sag mir einfach Bescheid – wir finden bestimmt eine Lösung, zum Beispiel eine Ratenzahlung.',
      );
}

/** Stages 3 and 4 still offer instalments, but ask to hear before the deadline. */
function firmPaymentPlan({ payment }: DraftInput, t: Register): string {
  const n = payment.instalments ?? 0;
  const plan = n >= 2 ? `eine Zahlung in ${n} monatlichen Raten` : 'eine Ratenzahlung';
  return t(
    `Falls es einen Grund für die Verzögerung gibt oder Sie den Betrag nicht auf einmal begleichen können, melden Sie sich bitte vor Ablauf der Frist bei mir – dann vereinbaren wir ${plan}.`,
    `Falls es einen Grund für die Verzögerung gibt oder du den Betrag nicht auf einmal zahlen kannst, melde dich bitte vor Ablauf der Frist bei mir – dann vereinbaren wir ${plan}.`,
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
