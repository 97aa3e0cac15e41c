/**
 * Links that reopen a conversation. Only the mail clients' own origins are accepted: the popup
 * opens these in a tab, so a link read from a hostile page must not point anywhere else.
 */
export const MAIL_ORIGINS = [
  'https://mail.google.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook.live.com',
  'https://outlook.cloud.microsoft',
];

/** The link if it is an https URL on a mail client's origin, otherwise ''. */
export function safeMailLink(link: string | undefined): string {
  if (!link) return '';
  try {
    const url = new URL(link);
    return MAIL_ORIGINS.includes(url.origin) ? url.href : '';
  } catch {
    return '';
  }
}
