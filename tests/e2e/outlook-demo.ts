/**
 * The Outlook demo mailbox's conversations (demo/outlook/), by the start of their subject, and
 * what the sidebar must say about each: label, subject, status, stage.
 */
export const outlookConversations: [
  label: string,
  subject: string,
  status: string,
  stage: number | undefined,
][] = [
  ['German invoice just overdue, no reminder yet', 'Rechnung RE-2026-031', 'silent', 1],
  [
    'English invoice, one unanswered reminder, 34 days overdue',
    'Invoice INV-2026-042',
    'silent',
    2,
  ],
  [
    'German invoice, two unanswered reminders, 56 days overdue',
    'Rechnung Nr. 2026-1187',
    'silent',
    3,
  ],
  [
    'English invoice, three unanswered reminders, 86 days overdue',
    'Invoice 2026-0815',
    'silent',
    4,
  ],
  ['English invoice sent three days ago', 'Invoice INV-2026-051', 'waiting', undefined],
  ['German invoice the customer says is paid', 'Rechnung RE-2026-027', 'paid', undefined],
  ['English invoice the customer asked about', 'Invoice INV-2026-039', 'answered', undefined],
  ['German quote (Angebot)', 'Angebot Speisekarten', 'not_invoice', undefined],
  [
    'English invoice to a mistyped address, delivery failed',
    'Invoice INV-2026-053',
    'bounced',
    undefined,
  ],
  [
    'English invoice folded away with its auto-reply; three reminders state its facts',
    'Invoice INV-2026-036',
    'silent',
    4,
  ],
];
