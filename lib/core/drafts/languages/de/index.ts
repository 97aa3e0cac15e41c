import type { LateInterestResult } from '../../../late-interest-rates';
import type { DisputeTopic, ScoreReason } from '../../../results';
import type { Formatter } from '../../format-for-language';
import type { DraftContext, LanguagePack } from '../../language-pack';

/**
 * German follow-ups in both registers: "Sie" unless the owner writes "du" (docs/rules.md §6). Same
 * steps as English (docs/rules.md §5). After the greeting's comma a German letter goes on in lower
 * case, so every first paragraph starts with a word that is lower case anyway ("ich", "meine",
 * "leider", "vielen") or always capitalised ("Sie").
 */
export const german: LanguagePack<'de'> = {
  code: 'de',
  name: 'Deutsch',
  locale: { base: 'de-DE', moneyByCurrency: { CHF: 'de-CH' } },
  registers: ['formal', 'informal'],
  euroJurisdiction: 'DE',
  greeting({ addressee: a, row, register }) {
    const du = register === 'informal';
    if (!a) return du ? 'Hallo,' : row.formal ? 'Sehr geehrte Damen und Herren,' : 'Guten Tag,';
    if (du) {
      const first = a.form === 'full' ? (a.name.split(' ')[0] ?? a.name) : a.name;
      const word =
        !row.formal &&
        a.ownerGreeting &&
        ['hi', 'hey', 'liebe', 'lieber', 'moin', 'servus'].includes(a.ownerGreeting);
      return `${word ? capitalise(a.ownerGreeting ?? '') : 'Hallo'} ${first},`;
    }
    if (a.form === 'title') {
      const casual =
        !row.formal && (a.ownerGreeting === 'hallo' || a.ownerGreeting === 'guten tag');
      if (casual) return `${capitalise(a.ownerGreeting ?? '')} ${a.name},`;
      return `${a.gender === 'male' ? 'Sehr geehrter' : 'Sehr geehrte'} ${a.name},`;
    }
    return `Guten Tag ${a.name},`;
  },
  signOff: ({ row, register }) =>
    register === 'informal'
      ? 'Viele Grüße'
      : row.formal
        ? 'Mit freundlichen Grüßen'
        : 'Freundliche Grüße',
  fallbackSubject: ({ invoice }) => (invoice.number ? `Rechnung ${invoice.number}` : 'Rechnung'),
  stages: { 1: checkIn, 2: reminder, 3: firmNotice, 4: finalNotice },
  states: {
    promiseThanks: (c) => [
      c.t(
        `vielen Dank für Ihre Nachricht. Ich habe mir notiert, dass ${invoice(c)} bis zum ${promised(c)} bezahlt wird.`,
        `danke für deine Nachricht! Ich habe mir notiert, dass ${invoice(c)} bis zum ${promised(c)} bezahlt wird.`,
      ),
      c.t(
        'Das passt mir gut – danke, dass Sie mir Bescheid gegeben haben.',
        'Das passt mir gut – danke, dass du mir Bescheid gegeben hast.',
      ),
    ],
    brokenPromise: (c) =>
      c.t(
        `Sie hatten mir zugesagt, bis zum ${promised(c)} zu zahlen; dieser Termin ist inzwischen verstrichen.`,
        `du hattest mir zugesagt, bis zum ${promised(c)} zu zahlen – der Termin ist inzwischen vorbei.`,
      ),
    dispute: (c) => [
      c.t(
        `vielen Dank für Ihre Nachricht und dafür, dass Sie mir ${topic(c.disputeTopic, 'Ihr')} offen mitteilen. Das möchte ich gern gemeinsam mit Ihnen klären.`,
        `danke für deine Nachricht und dafür, dass du mir ${topic(c.disputeTopic, 'dein')} offen sagst. Das möchte ich gern mit dir klären.`,
      ),
      ...(c.agreedWork
        ? [
            `Was vereinbart und geliefert wurde, hatte ich in meiner Rechnungsmail so beschrieben: „${c.agreedWork}“`,
          ]
        : []),
      `${capitalise(invoice(c))} ${c.agreedWork ? 'bezieht sich auf genau diese Leistungen' : 'umfasst die vereinbarten und gelieferten Leistungen'}.`,
      c.t(
        'Gern gehe ich die Rechnung in einem kurzen Telefonat mit Ihnen durch. Sollte an der Rechnung etwas nicht stimmen, schicke ich Ihnen eine korrigierte Rechnung. Sagen Sie mir einfach, was Ihnen lieber ist.',
        'Gern gehe ich die Rechnung in einem kurzen Telefonat mit dir durch. Falls an der Rechnung etwas nicht stimmt, schicke ich dir eine korrigierte Rechnung. Sag mir einfach, was dir lieber ist.',
      ),
    ],
    instalmentPlan: (c) => [
      c.t(
        `vielen Dank für Ihre Nachricht – selbstverständlich können Sie ${invoice(c)} in ${c.instalments?.length ?? 0} Raten bezahlen. Ich schlage folgenden Ratenplan vor:`,
        `danke für deine Nachricht – klar, du kannst ${invoice(c)} gern in ${c.instalments?.length ?? 0} Raten bezahlen. Ich schlage folgenden Ratenplan vor:`,
      ),
      (c.instalments ?? [])
        .map((part, i) => `${i + 1}. Rate am ${c.f.date(part.date)}: ${c.money(part.amount) ?? ''}`)
        .join('\n'),
      ...paymentRoutes(c),
      c.t(
        'Wenn Ihnen diese Termine passen, bestätigen Sie mir den Plan bitte kurz.',
        'Wenn dir diese Termine passen, bestätige mir den Plan bitte kurz.',
      ),
    ],
    invoiceResend: (c) => [
      c.t(
        'vielen Dank für Ihren Hinweis. Im Anhang dieser E-Mail finden Sie die Rechnung noch einmal als PDF.',
        'danke für deinen Hinweis! Im Anhang dieser Mail findest du die Rechnung noch einmal als PDF.',
      ),
      ['Die Angaben im Überblick:', ...invoiceDetails(c)].join('\n'),
      ...paymentRoutes(c),
      c.t(
        'Falls Sie eine korrigierte Rechnung, eine Bestellnummer oder eine andere Rechnungsadresse benötigen, geben Sie mir kurz Bescheid – dann schicke ich Ihnen eine angepasste Fassung.',
        'Falls du eine korrigierte Rechnung, eine Bestellnummer oder eine andere Rechnungsadresse brauchst, sag mir kurz Bescheid – dann schicke ich dir eine angepasste Fassung.',
      ),
    ],
    partialPayment: (c) => {
      const paid = c.money(c.paidAmount);
      const open = c.money(c.outstandingAmount);
      const total = c.money(c.invoice.amount);
      return [
        c.t(
          `vielen Dank für Ihre Zahlung${paid ? ` von ${paid}` : ''} auf ${invoiceNoun(c)}.`,
          `danke für deine Zahlung${paid ? ` von ${paid}` : ''} auf ${invoiceNoun(c)}!`,
        ),
        `Nach meinen Unterlagen ${open ? `sind noch ${open}` : 'ist noch ein Restbetrag'}${total ? ` von ${total}` : ''} offen. ` +
          c.t(
            'Können Sie mir kurz sagen, wann ich mit dem restlichen Betrag rechnen kann?',
            'Kannst du mir kurz sagen, wann ich mit dem restlichen Betrag rechnen kann?',
          ),
        ...paymentRoutes(c),
      ];
    },
  },
  describeReason,
};

function checkIn(c: DraftContext): string[] {
  const { t } = c;
  const due = c.invoice.dueDate
    ? `Die Rechnung war am ${c.f.date(c.invoice.dueDate)} fällig, und bei`
    : 'Bei';
  return [
    `${t('ich hoffe, es geht Ihnen gut.', 'ich hoffe, bei dir ist alles gut!')} ` +
      `Ich wollte kurz nachfragen, ob ${invoice(c)} gut bei ${t('Ihnen', 'dir')} angekommen ist. ` +
      `${due} mir ist bisher noch keine Zahlung eingegangen.`,
    t(
      'Ist bei Ihnen alles in Ordnung? Falls an der Rechnung etwas unklar ist oder geändert werden soll, geben Sie mir gern Bescheid.',
      'Ist bei dir alles in Ordnung? Falls an der Rechnung etwas unklar ist oder geändert werden soll, sag mir einfach Bescheid.',
    ),
  ];
}

function reminder(c: DraftContext): string[] {
  const { t } = c;
  return [
    `${t('ich möchte Sie freundlich an', 'ich wollte dich noch einmal an')} ${invoice(c)} erinnern.` +
      `${dueSentence(c)} Eine Zahlung ist bei mir noch nicht eingegangen.`,
    ...paymentRoutes(c),
    paymentPlan(c),
    t(
      'Können Sie mir kurz sagen, wann ich mit der Zahlung rechnen kann? Sollte sich Ihre Zahlung mit dieser E-Mail überschnitten haben, betrachten Sie diese Erinnerung bitte als gegenstandslos.',
      'Kannst du mir kurz sagen, wann ich mit der Zahlung rechnen kann? Falls sich deine Zahlung mit dieser Mail überschnitten hat, vergiss diese Erinnerung einfach.',
    ),
  ];
}

function firmNotice(c: DraftContext): string[] {
  const { t } = c;
  const li = c.lateInterest;
  const work = t(
    'weitere Arbeiten für Sie ruhen lassen, bis die Rechnung beglichen ist',
    'weitere Arbeiten für dich ruhen lassen, bis die Rechnung bezahlt ist',
  );
  return [
    `${invoice(c)} ist weiterhin unbezahlt.${dueSentence(c)}${remindersUnanswered(c)}`,
    `${t('Bitte begleichen Sie', 'Bitte überweise')} den offenen Betrag bis spätestens ${c.f.deadline(c.deadline)}.`,
    ...costNotice(c),
    `${t('Sollte die Zahlung bis dahin nicht bei mir eingegangen sein', 'Wenn die Zahlung bis dahin nicht bei mir eingegangen ist')}, ` +
      (li ? `werde ich ${interestClause(li, c)} berechnen und ${work}.` : `muss ich ${work}.`),
    ...paymentRoutes(c),
    firmPaymentPlan(c),
    t(
      'Sollte sich Ihre Zahlung mit dieser E-Mail überschnitten haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.',
      'Falls sich deine Zahlung mit dieser Mail überschnitten hat, vergiss diese Nachricht einfach.',
    ),
  ];
}

function finalNotice(c: DraftContext): string[] {
  const { t } = c;
  const li = c.lateInterest;
  const agency = c.collectionAgency
    ? `an ${c.collectionAgency}`
    : 'an ein Inkassounternehmen oder einen Rechtsanwalt';
  const despite =
    c.unansweredFollowUps > 0
      ? t(' trotz meiner bisherigen Erinnerungen', ' trotz meiner Erinnerungen')
      : '';
  return [
    `leider ist ${invoice(c)}${despite} noch immer nicht bezahlt.${dueSentence(c)}` +
      (li ? ` Mir stehen ${interestClause(li, c)} zu.` : ''),
    t(
      `Ich fordere Sie hiermit letztmalig auf, den offenen Betrag bis spätestens ${c.f.deadline(c.deadline)} zu begleichen.`,
      `Das ist meine letzte Erinnerung: Bitte überweise den offenen Betrag bis spätestens ${c.f.deadline(c.deadline)}.`,
    ),
    ...costNotice(c),
    ...paymentRoutes(c),
    `${t('Sollte die Zahlung bis dahin nicht eingegangen sein', 'Wenn die Zahlung bis dahin nicht eingegangen ist')}, ` +
      `werde ich die Forderung ohne weitere Ankündigung ${agency} zur Beitreibung übergeben.`,
    `${t('Das möchte ich gern vermeiden.', 'Das würde ich gern vermeiden.')} ${firmPaymentPlan(c)}`,
  ];
}

function promised(c: DraftContext): string {
  return c.f.date(c.promisedDate ?? c.today);
}

/** "meine Rechnung RE-2026-017" or "meine Rechnung". */
function invoiceNoun({ invoice: inv }: DraftContext): string {
  return inv.number ? `meine Rechnung ${inv.number}` : 'meine Rechnung';
}

/** "meine Rechnung RE-2026-017 über 1.190,00 € (offen sind noch 690,00 €)", shortened to what is known. */
function invoice(c: DraftContext): string {
  const amount = c.money(c.invoice.amount);
  const outstanding = c.money(c.outstandingAmount);
  return (
    invoiceNoun(c) +
    (amount ? ` über ${amount}` : '') +
    (outstanding ? ` (offen sind noch ${outstanding})` : '')
  );
}

/** The invoice's facts, one per line, for a re-sent invoice. */
function invoiceDetails(c: DraftContext): string[] {
  const amount = c.money(c.invoice.amount);
  const outstanding = c.money(c.outstandingAmount);
  return [
    c.invoice.number ? `Rechnungsnummer: ${c.invoice.number}` : undefined,
    amount ? `Betrag: ${amount}` : undefined,
    outstanding ? `Noch offen: ${outstanding}` : undefined,
    c.invoice.dueDate ? `Fällig am: ${c.f.date(c.invoice.dueDate)}` : undefined,
  ].filter((line): line is string => line !== undefined);
}

/** " Die Rechnung war am 15. Oktober 2026 fällig und ist inzwischen seit 20 Tagen überfällig." */
function dueSentence(c: DraftContext): string {
  const n = c.daysOverdue;
  const overdue = n > 0 ? `seit ${n} ${n === 1 ? 'Tag' : 'Tagen'} überfällig` : undefined;
  if (c.invoice.dueDate)
    return ` Die Rechnung war am ${c.f.date(c.invoice.dueDate)} fällig${overdue ? ` und ist inzwischen ${overdue}` : ''}.`;
  return overdue ? ` Die Rechnung ist inzwischen ${overdue}.` : '';
}

function remindersUnanswered(c: DraftContext): string {
  const n = c.unansweredFollowUps;
  if (n <= 0) return '';
  const which = n === 1 ? 'meine Erinnerung' : 'meine bisherigen Erinnerungen';
  return c.t(
    ` Auf ${which} habe ich leider keine Antwort erhalten.`,
    ` Auf ${which} habe ich leider nichts von dir gehört.`,
  );
}

/** "Ihre Bedenken zu den Stunden" / "deine Bedenken zu den Stunden". */
function topic(t: DisputeTopic | undefined, your: 'Ihr' | 'dein'): string {
  switch (t) {
    case 'hours':
      return `${your}e Bedenken zu den abgerechneten Stunden`;
    case 'amount':
      return `${your}e Bedenken zum Rechnungsbetrag`;
    case 'quality':
      return `${your}e Bedenken zur Qualität der Arbeit`;
    case 'scope':
      return `${your}e Bedenken zum Leistungsumfang`;
    case 'not_owed':
      return `${your}e Zweifel an der Forderung`;
    default:
      return `${your}e Bedenken`;
  }
}

function lawName(li: LateInterestResult): string {
  if (li.jurisdiction === 'UK')
    return 'nach dem britischen Late Payment of Commercial Debts (Interest) Act 1998';
  if (li.jurisdiction === 'EU') return 'nach der EU-Zahlungsverzugsrichtlinie (2011/7/EU)';
  if (li.jurisdiction === 'DE') return 'nach § 288 BGB';
  return `nach ${li.legalBasis}`;
}

/** "Verzugszinsen nach § 288 BGB von 10,27 % pro Jahr ab dem 16. Oktober 2026 (bis heute 11,82 €) sowie die Verzugspauschale von 40,00 €". */
function interestClause(li: LateInterestResult, c: DraftContext): string {
  const { f } = c;
  const currency = c.invoice.currency ?? li.feeCurrency;
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
  const from = li.awaitsReminder
    ? ' ab dem Tag nach diesem Schreiben'
    : firstDay
      ? ` ab dem ${f.date(firstDay)}`
      : '';
  return (
    `Verzugszinsen ${lawName(li)} ${rate}` +
    from +
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

/**
 * Kosten, die das Gesetz hinzufügt (die niederländische Staffel für Unternehmen), oder das
 * Schreiben, das es vorher verlangt (niederländische und belgische Verbraucher).
 */
function costNotice(c: DraftContext): string[] {
  const costs = c.legal?.costs;
  if (!costs || costs.kind === 'none') return [];
  if (costs.kind === 'charge') {
    if (costs.amount === c.lateInterest?.flatFee) return [];
    const amount = c.f.money(costs.amount, costs.currency);
    return amount ? [`Hinzu kommen Inkassokosten von ${amount} nach ${costs.legalBasis}.`] : [];
  }
  const n = costs.notice;
  const due = c.f.money(n.amountDue, n.currency);
  const fee = c.f.money(n.costs, n.currency);
  const upTo = n.requiresContractClause ? 'höchstens ' : '';
  if (costs.kind === 'wait')
    return [
      `Wie in meinem früheren Schreiben angekündigt, werden Inkassokosten von ${upTo}${fee} fällig, wenn ${due} nicht bis zum ${c.f.date(n.payBy)} bezahlt sind.`,
    ];
  const free = n.kind === 'be-free-reminder' ? 'Diese Erinnerung ist kostenlos. ' : '';
  return [
    free +
      c.t(
        `Sie haben 14 Tage, gerechnet ab dem Tag nach Erhalt dieses Schreibens, um den offenen Betrag von ${due} zu zahlen, also bis zum ${c.f.date(n.payBy)}. `,
        `Du hast 14 Tage, gerechnet ab dem Tag nach Erhalt dieses Schreibens, um den offenen Betrag von ${due} zu zahlen, also bis zum ${c.f.date(n.payBy)}. `,
      ) +
      `Ist er bis dahin nicht bezahlt, werden Inkassokosten von ${upTo}${fee} berechnet (${n.legalBasis}).`,
  ];
}

function paymentRoutes(c: DraftContext): string[] {
  const { payment, invoice: inv } = c;
  const routes: string[] = [];
  const purpose = inv.number ? ` (Verwendungszweck: ${inv.number})` : '';
  if (payment.iban)
    routes.push(
      `${c.t('Sie können', 'Du kannst')} den Betrag auf folgendes Konto überweisen: IBAN ${payment.iban}${purpose}.`,
    );
  if (payment.paymentLink)
    routes.push(
      `${c.t('Sie können auch online bezahlen', 'Du kannst auch online bezahlen')}: ${payment.paymentLink}`,
    );
  return routes;
}

function paymentPlan(c: DraftContext): string {
  const n = c.payment.instalments ?? 0;
  return n >= 2
    ? c.t(
        `Falls Ihnen die Zahlung in einem Betrag gerade schwerfällt, können Sie die Rechnung gern in ${n} monatlichen Raten begleichen – geben Sie mir einfach kurz Bescheid.`,
        `Falls es gerade schwierig ist, den ganzen Betrag auf einmal zu zahlen, kannst du die Rechnung auch in ${n} monatlichen Raten zahlen – sag mir einfach Bescheid.`,
      )
    : c.t(
        'Falls Ihnen die Zahlung in einem Betrag gerade schwerfällt, sprechen Sie mich gern an – wir finden sicher eine Lösung, zum Beispiel eine Ratenzahlung.',
        'Falls es gerade schwierig ist, den ganzen Betrag auf einmal zu zahlen, sag mir einfach Bescheid – wir finden bestimmt eine Lösung, zum Beispiel eine Ratenzahlung.',
      );
}

/** Stages 3 and 4 still offer instalments, but ask to hear before the deadline. */
function firmPaymentPlan(c: DraftContext): string {
  const n = c.payment.instalments ?? 0;
  const plan = n >= 2 ? `eine Zahlung in ${n} monatlichen Raten` : 'eine Ratenzahlung';
  return c.t(
    `Falls es einen Grund für die Verzögerung gibt oder Sie den Betrag nicht auf einmal begleichen können, melden Sie sich bitte vor Ablauf der Frist bei mir – dann vereinbaren wir ${plan}.`,
    `Falls es einen Grund für die Verzögerung gibt oder du den Betrag nicht auf einmal zahlen kannst, melde dich bitte vor Ablauf der Frist bei mir – dann vereinbaren wir ${plan}.`,
  );
}

/** One reason as the person reads it: "42 Tage überfällig" (the value comes whole and checked). */
function describeReason(reason: ScoreReason, f: Formatter): string {
  const n = reason.value;
  const one = n === 1;
  switch (reason.code) {
    case 'days_overdue':
      return `${n} ${one ? 'Tag' : 'Tage'} überfällig`;
    case 'unanswered_follow_ups':
      return `${n} ${one ? 'Erinnerung' : 'Erinnerungen'} unbeantwortet`;
    case 'amount':
      return `Offener Betrag ${f.count(n)}`;
    case 'auto_replies_only':
      return 'Nur automatische Antworten';
    case 'no_reply_ever':
      return 'Keine Antwort seit der Rechnung';
    case 'promise_broken':
      return reason.date
        ? `Zahlungszusage zum ${f.date(reason.date)} nicht eingehalten`
        : 'Zahlungszusage nicht eingehalten';
    default:
      return '';
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
