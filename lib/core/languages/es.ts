import type { LanguageCues } from './language-cues';

/** Spanish (ES, LatAm). */
export const es: LanguageCues = {
  code: 'es',
  commonWords: ['el', 'la', 'los', 'las', 'y', 'es', 'para', 'usted', 'del', 'que', 'gracias', 'hola', 'saludos', 'adjunto', 'adjunta', 'su', 'sus', 'un', 'una', 'por', 'con', 'estimado', 'estimada', 'le', 'se', 'muchas', 'factura', 'atentamente', 'nos', 'al'],
  invoiceWords: ['factura', 'facturas', 'facturación'],
  invoiceFileNames: ['factura'],
  notInvoiceWords: ['presupuesto', 'cotización', 'cotizacion', 'oferta', 'recibo', 'confirmación de pago', 'confirmación de pedido', 'boletín', 'nota de crédito', 'darse de baja'],
  notInvoiceFileNames: ['presupuesto', 'cotizacion', 'cotización', 'oferta', 'recibo', 'pedido'],
  numberFillers: ['n°', 'nº', 'n.º', 'no', 'no.', 'núm', 'núm.', 'num', 'num.', 'número', 'numero', '#'],
  totalLabels: ['importe', 'total', 'importe total', 'total a pagar', 'a pagar', 'monto', 'suma'],
  paymentDetailWords: ['iban', 'bic', 'swift', 'transferencia', 'cuenta bancaria', 'datos bancarios'],
  dueDatePhrases: ['vencimiento', 'fecha de vencimiento', 'vence el', 'a pagar antes del', 'antes del', 'pagar antes del', 'a más tardar el', 'fecha límite', 'fecha de pago'],
  termPhrases: ['a {n} días', 'a {n} dias', 'en {n} días', 'en {n} dias', 'plazo de {n} días', 'plazo de {n} dias', 'dentro de {n} días', 'dentro de los {n} días', '{n} días netos'],
  months: {
    enero: 1, ene: 1, febrero: 2, marzo: 3, abril: 4, abr: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, ago: 8,
    septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12, dic: 12,
  },
  autoReplySubjects: ['respuesta automática', 'respuesta automatica', 'fuera de la oficina', 'ausencia', 'fuera de oficina'],
  bounceSubjects: ['no se puede entregar', 'no entregado', 'error de entrega', 'mensaje no entregado'],
  outOfOfficePhrases: ['fuera de la oficina', 'estoy fuera', 'de vacaciones', 'ausente', 'no estoy en la oficina', 'de permiso', 'sin acceso al correo'],
  returnDatePhrases: ['hasta el', 'hasta', 'regreso el', 'vuelvo el', 'de vuelta el'],
  paymentCues: [
    'he pagado', 'hemos pagado', 'pagado', 'pagada', 'transferencia realizada', 'transferencia hecha', 'pago realizado',
    'pago efectuado', 'pago enviado', 'hemos transferido', 'he transferido', 'pago recibido', 'recibido el pago',
    'recibido su pago', 'gracias por su pago', 'gracias por el pago', 'comprobante de pago', 'justificante de pago',
    'justificante de transferencia',
  ],
  paymentBlockers: ['no', 'nunca', 'ni', 'si', 'cuando', 'voy', 'vamos', 'pagaré', 'pagaremos', 'haré', 'haremos', 'realizaremos', 'próxima', 'próximo', 'mañana', 'pronto', 'aún', 'todavía'],
  quoteIntro: { lead: 'el', verb: 'escribió' },
  quoteSeparators: ['mensaje original', 'mensaje reenviado'],
  quoteHeaderFrom: ['de'],
  quoteHeaderSent: ['enviado', 'fecha'],
  replyPrefixes: ['rv', 'res', 'reenviar'],
  register: {
    formalWords: ['usted', 'ustedes', 'Usted', 'Ustedes', 'Ud', 'Uds'],
    informalWords: ['tú', 'te', 'tu', 'tus', 'contigo', 'Tú'],
    formalGreetings: ['estimado', 'estimada', 'estimados', 'señor', 'señora'],
    informalGreetings: ['hola', 'buenas'],
    titles: ['sr', 'sra', 'señor', 'señora', 'don', 'doña', 'dr', 'dra'],
  },
};
