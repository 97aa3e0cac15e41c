/**
 * Number, amount and currency of an invoice message. The total is the largest amount on a line
 * labelled as a total (Total, Gesamt, Rechnungsbetrag, Betrag, Montant, Importe, Totale,
 * Totaal...), otherwise the largest amount in the message's new text: net amounts, VAT and
 * line items are all smaller than the gross total they add up to.
 */
import { findAmounts, type FoundAmount } from './amount-parsing';
import { numberAfterInvoiceWord, numberFollowing, numberInFileName } from './invoice-number';
import type { MessageBody, NormalMessage } from './normalize-thread';

/** The invoice total of a body, computed once per message. */
export function totalAmount(body: MessageBody): FoundAmount | undefined {
  if (body.total !== undefined) return body.total ?? undefined;
  const { lower, tokens } = body;
  // The lines that carry a total label (at most 64 of them): an amount on one is labelled.
  const lines = body.hits.cues.totalLabels.map((m) => {
    const at = tokens.starts[m.start] as number;
    const next = lower.indexOf('\n', at);
    return [lower.lastIndexOf('\n', at) + 1, next < 0 ? lower.length : next] as const;
  });
  let labelled: FoundAmount | undefined;
  let any: FoundAmount | undefined;
  for (const a of findAmounts(body.text)) {
    if (!any || a.amount > any.amount) any = a;
    if (labelled && a.amount <= labelled.amount) continue;
    if (lines.some(([from, to]) => a.index >= from && a.index < to)) labelled = a;
  }
  body.total = labelled ?? any ?? null;
  return body.total ?? undefined;
}

/** The number after an invoice word in the body, found through the cue scan's positions. */
export function numberInBody(body: MessageBody): string | undefined {
  const sameLength = body.text.length === body.lower.length;
  for (const match of body.hits.cues.invoiceWords) {
    const found = numberFollowing(
      sameLength ? body.text : body.lower.toUpperCase(),
      body.tokens.ends[match.end - 1] as number,
    );
    if (found) return found;
  }
  return undefined;
}

export function invoiceNumber(message: NormalMessage, body: MessageBody): string | undefined {
  return (
    numberAfterInvoiceWord(message.subject.stripped) ??
    numberInBody(body) ??
    message.attachments.map(numberInFileName).find((n) => n !== undefined)
  );
}
