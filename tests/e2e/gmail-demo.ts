/**
 * The Gmail demo mailbox's conversations and what the sidebar must say about each
 * (demo/gmail/conversations.js). Each opens as Gmail shows it by default: the newest message
 * expanded, the first collapsed with its preview, older ones folded into "N older messages".
 */
import type { Page } from 'playwright-core';

export const GMAIL_URL = 'https://mail.google.com/mail/u/0/';

export const gmailConversations = [
  {
    id: '18f1a2b3c4d5e601',
    label: 'English invoice, 10 days overdue, no reminder yet',
    status: 'silent',
    stage: 1,
  },
  {
    id: '18f1a2b3c4d5e602',
    label: 'German invoice (Sie), one reminder, a month overdue',
    status: 'silent',
    stage: 2,
  },
  {
    id: '18f1a2b3c4d5e603',
    label: 'English invoice, two reminders into silence after an acknowledgement',
    status: 'silent',
    stage: 3,
  },
  {
    id: '18f1a2b3c4d5e604',
    label: 'German invoice (du), three reminders, 76 days overdue',
    status: 'silent',
    stage: 4,
  },
  {
    id: '18f1a2b3c4d5e605',
    label: 'German invoice sent four days ago, payable within 30 days',
    status: 'waiting',
  },
  {
    id: '18f1a2b3c4d5e606',
    label: 'English invoice the customer asked a question about',
    status: 'answered',
  },
  { id: '18f1a2b3c4d5e607', label: 'English invoice that bounced', status: 'bounced' },
  {
    id: '18f1a2b3c4d5e608',
    label: 'German invoice the customer says was transferred',
    status: 'paid',
  },
  { id: '18f1a2b3c4d5e609', label: 'a quote, not an invoice', status: 'not_invoice' },
  { id: '18f1a2b3c4d5e610', label: 'a bill the owner received', status: 'not_invoice' },
  {
    id: '18f1a2b3c4d5e611',
    label: 'English invoice folded into "2 older messages", two reminders into silence',
    status: 'silent',
    stage: 3,
  },
  {
    id: '18f1a2b3c4d5e612',
    label: 'German nine-message thread, the customer asks about the reminded invoice',
    status: 'answered',
  },
  {
    id: '18f1a2b3c4d5e613',
    label: 'English invoice, a reminder, then the customer promises to pay by a date',
    status: 'promised',
  },
  {
    id: '18f1a2b3c4d5e614',
    label: 'French invoice whose hours the customer contests',
    status: 'disputed',
  },
  {
    id: '18f1a2b3c4d5e615',
    label: 'a workshop agreed, the invoice not sent yet',
    status: 'not_invoice',
  },
  {
    id: '18f1a2b3c4d5e616',
    label: 'Dutch invoice (u), one reminder, a month overdue',
    status: 'silent',
    stage: 2,
  },
  {
    id: '18f1a2b3c4d5e617',
    label: 'French invoice (vous), ten days overdue, no reminder yet',
    status: 'silent',
    stage: 1,
  },
  {
    id: '18f1a2b3c4d5e618',
    label: 'Spanish invoice (usted), one reminder, a month overdue',
    status: 'silent',
    stage: 2,
  },
  {
    id: '18f1a2b3c4d5e619',
    label: 'Italian invoice (Lei), two weeks overdue',
    status: 'silent',
    stage: 1,
  },
  {
    id: '18f1a2b3c4d5e620',
    label: 'Italian invoice the customer says was transferred (unread)',
    status: 'paid',
  },
  {
    id: '18f1a2b3c4d5e621',
    label: 'Spanish invoice the customer promises to pay on a day (unread)',
    status: 'promised',
  },
  {
    id: '18f1a2b3c4d5e622',
    label: 'Dutch invoice sent five days ago',
    status: 'waiting',
  },
  {
    id: '18f1a2b3c4d5e623',
    label: 'German invoice the customer asks to have again (unread)',
    status: 'answered',
  },
  {
    id: '18f1a2b3c4d5e624',
    label: 'English invoice, acknowledged, two reminders into silence',
    status: 'silent',
    stage: 3,
  },
  {
    id: '18f1a2b3c4d5e625',
    label: 'French invoice sent nine days ago',
    status: 'waiting',
  },
  {
    id: '18f1a2b3c4d5e626',
    label: 'a quote whose invoice will follow',
    status: 'not_invoice',
  },
  {
    id: '18f1a2b3c4d5e627',
    label: 'German invoice, three reminders, 95 days',
    status: 'silent',
    stage: 4,
  },
  {
    id: '18f1a2b3c4d5e628',
    label: 'Dutch invoice whose hours the customer contests (unread)',
    status: 'disputed',
  },
  {
    id: '18f1a2b3c4d5e629',
    label: 'English invoice the customer paid part of',
    status: 'answered',
  },
  {
    id: '18f1a2b3c4d5e630',
    label: 'a Spanish bill the owner received',
    status: 'not_invoice',
  },
] as const;

/** Opens a conversation the way Gmail does: by changing the hash. */
export async function openConversation(page: Page, id: string): Promise<void> {
  await page.evaluate((hash) => {
    location.hash = hash;
  }, `#inbox/${id}`);
}
