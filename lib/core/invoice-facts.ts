/**
 * Number, amount and currency of an invoice message. The total is the largest amount on a line
 * labelled as a total (Total, Gesamt, Rechnungsbetrag, Betrag, Montant, Importe, Totale,
 * Totaal...), otherwise the largest amount in the message's new text: net amounts, VAT and
 * line items are all smaller than the gross total they add up to.
 */
import { findAmounts, type FoundAmount } from './amount-parsing';
import { cueIndex } from './cue-index';
import { numberAfterInvoiceWord, numberInFileName } from './invoice-number';
import type { MessageBody, NormalMessage } from './normalize-thread';
import { tokenize } from './phrase-matcher';
import { stripReplyPrefixes } from './reply-subject';

/** Lines read for amounts; an invoice's figures sit near the top of what its sender wrote. */
const MAX_LINES = 400;

export function totalAmount(body: MessageBody): FoundAmount | undefined {
  const labels = cueIndex().totalLabels;
  let labelled: FoundAmount | undefined;
  let any: FoundAmount | undefined;
  const lines = body.text.split('\n', MAX_LINES);
  for (const line of lines) {
    const amounts = findAmounts(line);
    if (amounts.length === 0) continue;
    const isTotal = labels.has(tokenize(line.slice(0, 2000).toLowerCase()).words);
    for (const a of amounts) {
      if (!any || a.amount > any.amount) any = a;
      if (isTotal && (!labelled || a.amount > labelled.amount)) labelled = a;
    }
  }
  return labelled ?? any;
}

export function invoiceNumber(message: NormalMessage, body: MessageBody): string | undefined {
  return (
    numberAfterInvoiceWord(stripReplyPrefixes(message.subject).subject) ??
    numberAfterInvoiceWord(body.text.slice(0, 5000)) ??
    message.attachments.map(numberInFileName).find((n) => n !== undefined)
  );
}
