/** Small labelled threads for the phrase tables: one owner invoice and optional replies. */
import type { MailMessage, MailThread } from '../../lib/core/mail-thread';

export const OWNER = 'owner@studio.example';
export const CUSTOMER = 'customer@client.example';

export interface ReplySpec {
  from?: 'owner' | 'customer' | string;
  text: string;
  subject?: string;
  date: string;
  headers?: Record<string, string>;
}

export interface InvoiceSpec {
  subject?: string;
  text: string;
  date?: string;
  attachments?: string[];
  replies?: ReplySpec[];
}

export function invoiceThread(spec: InvoiceSpec): MailThread {
  const subject = spec.subject ?? 'Invoice INV-1 – website';
  const first: MailMessage = {
    id: 'm1',
    from: { name: 'Owner', email: OWNER },
    to: [{ name: 'Customer', email: CUSTOMER }],
    date: spec.date ?? '2026-10-01T09:00:00+02:00',
    subject,
    text: spec.text,
    attachments: (spec.attachments ?? []).map((name) => ({ name, mimeType: 'application/pdf' })),
  };
  const replies: MailMessage[] = (spec.replies ?? []).map((r, i) => {
    const email =
      r.from === undefined || r.from === 'customer'
        ? CUSTOMER
        : r.from === 'owner'
          ? OWNER
          : r.from;
    return {
      id: `m${i + 2}`,
      from: { email },
      to: [{ email: email === OWNER ? CUSTOMER : OWNER }],
      date: r.date,
      subject: r.subject ?? `Re: ${subject}`,
      text: r.text,
      ...(r.headers ? { headers: r.headers } : {}),
    };
  });
  return {
    id: 'test:1',
    client: 'import',
    subject,
    owner: { name: 'Owner', emails: [OWNER] },
    messages: [first, ...replies],
  };
}
