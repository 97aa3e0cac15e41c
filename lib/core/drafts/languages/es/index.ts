import type { LateInterestResult } from '../../../late-interest-rates';
import type { DisputeTopic, ScoreReason } from '../../../results';
import type { Formatter } from '../../format-for-language';
import type { DraftContext, LanguagePack } from '../../language-pack';

/**
 * Spanish follow-ups in both registers: "usted" unless the owner writes "tú" (docs/rules.md §6).
 * Same steps as English (docs/rules.md §5), written the way a Spanish professional writes them:
 * the greeting ends with a colon, questions and exclamations open with ¿ and ¡, and the letter
 * goes on with a capital after the greeting.
 */
export const spanish: LanguagePack<'es'> = {
  code: 'es',
  name: 'Español',
  locale: { base: 'es-ES', moneyByCurrency: { CHF: 'es-CH' } },
  registers: ['formal', 'informal'],
  euroJurisdiction: 'EU',
  greeting({ addressee: a, row, register }) {
    if (register === 'informal') {
      if (!a) return 'Hola:';
      const first = a.form === 'full' ? (a.name.split(' ')[0] ?? a.name) : a.name;
      return `Hola, ${first}:`;
    }
    if (!a) return row.formal ? 'Estimados señores:' : 'Buenos días:';
    const titled = a.form === 'title' ? withTitle(a.name, a.gender) : undefined;
    if (titled) return `${titled.female ? 'Estimada' : 'Estimado'} ${titled.name}:`;
    return `Buenos días, ${a.name}:`;
  },
  signOff: ({ row, register }) =>
    register === 'informal' ? 'Un saludo,' : row.formal ? 'Atentamente,' : 'Un cordial saludo,',
  fallbackSubject: ({ invoice }) => (invoice.number ? `Factura ${invoice.number}` : 'Factura'),
  stages: { 1: checkIn, 2: reminder, 3: firmNotice, 4: finalNotice },
  states: {
    promiseThanks: (c) => [
      c.t(
        `Muchas gracias por avisarme. He tomado nota de que ${invoice(c)} se abonará a más tardar el ${promised(c)}.`,
        `¡Muchas gracias por avisarme! Apunto que me pagarás ${invoice(c)} a más tardar el ${promised(c)}.`,
      ),
      c.t(
        'Me parece perfecto; le agradezco que me mantenga al tanto.',
        'Me parece perfecto; gracias por tenerme al tanto.',
      ),
    ],
    brokenPromise: (c) =>
      c.t(
        `Me indicó que realizaría el pago a más tardar el ${promised(c)}, pero esa fecha ya ha pasado.`,
        `Me dijiste que harías el pago a más tardar el ${promised(c)}, pero esa fecha ya ha pasado.`,
      ),
    dispute: (c) => [
      c.t(
        `Muchas gracias por su mensaje y por comentarme ${topic(c, 'sus')}. Me gustaría aclararlo con usted.`,
        `Muchas gracias por tu mensaje y por contarme ${topic(c, 'tus')}. Me gustaría aclararlo contigo.`,
      ),
      ...(c.agreedWork
        ? [
            `Para resumir lo acordado y entregado, en el correo con la factura escribí: «${c.agreedWork}»`,
          ]
        : []),
      `${capitalise(invoice(c))} ${c.agreedWork ? 'corresponde precisamente a ese trabajo' : 'corresponde al trabajo acordado y entregado'}.`,
      c.t(
        'Con mucho gusto lo revisamos juntos en una breve llamada. Si hay algo en la factura que no sea correcto, le enviaré una factura rectificativa. Dígame qué prefiere.',
        'Si quieres, lo revisamos juntos en una llamada corta. Si hay algo en la factura que no esté bien, te envío una factura rectificativa. Dime qué prefieres.',
      ),
    ],
    instalmentPlan: (c) => [
      c.t(
        `Gracias por su mensaje. Por supuesto, podemos dividir el pago de ${invoice(c)} en ${c.instalments?.length ?? 0} plazos. Le propongo el siguiente calendario:`,
        `¡Gracias por tu mensaje! Claro que sí, podemos dividir el pago de ${invoice(c)} en ${c.instalments?.length ?? 0} plazos. Te propongo este calendario:`,
      ),
      (c.instalments ?? [])
        .map((part, i) => `${i + 1}.º plazo, ${c.f.date(part.date)}: ${c.money(part.amount) ?? ''}`)
        .join('\n'),
      ...paymentRoutes(c),
      c.t(
        'Si le vienen bien estas fechas, confírmemelo y dejo anotado el plan.',
        'Si te vienen bien estas fechas, confírmamelo y dejo anotado el plan.',
      ),
    ],
    invoiceResend: (c) => [
      c.t(
        'Gracias por avisarme. Le adjunto de nuevo la factura en PDF en este correo.',
        '¡Gracias por avisarme! Te adjunto de nuevo la factura en PDF en este correo.',
      ),
      [c.t('Para su referencia:', 'Para que lo tengas a mano:'), ...invoiceDetails(c)].join('\n'),
      ...paymentRoutes(c),
      c.t(
        'Si necesita una factura rectificativa, un número de pedido u otra dirección de facturación, dígamelo y le enviaré una versión actualizada.',
        'Si necesitas una factura rectificativa, un número de pedido u otra dirección de facturación, dímelo y te envío una versión actualizada.',
      ),
    ],
    partialPayment: (c) => {
      const paid = c.money(c.paidAmount);
      const open = c.money(c.outstandingAmount);
      const total = c.money(c.invoice.amount);
      return [
        c.t(
          `Muchas gracias por su pago${paid ? ` de ${paid}` : ' parcial'} correspondiente a ${invoiceNoun(c)}.`,
          `¡Muchas gracias por tu pago${paid ? ` de ${paid}` : ' parcial'} correspondiente a ${invoiceNoun(c)}!`,
        ),
        `Según mis registros, ${open ? `quedan pendientes ${open}` : 'queda pendiente el resto'}${total ? ` de un total de ${total}` : ''}. ` +
          c.t(
            '¿Podría indicarme cuándo puedo contar con el importe restante?',
            '¿Me dices cuándo puedo contar con el resto?',
          ),
        ...paymentRoutes(c),
      ];
    },
  },
  describeReason,
};

function checkIn(c: DraftContext): string[] {
  const { t } = c;
  const due = c.invoice.dueDate ? `, con vencimiento el ${c.f.date(c.invoice.dueDate)}` : '';
  return [
    t(
      `Espero que se encuentre bien. Le escribo en relación con ${invoice(c)}${due}. ` +
        'Todavía no me consta el pago, así que quería asegurarme de que la factura le llegó correctamente y de que está todo en orden.',
      `Espero que estés bien. Te escribo por ${invoice(c)}${due}. ` +
        'Todavía no he visto el pago, así que quería asegurarme de que te llegó bien la factura y de que está todo en orden.',
    ),
    t(
      '¿Va todo bien por su parte? Si hay algo en la factura que no esté claro o que haya que cambiar, no dude en decírmelo.',
      '¿Va todo bien por tu parte? Si hay algo en la factura que no esté claro o que haya que cambiar, dímelo sin problema.',
    ),
  ];
}

function reminder(c: DraftContext): string[] {
  const { t } = c;
  return [
    `${t('Le escribo para recordarle', 'Te escribo para recordarte')} que ${invoice(c)} sigue pendiente de pago.${dueSentence(c)}`,
    ...paymentRoutes(c),
    paymentPlan(c),
    t(
      '¿Podría indicarme cuándo puedo contar con el pago? Si ya lo ha realizado y nuestros correos se han cruzado, no tenga en cuenta este recordatorio.',
      '¿Me puedes decir cuándo puedo contar con el pago? Si ya lo has hecho y nuestros correos se han cruzado, olvida este mensaje.',
    ),
  ];
}

function firmNotice(c: DraftContext): string[] {
  const { t } = c;
  const li = c.lateInterest;
  const work = `suspenderé cualquier nuevo trabajo ${t('para usted', 'para ti')} hasta que la factura quede saldada`;
  return [
    `${capitalise(invoice(c))} sigue impagada.${dueSentence(c)}${remindersUnanswered(c)}`,
    `${t('Le ruego que abone', 'Te pido que pagues')} el importe pendiente a más tardar el ${c.f.deadline(c.deadline)}.`,
    ...costNotice(c),
    'Si para esa fecha no he recibido el pago, ' +
      (li
        ? `${t('le reclamaré', 'te reclamaré')} ${interestClause(li, c)}, y ${work}.`
        : `${work}.`),
    ...paymentRoutes(c),
    firmPaymentPlan(c),
    t(
      'Si su pago se ha cruzado con este correo, no tenga en cuenta este mensaje.',
      'Si tu pago se ha cruzado con este correo, olvida este mensaje.',
    ),
  ];
}

function finalNotice(c: DraftContext): string[] {
  const { t } = c;
  const li = c.lateInterest;
  const agency = c.collectionAgency ?? 'una agencia de recobro o un abogado';
  return [
    (c.unansweredFollowUps > 0
      ? `Pese a mis recordatorios anteriores, ${invoice(c)}`
      : capitalise(invoice(c))) +
      ` sigue impagada.${dueSentence(c)}` +
      (li ? ` Tengo derecho a reclamar ${interestClause(li, c)}.` : ''),
    t(
      `Este es mi último aviso: le ruego que abone el importe pendiente a más tardar el ${c.f.deadline(c.deadline)}.`,
      `Este es mi último aviso: por favor, paga el importe pendiente a más tardar el ${c.f.deadline(c.deadline)}.`,
    ),
    ...costNotice(c),
    ...paymentRoutes(c),
    `Si para entonces no he recibido el pago, pondré la reclamación en manos de ${agency} sin más aviso.`,
    `${t('Preferiría resolver esto directamente con usted.', 'Preferiría resolver esto directamente contigo.')} ${firmPaymentPlan(c)}`,
  ];
}

/** "Sra. García" for "Ms García" or "Frau García": the title as a Spanish letter writes it. */
function withTitle(
  name: string,
  gender: 'female' | 'male' | undefined,
): { name: string; female: boolean } | undefined {
  const match = /^(\S+?)\.?\s+(.+)$/.exec(name);
  const title = match?.[1]?.toLowerCase() ?? '';
  const rest = match?.[2] ?? name;
  if (['ms', 'mrs', 'miss', 'frau', 'sra', 'srta'].includes(title))
    return { name: `Sra. ${rest}`, female: true };
  if (['mr', 'herr', 'herrn', 'sr'].includes(title)) return { name: `Sr. ${rest}`, female: false };
  if (title === 'dra') return { name, female: true };
  if (gender) return { name, female: gender === 'female' };
  return undefined;
}

function promised(c: DraftContext): string {
  return c.f.date(c.promisedDate ?? c.today);
}

/** "la factura F-2026-017" or "la factura". */
function invoiceNoun({ invoice: inv }: DraftContext): string {
  return inv.number ? `la factura ${inv.number}` : 'la factura';
}

/** "la factura F-2026-017 por importe de 1190,00 € (quedan pendientes 690,00 €)", as far as known. */
function invoice(c: DraftContext): string {
  const amount = c.money(c.invoice.amount);
  const outstanding = c.money(c.outstandingAmount);
  return (
    invoiceNoun(c) +
    (amount ? ` por importe de ${amount}` : '') +
    (outstanding ? ` (quedan pendientes ${outstanding})` : '')
  );
}

/** The invoice's facts, one per line, for a re-sent invoice. */
function invoiceDetails(c: DraftContext): string[] {
  const amount = c.money(c.invoice.amount);
  const outstanding = c.money(c.outstandingAmount);
  return [
    c.invoice.number ? `Número de factura: ${c.invoice.number}` : undefined,
    amount ? `Importe: ${amount}` : undefined,
    outstanding ? `Pendiente: ${outstanding}` : undefined,
    c.invoice.dueDate ? `Fecha de vencimiento: ${c.f.date(c.invoice.dueDate)}` : undefined,
  ].filter((line): line is string => line !== undefined);
}

/** " Venció el 15 de octubre de 2026 y lleva ya 36 días de retraso." */
function dueSentence(c: DraftContext): string {
  const n = c.daysOverdue;
  const late = n > 0 ? `${n} ${n === 1 ? 'día' : 'días'} de retraso` : undefined;
  if (c.invoice.dueDate)
    return ` Venció el ${c.f.date(c.invoice.dueDate)}${late ? ` y lleva ya ${late}` : ''}.`;
  return late ? ` Lleva ya ${late}.` : '';
}

function remindersUnanswered(c: DraftContext): string {
  const n = c.unansweredFollowUps;
  if (n <= 0) return '';
  const which = n === 1 ? 'mi recordatorio anterior' : 'mis recordatorios anteriores';
  return c.t(
    ` No he recibido respuesta a ${which}.`,
    ` No he tenido noticias tuyas después de ${which}.`,
  );
}

/** "sus dudas sobre las horas facturadas" / "tus dudas sobre las horas facturadas". */
function topic(c: DraftContext, your: 'sus' | 'tus'): string {
  const t: DisputeTopic | undefined = c.disputeTopic;
  switch (t) {
    case 'hours':
      return `${your} dudas sobre las horas facturadas`;
    case 'amount':
      return `${your} dudas sobre el importe`;
    case 'quality':
      return `${your} reservas sobre la calidad del trabajo`;
    case 'scope':
      return `que el trabajo no se corresponde con lo que ${c.t('encargó', 'encargaste')}`;
    case 'not_owed':
      return `que ${c.t('considera', 'consideras')} que esta factura no corresponde`;
    default:
      return `${your} dudas`;
  }
}

function lawName(li: LateInterestResult): string {
  if (/Ley 3\/2004/.test(li.legalBasis))
    return 'la Ley 3/2004, de lucha contra la morosidad en las operaciones comerciales';
  if (li.jurisdiction === 'UK')
    return 'la ley británica Late Payment of Commercial Debts (Interest) Act 1998';
  if (li.jurisdiction === 'EU') return 'la Directiva 2011/7/UE sobre morosidad';
  if (li.jurisdiction === 'DE') return 'el artículo 288 del Código Civil alemán (BGB)';
  return /^art[ií]culos? /i.test(li.legalBasis) ? `los ${li.legalBasis}` : li.legalBasis;
}

/**
 * "intereses de demora del 10,15 % anual desde el 16 de octubre de 2026 (11,82 € a día de hoy)
 * conforme a la Ley 3/2004, …, más la indemnización de 40,00 € por costes de cobro".
 */
function interestClause(li: LateInterestResult, c: DraftContext): string {
  const { f } = c;
  const currency = c.invoice.currency ?? li.feeCurrency;
  const firstDay = li.periods[0]?.from;
  const accrued = li.interest > 0 ? f.money(li.interest, currency) : undefined;
  const fee = li.flatFee !== undefined ? f.money(li.flatFee, li.feeCurrency) : undefined;
  // With no margin the rate is the legal rate of money itself (consumers), not "de demora".
  const legalRate = li.marginPoints === 0;
  // Past the last published reference rate the figure would be a guess: state the margin instead.
  const rate = legalRate
    ? `intereses al tipo del ${legalRateName(li)}` +
      (li.assumedAfter ? '' : ` (${f.percent(li.ratePercent)} anual)`)
    : li.assumedAfter
      ? `intereses de demora al tipo de ${referenceName(li)} más ${String(li.marginPoints).replace('.', ',')} puntos porcentuales`
      : `intereses de demora del ${f.percent(li.ratePercent)} anual`;
  const from = li.awaitsReminder
    ? ' desde el día siguiente a este requerimiento'
    : firstDay
      ? ` desde el ${f.date(firstDay)}`
      : '';
  return (
    rate +
    from +
    (accrued && !li.assumedAfter ? ` (${accrued} a día de hoy)` : '') +
    ` conforme a ${lawName(li)}` +
    (fee ? `, más la indemnización de ${fee} por costes de cobro` : '')
  );
}

function legalRateName(li: LateInterestResult): string {
  return /inter[eé]s legal del dinero/i.test(li.referenceName)
    ? 'interés legal del dinero'
    : `interés legal (${li.referenceName})`;
}

function referenceName(li: LateInterestResult): string {
  if (li.jurisdiction === 'UK') return 'referencia del Banco de Inglaterra';
  if (li.jurisdiction === 'DE') return 'referencia alemán (Basiszinssatz)';
  if (li.jurisdiction === 'CH') return `referencia (${li.referenceName})`;
  return 'referencia del BCE';
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
      ? [`A ello se suman costes de cobro de ${amount} conforme a ${costs.legalBasis}.`]
      : [];
  }
  const n = costs.notice;
  const due = c.f.money(n.amountDue, n.currency);
  const fee = c.f.money(n.costs, n.currency);
  const upTo = n.requiresContractClause ? 'como máximo ' : '';
  if (costs.kind === 'wait')
    return [
      `${c.t('Tal como le indiqué', 'Tal como te indiqué')} en mi escrito anterior, si el importe de ${due} no está pagado a más tardar el ${c.f.date(n.payBy)}, se cobrarán costes de cobro de ${upTo}${fee}.`,
    ];
  const free = n.kind === 'be-free-reminder' ? 'Este recordatorio es gratuito. ' : '';
  return [
    free +
      c.t(
        `Dispone de 14 días, contados a partir del día siguiente a la recepción de este escrito, para abonar el importe adeudado de ${due}, es decir, hasta el ${c.f.date(n.payBy)}. `,
        `Tienes 14 días, contados a partir del día siguiente a la recepción de este escrito, para pagar el importe adeudado de ${due}, es decir, hasta el ${c.f.date(n.payBy)}. `,
      ) +
      `Si para entonces no se ha pagado, se cobrarán costes de cobro de ${upTo}${fee} (${n.legalBasis}).`,
  ];
}

function paymentRoutes(c: DraftContext): string[] {
  const { payment, invoice: inv } = c;
  const routes: string[] = [];
  if (payment.iban)
    routes.push(
      `${c.t('Puede', 'Puedes')} pagar por transferencia bancaria a la cuenta IBAN ${payment.iban}${inv.number ? ` (concepto: ${inv.number})` : ''}.`,
    );
  if (payment.paymentLink)
    routes.push(`${c.t('También puede', 'También puedes')} pagar en línea: ${payment.paymentLink}`);
  return routes;
}

function paymentPlan(c: DraftContext): string {
  const n = c.payment.instalments ?? 0;
  return n >= 2
    ? c.t(
        `Si en este momento le resulta difícil abonar el importe completo de una vez, puede pagarlo en ${n} plazos mensuales; basta con que me lo diga.`,
        `Si ahora mismo te cuesta pagar el importe completo de una vez, puedes pagarlo en ${n} plazos mensuales; solo tienes que decírmelo.`,
      )
    : c.t(
        'Si en este momento le resulta difícil abonar el importe completo de una vez, dígamelo y acordamos un pago fraccionado.',
        'Si ahora mismo te cuesta pagar el importe completo de una vez, dímelo y acordamos un pago fraccionado.',
      );
}

/** Stages 3 and 4 still offer instalments, but ask to hear before the deadline. */
function firmPaymentPlan(c: DraftContext): string {
  const n = c.payment.instalments ?? 0;
  const plan = n >= 2 ? `un pago en ${n} plazos mensuales` : 'un pago fraccionado';
  return c.t(
    `Si hay algún motivo para el retraso o no puede abonar el importe completo de una vez, póngase en contacto conmigo antes de esa fecha y acordaremos ${plan}.`,
    `Si hay algún motivo para el retraso o no puedes pagar el importe completo de una vez, escríbeme antes de esa fecha y acordamos ${plan}.`,
  );
}

/** One reason as the person reads it: "42 días de retraso" (the value comes whole and checked). */
function describeReason(reason: ScoreReason, f: Formatter): string {
  const n = reason.value;
  const one = n === 1;
  switch (reason.code) {
    case 'days_overdue':
      return `${n} ${one ? 'día' : 'días'} de retraso`;
    case 'unanswered_follow_ups':
      return `${n} ${one ? 'recordatorio' : 'recordatorios'} sin respuesta`;
    case 'amount':
      return `${f.count(n)} pendientes`;
    case 'auto_replies_only':
      return 'Solo respuestas automáticas';
    case 'no_reply_ever':
      return 'Sin respuesta desde la factura';
    case 'promise_broken':
      return reason.date && /^\d{4}-\d{2}-\d{2}$/.test(reason.date)
        ? `Promesa de pago del ${f.date(reason.date)} incumplida`
        : 'Promesa de pago incumplida';
    default:
      return '';
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
